import type { Failure, ResourceType } from '../failures.js';

/** Apinizer's documented error body: `{"error": "<code>", "error_description": "<text>"}`. */
export interface ApinizerErrorBody {
  readonly error: string;
  readonly errorDescription: string | undefined;
}

export function readErrorBody(json: unknown): ApinizerErrorBody | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const { error, error_description: description } = json as Record<string, unknown>;
  if (typeof error !== 'string') return undefined;
  return {
    error,
    errorDescription: typeof description === 'string' ? description : undefined,
  };
}

const RESOURCE_WORDS: Readonly<Record<string, ResourceType>> = {
  project: 'PROJECT',
  environment: 'ENVIRONMENT',
  keystore: 'KEYSTORE',
  key: 'KEY',
  jwk: 'JWK',
  certificate: 'CERTIFICATE',
};

/**
 * Finds the resource a message is about, in the two spellings Apinizer uses:
 * `Keystore (name: my-ks) is not found!` and `Project(MyProject) was not found ...`.
 */
export function resourceInMessage(message: string): { resourceType?: ResourceType; name?: string } {
  const match = /^\s*([A-Za-z]+)\s*\((?:name:\s*)?(.*?)\)\s*(?:is|was|are)\b/i.exec(message);
  if (!match) return {};
  const resourceType = RESOURCE_WORDS[(match[1] ?? '').toLowerCase()];
  return {
    ...(resourceType ? { resourceType } : {}),
    ...(match[2] ? { name: match[2] } : {}),
  };
}

/** `certificateName value can not be empty!` -> `certificateName`. */
function fieldInMessage(message: string): string | undefined {
  return /^\s*([A-Za-z][\w.]*)\s+(?:value\s+)?(?:can not|cannot|must)\b/i.exec(message)?.[1];
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'Apinizer rejected the request',
  401: 'Apinizer did not accept the access token',
  403: 'The access token lacks the permission for this operation',
  404: 'Apinizer did not find the resource',
  409: 'The name is already taken in Apinizer',
};

/**
 * Maps a non-2xx answer to a failure. 401 and 403 are unambiguous whatever the body says (proxies
 * in front of Apinizer answer them with HTML or nothing); for any other status a body that is not
 * Apinizer's documented error JSON means something else answered, so it is an upstream failure.
 */
export function failureFromStatus(
  status: number,
  body: ApinizerErrorBody | undefined,
  contentType: string | undefined,
): Failure {
  const message = body?.errorDescription ?? body?.error ?? STATUS_TEXT[status] ?? '';
  if (status === 401) return { kind: 'AUTHENTICATION', message };
  if (status === 403) return { kind: 'PERMISSION_DENIED', message };
  if (!body) {
    return {
      kind: 'UPSTREAM',
      reason: status >= 500 ? 'HTTP_ERROR' : 'INVALID_RESPONSE',
      status,
      message: `Apinizer answered HTTP ${status} with ${describeContentType(contentType)} instead of its JSON error`,
    };
  }
  if (status >= 500) return { kind: 'UPSTREAM', reason: 'HTTP_ERROR', status, message };
  if (/\bis not found\b|\bwas not found\b|\bnot exist/i.test(message) || status === 404) {
    return { kind: 'NOT_FOUND', message, ...resourceInMessage(message) };
  }
  if (/\balready exists?\b/i.test(message) || status === 409) {
    const { name } = resourceInMessage(message);
    return { kind: 'NAME_CONFLICT', message, ...(name === undefined ? {} : { name }) };
  }
  if (status === 400 || status === 413 || status === 422) {
    const field = fieldInMessage(message);
    return { kind: 'VALIDATION', message, ...(field === undefined ? {} : { field }) };
  }
  return { kind: 'UPSTREAM', reason: 'HTTP_ERROR', status, message };
}

export function describeContentType(contentType: string | undefined): string {
  const type = contentType?.split(';')[0]?.trim();
  return type ? `a ${type} body` : 'an empty or untyped body';
}

const TIMEOUT_CODES = new Set([
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'ETIMEDOUT',
]);

/** Maps a thrown network error (undici or the OS) to a failure, without echoing request data. */
export function failureFromNetworkError(error: unknown, timeouts: NetworkTimeouts): Failure {
  const code = errorCode(error);
  if (code === 'UND_ERR_ABORTED' || (error instanceof Error && error.name === 'AbortError')) {
    return {
      kind: 'UPSTREAM',
      reason: 'NETWORK_ERROR',
      message: 'The call to Apinizer was cancelled: the client went away',
    };
  }
  if (code === 'ECONNREFUSED') {
    return {
      kind: 'UPSTREAM',
      reason: 'CONNECTION_REFUSED',
      message: 'Apinizer refused the connection (is the manager URL right and the server up?)',
    };
  }
  if (code !== undefined && TIMEOUT_CODES.has(code)) {
    return { kind: 'UPSTREAM', reason: 'TIMEOUT', message: timeoutMessage(code, timeouts) };
  }
  return {
    kind: 'UPSTREAM',
    reason: 'NETWORK_ERROR',
    message: `The connection to Apinizer failed (${code ?? 'unknown network error'})`,
  };
}

export interface NetworkTimeouts {
  readonly connectTimeoutMs: number;
  readonly headersTimeoutMs: number;
  readonly bodyTimeoutMs: number;
}

function timeoutMessage(code: string, timeouts: NetworkTimeouts): string {
  switch (code) {
    case 'UND_ERR_CONNECT_TIMEOUT':
      return `Apinizer did not accept a connection within ${timeouts.connectTimeoutMs} ms`;
    case 'UND_ERR_BODY_TIMEOUT':
      return `Apinizer stopped sending its answer for more than ${timeouts.bodyTimeoutMs} ms`;
    default:
      return `Apinizer did not answer within ${timeouts.headersTimeoutMs} ms`;
  }
}

/** undici wraps OS errors (`fetch failed` -> cause.code); look through the chain for a code. */
function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const { code, cause, errors } = current as {
      code?: unknown;
      cause?: unknown;
      errors?: unknown;
    };
    if (typeof code === 'string') return code;
    // Happy-eyeballs connects raise an AggregateError whose parts carry the codes.
    if (Array.isArray(errors) && errors.length > 0) {
      current = errors[0];
      continue;
    }
    current = cause;
  }
  return undefined;
}
