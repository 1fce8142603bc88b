import { type DocumentNode, parse } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';

/*
 * Replaces Yoga's parse/validate cache (1,024 entries of any size, parse errors included): a
 * document is cached only once it has parsed within the token limit AND passed validation, and
 * the cache is bounded by the memory its documents take, so refused or huge documents can
 * never fill it.
 */

// A parsed document takes roughly this many bytes per character of query text (measured on
// the example operations: ~25-40); the budget is counted in those estimated bytes.
const AST_BYTES_PER_CHAR = 40;

export interface DocumentCacheOptions {
  /** Most tokens the parser reads before it gives up (graphql-js `maxTokens`). */
  readonly maxTokens: number;
  /** Estimated memory the cached documents may take. 0 turns the cache off. */
  readonly maxBytes: number;
}

export interface DocumentCache {
  readonly plugin: Plugin;
  /** What the cache holds now: documents, and their estimated bytes. */
  stats(): { readonly entries: number; readonly bytes: number };
}

export function createDocumentCache(options: DocumentCacheOptions): DocumentCache {
  const cache =
    options.maxBytes > 0
      ? new LRUCache<string, DocumentNode>({
          maxSize: options.maxBytes,
          sizeCalculation: (_document, source) => Math.max(1, source.length * AST_BYTES_PER_CHAR),
        })
      : undefined;
  // Documents parsed for this request, by the text they came from, until validation accepts them.
  const sourceOf = new WeakMap<DocumentNode, string>();
  const validated = new WeakSet<DocumentNode>();

  const parseWithinLimit = (source: Parameters<typeof parse>[0]) => {
    try {
      return parse(source, { maxTokens: options.maxTokens, noLocation: false });
    } catch (error) {
      if (error instanceof Error && /more th(?:an|at) \d+ tokens/.test(error.message)) {
        throw createGraphQLError(
          `The query has more than ${options.maxTokens} tokens, the most this gateway parses.`,
          { extensions: { code: 'MAX_TOKENS_EXCEEDED', http: { status: 400 } } },
        );
      }
      throw error;
    }
  };

  const plugin: Plugin = {
    onParse({ params, setParsedDocument, setParseFn }) {
      const source = typeof params.source === 'string' ? params.source : params.source.body;
      const cached = cache?.get(source);
      if (cached) {
        setParsedDocument(cached);
        return;
      }
      setParseFn(parseWithinLimit);
      return ({ result }) => {
        if (result && !(result instanceof Error)) sourceOf.set(result as DocumentNode, source);
      };
    },
    onValidate({ params, setResult }) {
      if (validated.has(params.documentAST)) {
        setResult([]);
        return;
      }
      return ({ valid }) => {
        const source = sourceOf.get(params.documentAST);
        if (!valid || source === undefined || !cache) return;
        validated.add(params.documentAST);
        cache.set(source, params.documentAST);
      };
    },
  };
  return {
    plugin,
    stats: () => ({ entries: cache?.size ?? 0, bytes: cache?.calculatedSize ?? 0 }),
  };
}
