import { createGraphQLError, type Plugin } from 'graphql-yoga';

// What @whatwg-node's multipart parser says when a request breaks one of formDataLimits, and
// what Yoga's body limit says; Yoga answers all but the file size with 400.
const LIMIT_MESSAGE =
  /(?:Files|Fields|Parts) limit exceeded|Field value size exceeded|File size limit exceeded|Request body too large/;

/** A multipart request over any size or count limit is 413 REQUEST_ENTITY_TOO_LARGE, as documented. */
export function useMultipartLimitStatus(): Plugin {
  return {
    onRequestParse({ requestParser, setRequestParser }) {
      if (!requestParser) return;
      setRequestParser(async (request) => {
        try {
          return await requestParser(request);
        } catch (error) {
          if (error instanceof Error && LIMIT_MESSAGE.test(error.message)) {
            const detail =
              /(?:Files|Fields|Parts) limit exceeded: \d+|size exceeded: \d+ bytes|File size limit exceeded: \d+ bytes/.exec(
                error.message,
              )?.[0];
            throw createGraphQLError(`The request is too large${detail ? ` (${detail})` : ''}`, {
              extensions: { code: 'REQUEST_ENTITY_TOO_LARGE', http: { status: 413 } },
            });
          }
          throw error;
        }
      });
    },
  };
}
