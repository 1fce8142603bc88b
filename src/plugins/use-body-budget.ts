import type { Plugin } from 'graphql-yoga';
import { ByteBudget, type Release } from './byte-budget.js';

export interface BodyBudgetOptions {
  /** Bytes of request bodies held at once, all requests together. */
  readonly capacity: number;
  /** How long a request may wait for room before it is answered 503. */
  readonly queueTimeoutMs: number;
  /** The weight of a body of unknown length (chunked): the largest one allowed. */
  readonly maxRequestBytes: number;
}

// Bodies below this go straight through: a JSON query is small, and counting it costs more
// than it saves. Uploads and inline base64 files are what can fill memory.
const SMALL_BODY_BYTES = 64 * 1024;

/**
 * Bounds the memory that request bodies take: a large body is read only once the budget has
 * room for it (until then it waits in the socket, where TCP holds it back), and gives its bytes
 * back when its answer is ready or its client goes away. A body parsed in memory takes several
 * times its size (text, JSON, decoded file, the form sent on), so the ceiling is a multiple of
 * this budget; README gives the measured figure.
 */
export function useBodyBudget(options: BodyBudgetOptions): Plugin {
  const budget = new ByteBudget(options.capacity);
  const releases = new WeakMap<Request, Release>();
  return {
    async onRequest({ request, endResponse, fetchAPI }) {
      if (request.method !== 'POST') return;
      const declared = request.headers.get('content-length');
      const weight = declared === null ? options.maxRequestBytes : Number(declared);
      if (!Number.isFinite(weight) || weight < SMALL_BODY_BYTES) return;
      const release = await budget.acquire(weight, options.queueTimeoutMs, request.signal);
      if (!release) {
        endResponse(
          fetchAPI.Response.json(
            {
              errors: [
                {
                  message: 'The gateway is busy with other uploads; try again in a few seconds.',
                  extensions: { code: 'SERVER_BUSY' },
                },
              ],
            },
            { status: 503, headers: { 'retry-after': '5' } },
          ),
        );
        return;
      }
      releases.set(request, release);
      request.signal.addEventListener('abort', release, { once: true });
    },
    onResponse({ request }) {
      releases.get(request)?.();
    },
  };
}
