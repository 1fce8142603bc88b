import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';

interface Encoded {
  readonly etag: string;
  readonly br: Buffer;
  readonly gzip: Buffer;
  readonly identity: Buffer;
}

/**
 * GraphiQL is a 9 MB page (the whole editor is bundled, so it works offline). It is the same
 * text every time, so it is compressed once (brotli and gzip, about 1 MB) and served with an
 * ETag: a browser revalidates and gets 304 instead of downloading it again.
 */
export function usePageCompression(): Plugin {
  let cached: { text: string; encoded: Encoded } | undefined;
  const encode = (text: string): Encoded => {
    if (cached?.text === text) return cached.encoded;
    const identity = Buffer.from(text);
    const encoded = {
      etag: `"${createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"`,
      identity,
      gzip: gzipSync(identity, { level: 9 }),
      br: brotliCompressSync(identity, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 9,
          [constants.BROTLI_PARAM_SIZE_HINT]: identity.length,
        },
      }),
    };
    cached = { text, encoded };
    return encoded;
  };
  return {
    async onResponse({ request, response, setResponse, fetchAPI }) {
      if (request.method !== 'GET' || response.status !== 200) return;
      if (!response.headers.get('content-type')?.startsWith('text/html')) return;
      const page = encode(await response.text());
      const headers = new fetchAPI.Headers(response.headers);
      headers.set('etag', page.etag);
      // Revalidate every time (the page carries the demo token, and changes with the settings).
      headers.set('cache-control', 'no-cache');
      headers.set('vary', 'accept-encoding');
      if (request.headers.get('if-none-match') === page.etag) {
        headers.delete('content-type');
        setResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      const accepted = request.headers.get('accept-encoding') ?? '';
      const encoding = /\bbr\b/.test(accepted)
        ? 'br'
        : /\bgzip\b/.test(accepted)
          ? 'gzip'
          : undefined;
      const body = encoding ? page[encoding] : page.identity;
      if (encoding) headers.set('content-encoding', encoding);
      headers.set('content-length', String(body.length));
      setResponse(new fetchAPI.Response(new Uint8Array(body), { status: 200, headers }));
    },
  };
}
