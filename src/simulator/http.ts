import type { IncomingHttpHeaders } from 'node:http';

/** A request as the simulator's routes see it: segments decoded, body read whole. */
export interface SimRequest {
  readonly method: string;
  /** The path exactly as it arrived (still percent-encoded). */
  readonly rawPath: string;
  readonly segments: readonly string[];
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

export interface SimResponse {
  readonly status: number;
  readonly body: Buffer | string;
  readonly contentType: string;
}

export const json = (status: number, value: unknown): SimResponse => ({
  status,
  body: JSON.stringify(value),
  contentType: 'application/json',
});

/** Apinizer's error body. */
export const apiError = (status: number, error: string, description: string): SimResponse =>
  json(status, { error, error_description: description });

export const badRequest = (description: string): SimResponse =>
  apiError(400, 'bad_request', description);

/** Thrown inside a route to answer at once with an Apinizer error. */
export class SimFailure extends Error {
  constructor(readonly response: SimResponse) {
    super('simulator failure');
  }
}

export const reject = (response: SimResponse): never => {
  throw new SimFailure(response);
};

export function readJsonBody(req: SimRequest): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(req.body.toString('utf8'));
  } catch {
    return reject(badRequest('Request body is not valid JSON!'));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return reject(badRequest('Request body must be a JSON object!'));
  }
  return value as Record<string, unknown>;
}

/** Parses a multipart/form-data body with the platform's own parser. */
export async function readFormBody(req: SimRequest): Promise<FormData> {
  const contentType = req.headers['content-type'] ?? '';
  if (!contentType.toLowerCase().startsWith('multipart/form-data')) {
    return reject(
      apiError(415, 'unsupported_media_type', `Content type '${contentType}' not supported`),
    );
  }
  try {
    return await new Request('http://simulator/', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: new Uint8Array(req.body),
    }).formData();
  } catch {
    return reject(badRequest('Multipart body could not be parsed!'));
  }
}

/** Splits and decodes a raw path; undefined when an escape is malformed. */
export function decodeSegments(rawPath: string): string[] | undefined {
  try {
    return rawPath
      .split('/')
      .filter((part, index, all) => part !== '' || (index > 0 && index < all.length - 1))
      .map((part) => decodeURIComponent(part));
  } catch {
    return undefined;
  }
}
