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
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Upload: 'File', Base64: 'string', DateTime: 'string' },
      },
    },
  },
};

export default config;
