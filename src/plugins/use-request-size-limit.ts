import { createGraphQLError, type Plugin } from 'graphql-yoga';

/**
 * Refuses (413, REQUEST_ENTITY_TOO_LARGE, as Yoga's own multipart limits do) a request whose declared body is larger than any legitimate one (the most files
 * allowed, as base64, plus the query) before Yoga reads it: a JSON body has no other limit.
 */
export function useRequestSizeLimit(maxBytes: number): Plugin {
  return {
    onRequestParse({ request }) {
      const length = Number(request.headers.get('content-length') ?? '0');
      if (!Number.isFinite(length) || length <= maxBytes) return;
      throw createGraphQLError(`The request body is larger than ${maxBytes} bytes`, {
        extensions: { code: 'REQUEST_ENTITY_TOO_LARGE', http: { status: 413 } },
      });
    },
  };
}
