/**
 * Percent-encodes one path segment so that a name can never reach another path: `/`, `?`, `#`
 * and `%` are escaped by encodeURIComponent, and a segment made only of dots (which URL
 * normalisation would turn into "this" or "parent" directory) has its dots escaped too.
 */
export function encodeSegment(segment: string): string {
  // encodeURIComponent throws on an unpaired surrogate; callers refuse such names first, and this
  // keeps a missed one from turning into an exception.
  const encoded = encodeURIComponent(segment.replace(/\p{Cs}/gu, '\uFFFD'));
  return /^\.+$/.test(encoded) ? encoded.replaceAll('.', '%2E') : encoded;
}

/**
 * Builds an `/apiops/...` path from literal parts and values, e.g.
 * `apiopsPath('projects', project, 'keystores', name)` -> `/apiops/projects/p/keystores/n/`.
 * Literal route words are written by us; every value given through `segment()` is encoded.
 */
export function apiopsPath(...parts: readonly (string | Segment)[]): string {
  return `${apiopsAction(...parts)}/`;
}

/** Like apiopsPath, for action endpoints Apinizer documents without a trailing slash (`jwks/generate`). */
export function apiopsAction(...parts: readonly (string | Segment)[]): string {
  const encoded = parts.map((part) =>
    typeof part === 'string' ? part : encodeSegment(part.value),
  );
  return `/apiops/${encoded.join('/')}`;
}

export interface Segment {
  readonly value: string;
}

/** Marks a caller-supplied value as a path segment that must be encoded. */
export const segment = (value: string): Segment => ({ value });
