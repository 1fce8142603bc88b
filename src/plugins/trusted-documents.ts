import { readFileSync } from 'node:fs';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';

/** The documents a frontend shipped, by id (`sha256:<hex>`), as GraphQL Code Generator writes them. */
export type TrustedDocuments = ReadonlyMap<string, string>;

const ID = /^sha256:[0-9a-f]{64}$/;

/**
 * Reads a `persisted-documents.json` manifest (codegen's client preset, `persistedDocuments`).
 * Throws with a message naming the file when it is missing or not such a manifest.
 */
export function loadTrustedDocuments(path: string): TrustedDocuments {
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`TRUSTED_DOCUMENTS: cannot read ${path} as JSON (${(error as Error).message})`);
  }
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) {
    throw new Error(
      `TRUSTED_DOCUMENTS: ${path} is not a { "sha256:<hash>": "<document>" } manifest`,
    );
  }
  const documents = new Map<string, string>();
  for (const [id, document] of Object.entries(manifest)) {
    if (!ID.test(id) || typeof document !== 'string') {
      throw new Error(
        `TRUSTED_DOCUMENTS: ${path} has an entry that is not "sha256:<hex>": "<document>"`,
      );
    }
    documents.set(id, document);
  }
  return documents;
}

/**
 * Runs only the trusted documents: a client sends `documentId` ("sha256:<hex>", the GraphQL
 * over HTTP persisted-documents form) or Apollo's `extensions.persistedQuery.sha256Hash`, never
 * the text. Any other operation is refused before it is parsed.
 */
export function useTrustedDocuments(documents: TrustedDocuments): Plugin {
  return usePersistedOperations({
    allowArbitraryOperations: false,
    extractPersistedOperationId: (params) => {
      const { documentId } = params as { documentId?: unknown };
      if (typeof documentId === 'string') return documentId;
      const persisted = params.extensions?.persistedQuery as
        | { version?: unknown; sha256Hash?: unknown }
        | undefined;
      return persisted?.version === 1 && typeof persisted.sha256Hash === 'string'
        ? `sha256:${persisted.sha256Hash}`
        : null;
    },
    getPersistedOperation: (id) => documents.get(id) ?? null,
    customErrors: {
      persistedQueryOnly: {
        message: 'This gateway runs only the operations its frontends shipped; send a documentId.',
        extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 400 } },
      },
      notFound: {
        message: 'No trusted document has this id.',
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } },
      },
      keyNotFound: {
        message: 'Send the trusted document id as documentId or extensions.persistedQuery.',
        extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 400 } },
      },
    },
  });
}
