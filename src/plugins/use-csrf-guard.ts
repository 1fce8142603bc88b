import { createGraphQLError, type Plugin } from 'graphql-yoga';

/** Headers a browser cannot add to a cross-site request without a CORS preflight. */
export const CSRF_HEADERS = ['apollo-require-preflight', 'x-graphql-yoga-csrf'] as const;

// Content types a browser form or fetch can send cross-site without a preflight.
const SIMPLE_CONTENT_TYPES = [
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'text/plain',
];

const hasSimpleContentType = (request: Request): boolean => {
  const contentType = request.headers.get('content-type')?.toLowerCase();
  if (!contentType) return true;
  return SIMPLE_CONTENT_TYPES.some((simple) => contentType.startsWith(simple));
};

/**
 * A Bearer token is never attached by a browser on its own (unlike cookies or cached Basic
 * credentials), and a page that sets one makes the browser send a CORS preflight first.
 */
const hasBearerToken = (request: Request): boolean =>
  /^\s*bearer\s+\S/i.test(request.headers.get('authorization') ?? '');

/**
 * Stops cross-site request forgery, not clients: a request a foreign page could send unaided
 * (a GET, a form post, a multipart upload, all with no custom header) must carry
 * `apollo-require-preflight` or `x-graphql-yoga-csrf`. One that carries a Bearer token or a JSON
 * content type was preflighted by any browser (and allowed by CORS), so it passes as it is: what
 * Apollo Client, apollo-upload-client and urql send with nothing but a URL and a token.
 * Other headers do not count: proxies add X-Forwarded-* to forged requests too.
 */
export function useCsrfGuard(): Plugin {
  return {
    onRequestParse({ request }) {
      if (!hasSimpleContentType(request)) return;
      if (hasBearerToken(request)) return;
      if (CSRF_HEADERS.some((name) => (request.headers.get(name) ?? '') !== '')) return;
      throw createGraphQLError(
        'This request could be sent by any web page (a GET or a form or multipart post with no token). Send the Apinizer token as "Authorization: Bearer <token>", or add the header "apollo-require-preflight: true".',
        { extensions: { code: 'CSRF_HEADER_REQUIRED', http: { status: 403 } } },
      );
    },
  };
}
