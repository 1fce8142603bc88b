import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the example operations, as a frontend would generate them from our
 * schema.graphql. test/examples.test.ts fails when examples/generated/ is stale.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['examples/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'examples/generated/': {
      preset: 'client',
      // persisted-documents.json: the hash -> document manifest the gateway can be limited to
      // (TRUSTED_DOCUMENTS); clients send `extensions.persistedQuery.sha256Hash` instead of text.
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // Without these, custom scalars are typed `unknown` (README, Clients).
        scalars: {
          Upload: 'File',
          Base64: 'string',
          DateTime: 'string',
          JSONObject: 'Record<string, unknown>',
        },
      },
    },
    // Apollo Client's InMemoryCache needs the union and interface members to match fragments
    // such as `... on Error { message }`: `new InMemoryCache({ possibleTypes })`.
    'examples/generated/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: { apolloClientVersion: 3, useExplicitTyping: true },
    },
  },
};

export default config;
