import type { IncomingMessage } from 'node:http';

/*
 * Which requests the fast lane takes, from their headers alone: a JSON POST to the GraphQL
 * endpoint, small, of known length, not compressed, from no browser origin (CORS stays with
 * Yoga), asking for JSON (streams stay with Yoga). Everything else goes to Yoga untouched.
 */

const JSON_CONTENT_TYPE = /^application\/json\s*(?:;\s*charset="?utf-8"?\s*)?$/i;
const STREAMING_ACCEPT = /event-stream|multipart/i;
const DIGITS = /^\d+$/;

/** Whether the lane takes this request (false: Yoga should have it). */
export function laneTakes(req: IncomingMessage, endpoint: string, maxBodyBytes: number): boolean {
  if (req.method !== 'POST' || req.url !== endpoint) return false;
  const { headers } = req;
  if (headers.origin !== undefined || headers['transfer-encoding'] !== undefined) return false;
  // A compressed body is Yoga's to decode.
  if (headers['content-encoding'] !== undefined) return false;
  if (!JSON_CONTENT_TYPE.test(headers['content-type'] ?? '')) return false;
  if (headers.accept !== undefined && STREAMING_ACCEPT.test(headers.accept)) return false;
  const declared = headers['content-length'];
  if (declared === undefined || !DIGITS.test(declared)) return false;
  const length = Number(declared);
  return length > 0 && length <= maxBodyBytes;
}

/** The whole body, or undefined when the client went away before sending it. */
export function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('end', () =>
      resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)),
    );
    req.once('error', () => resolve(undefined));
    req.once('close', () => {
      if (!req.complete) resolve(undefined);
    });
  });
}

/** A GraphQL-over-HTTP request body: an object (an array, a batch, is Yoga's to refuse). */
export function parseParams(body: Buffer): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
