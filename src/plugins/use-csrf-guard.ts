import { createGraphQLError, type Plugin } from 'graphql-yoga';

/** Headers a browser cannot add to a cross-site request without a CORS preflight. */
export const CSRF_HEADERS = ['apollo-require-preflight', 'x-graphql-yoga-csrf'] as const;

// Content types a browser form or fetch can send cross-site without a preflight.
const SIMPLE_CONTENT_TYPES = [
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'text/plain',
];

const needsPreflightHeader = (request: Request): boolean => {
  const contentType = request.headers.get('content-type')?.toLowerCase();
  if (!contentType) return true;
  return SIMPLE_CONTENT_TYPES.some((simple) => contentType.startsWith(simple));
};

/**
 * Refuses operations a browser on another site could send without a CORS preflight (GET,
 * multipart uploads, form posts) unless they carry `apollo-require-preflight` or
 * `x-graphql-yoga-csrf`; JSON POSTs are preflighted by browsers and need nothing extra.
 */
export function useCsrfGuard(): Plugin {
  return {
    onRequestParse({ request }) {
      if (!needsPreflightHeader(request)) return;
      if (CSRF_HEADERS.some((name) => request.headers.has(name))) return;
      throw createGraphQLError(
        'This request could be sent by any web page (GET or multipart without a preflight). Add the header "apollo-require-preflight: true" or "x-graphql-yoga-csrf: 1".',
        { extensions: { code: 'CSRF_HEADER_REQUIRED', http: { status: 403 } } },
      );
    },
  };
}
