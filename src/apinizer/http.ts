import { EventEmitter } from 'node:events';
import type { Readable } from 'node:stream';
import { type Dispatcher, errors, type FormData, interceptors, Pool } from 'undici';
import type { UpstreamConfig, WriteConnections } from '../config.js';
import type { Failure, Outcome } from '../failures.js';
import type { Logger } from '../logger.js';
import { type ApinizerCall, endpointOf } from '../observability/metrics.js';
import {
  endApinizerSpan,
  injectTraceHeaders,
  startApinizerSpan,
  tracingRegistered,
} from '../observability/tracing.js';
import { fail, ok } from '../result.js';
import {
  describeContentType,
  failureFromNetworkError,
  failureFromStatus,
  readErrorBody,
} from './errors.js';
import { type SendProgress, trackingSend } from './sending.js';
import { stacklessResetConnector } from './stackless-reset.js';

/** A Personal API Access Token, checked to be non-empty; it only ever goes to Apinizer. */
export type BearerToken = string & { readonly __brand: 'BearerToken' };

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface ApinizerRequest {
  readonly method: HttpMethod;
  /** An encoded `/apiops/...` path from `apiopsPath()`. */
  readonly path: string;
  readonly query?: URLSearchParams;
  readonly body?: { readonly json: unknown } | { readonly form: FormData };
}

/** A 2xx answer, read whole. */
export interface ApinizerAnswer {
  readonly status: number;
  readonly contentType: string | undefined;
  readonly bytes: Buffer;
}

export interface ApinizerHttpOptions {
  /** Apinizer manager URL (without `/apiops`). */
  readonly baseUrl: URL;
  /** Where reads go: a keep-alive pool that retries idempotent GETs (`createReadDispatcher()`). */
  readonly reads: Dispatcher;
  /** Where writes go: never retried (`createWriteDispatcher()`). */
  readonly writes: Dispatcher;
  /** Whether each write gets a connection of its own (see WriteConnections). */
  readonly writeConnections: WriteConnections;
  readonly timeouts: Pick<
    UpstreamConfig,
    'connectTimeoutMs' | 'headersTimeoutMs' | 'bodyTimeoutMs'
  >;
  readonly logger: Logger;
  /** Told about every call (metrics). */
  readonly observe?: (call: ApinizerCall) => void;
}

// Apinizer's answers are JSON documents and small zips; anything this large is not one of them.
const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

/*
 * Pools for Apinizer's one origin, not Agents: an Agent drops an origin's pool once its last
 * connection closes and builds a new one (with a 2,048-slot queue) for the next request, which
 * with a connection per write meant a new pool per write: ~20 KB of garbage each, old enough
 * to reach V8's old space, and a 6 ms collection every few seconds at 1,000 writes/s.
 */

/** Keep-alive connection pool for reads, with idempotent GETs retried on transient failures. */
export function createReadDispatcher(origin: string, config: UpstreamConfig): Dispatcher {
  return new Pool(origin, {
    connections: config.connections,
    connect: { timeout: config.connectTimeoutMs },
    keepAliveTimeout: 10_000,
  }).compose(
    interceptors.retry({
      maxRetries: config.readRetries,
      methods: ['GET'],
      statusCodes: [502, 503, 504],
      errorCodes: ['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET'],
      minTimeout: 100,
      maxTimeout: 1000,
      throwOnError: false,
    }),
  );
}

/**
 * The pool writes go out on, never retried. With `per-write` connections (the default) each is
 * used once (`reset: true`): a keep-alive socket that Apinizer closed while it sat idle could
 * otherwise swallow a write and leave it in doubt.
 */
export function createWriteDispatcher(origin: string, config: UpstreamConfig): Dispatcher {
  return new Pool(origin, {
    connections: config.connections,
    connect: stacklessResetConnector(config.connectTimeoutMs),
  });
}

const isWrite = (req: ApinizerRequest): boolean => req.method !== 'GET';

/** The one place an HTTP request to Apinizer is made. */
export class ApinizerHttp {
  private readonly basePath: string;
  private readonly tracing = tracingRegistered();

  constructor(private readonly options: ApinizerHttpOptions) {
    this.basePath = options.baseUrl.pathname.replace(/\/+$/, '');
  }

  /**
   * Sends a request and returns the 2xx answer, or the failure Apinizer's answer stands for.
   * `signal` is the caller's: a read is abandoned when it fires; a write only while it has not
   * started going out (after that, cutting it would only leave it in doubt).
   * A write that fails after it started going out is UNKNOWN_OUTCOME unless Apinizer's own
   * error JSON says what happened.
   */
  async send(
    token: BearerToken,
    req: ApinizerRequest,
    signal?: AbortSignal,
  ): Promise<Outcome<ApinizerAnswer>> {
    const endpoint = endpointOf(req.path);
    const span = this.tracing ? startApinizerSpan(req.method, endpoint) : undefined;
    const headers = this.headers(token, req);
    if (span) injectTraceHeaders(span, headers);
    const started = performance.now();
    const answered: { status?: number } = {};
    const outcome = await this.sendOnce(headers, req, answered, signal);
    const status = answered.status !== undefined ? `${answered.status}` : callOutcome(outcome);
    if (span) endApinizerSpan(span, status, !outcome.ok);
    const seconds = (performance.now() - started) / 1000;
    this.options.observe?.({ method: req.method, endpoint, outcome: status, seconds });
    // Method, path and status only: bodies and headers carry passwords, key material and tokens.
    this.options.logger.debug(
      `apinizer ${req.method} ${req.path} -> ${status} in ${Math.round(seconds * 1000)} ms`,
    );
    return outcome;
  }

  /**
   * Whether Apinizer answers HTTP at all at its manager URL (any status counts: no token is
   * sent, so 401 is the usual answer).
   */
  async reachable(timeoutMs: number): Promise<boolean> {
    try {
      const response = await this.options.reads.request({
        origin: this.options.baseUrl.origin,
        path: `${this.basePath}/apiops/`,
        method: 'GET',
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.body.dump();
      return true;
    } catch {
      return false;
    }
  }

  private async sendOnce(
    headers: Record<string, string>,
    req: ApinizerRequest,
    answered: { status?: number },
    signal?: AbortSignal,
  ): Promise<Outcome<ApinizerAnswer>> {
    // A raw path, not a URL object: the URL parser would resolve an encoded `%2E%2E` segment.
    const query = req.query?.toString();
    const path = `${this.basePath}${req.path}${query ? `?${query}` : ''}`;
    const { timeouts } = this.options;
    const write = isWrite(req);
    const progress: SendProgress = { started: false };
    if (signal?.aborted) {
      const cancelled = failureFromNetworkError(new errors.RequestAbortedError(), timeouts);
      return this.failed(req, progress, cancelled);
    }
    // undici takes an EventEmitter as a signal: lighter than an AbortController per call, which
    // with its listeners outlived young collections (measured: ~13 µs less CPU per request).
    const cancel = new EventEmitter();
    const onCallerAbort = () => {
      if (!write || !progress.started) cancel.emit('abort');
    };
    signal?.addEventListener('abort', onCallerAbort, { once: true });
    const dispatcher = write ? trackingSend(this.options.writes, progress) : this.options.reads;
    try {
      const response = await dispatcher.request({
        origin: this.options.baseUrl.origin,
        path,
        method: req.method,
        headers,
        body: bodyOf(req),
        headersTimeout: timeouts.headersTimeoutMs,
        bodyTimeout: timeouts.bodyTimeoutMs,
        signal: cancel,
        ...(write && this.options.writeConnections === 'per-write' ? { reset: true } : {}),
      });
      answered.status = response.statusCode;
      const bytes = await readLimited(response.body);
      const contentType = headerValue(response.headers['content-type']);
      if (bytes === undefined) {
        return this.failed(req, progress, {
          kind: 'UPSTREAM',
          reason: 'INVALID_RESPONSE',
          status: response.statusCode,
          message: `Apinizer's answer was larger than ${MAX_RESPONSE_BYTES} bytes`,
        });
      }
      if (response.statusCode >= 200 && response.statusCode < 300) {
        return ok({ status: response.statusCode, contentType, bytes });
      }
      const errorBody = readErrorBody(parseJson(bytes));
      const failure = failureFromStatus(response.statusCode, errorBody, contentType);
      // Apinizer's own error JSON, and 401/403 from anything in front of it, say the write did
      // not happen; any other answer (a proxy's 502 page, say) says nothing about it.
      return errorBody || failure.kind !== 'UPSTREAM'
        ? fail(failure)
        : this.failed(req, progress, failure);
    } catch (error) {
      const failure = failureFromNetworkError(error, timeouts);
      return this.failed(req, progress, failure);
    } finally {
      signal?.removeEventListener('abort', onCallerAbort);
    }
  }

  /** Sends a request whose 2xx answer must be JSON; returns the parsed document. */
  async sendJson(
    token: BearerToken,
    req: ApinizerRequest,
    signal?: AbortSignal,
  ): Promise<Outcome<unknown>> {
    const answer = await this.send(token, req, signal);
    if (!answer.ok) return answer;
    const json = parseJson(answer.value.bytes);
    if (json === undefined) {
      return this.failed(
        req,
        { started: true },
        {
          kind: 'UPSTREAM',
          reason: 'INVALID_RESPONSE',
          status: answer.value.status,
          message: `Apinizer answered HTTP ${answer.value.status} with ${describeContentType(answer.value.contentType)} instead of JSON`,
        },
      );
    }
    return ok(json);
  }

  /** A failed read as it is; a failed write as not sent (safe to retry) or in doubt. */
  private failed(
    req: ApinizerRequest,
    progress: SendProgress,
    failure: Failure,
  ): { readonly ok: false; readonly failure: Failure } {
    if (!isWrite(req) || failure.kind !== 'UPSTREAM') return fail(failure);
    if (!progress.started) {
      return fail({
        ...failure,
        message: `${failure.message}; the ${req.method} was not sent, so it is safe to retry`,
      });
    }
    return fail(unknownOutcome(req.method, failure.message));
  }

  private headers(token: BearerToken, req: ApinizerRequest): Record<string, string> {
    const headers: Record<string, string> = {
      authorization: `Bearer ${token}`,
      accept: 'application/json',
    };
    // undici sets the multipart boundary itself for FormData bodies.
    if (req.body && 'json' in req.body) headers['content-type'] = 'application/json';
    return headers;
  }
}

/** The status label of a call that got no HTTP answer: why not (TIMEOUT, CONNECTION_REFUSED...). */
function callOutcome(outcome: Outcome<unknown>): string {
  if (outcome.ok) return 'OK';
  return outcome.failure.kind === 'UPSTREAM' ? outcome.failure.reason : outcome.failure.kind;
}

/** A write that may or may not have happened; the session adds which resource it was. */
export function unknownOutcome(method: string, why: string): Failure {
  return {
    kind: 'UNKNOWN_OUTCOME',
    message: `The ${method} reached Apinizer (or may have), but no readable answer came back (${why}): it may or may not have taken effect. Read the resource back before retrying.`,
  };
}

function bodyOf(req: ApinizerRequest): string | FormData | undefined {
  if (!req.body) return undefined;
  return 'json' in req.body ? JSON.stringify(req.body.json) : req.body.form;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function parseJson(bytes: Buffer): unknown {
  if (bytes.length === 0) return undefined;
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
}

/**
 * The whole body, or undefined once it grows past MAX_RESPONSE_BYTES (the rest is not read).
 * Read by events, not `for await`: a Readable's async iterator costs a few promises and
 * listeners per chunk, on every Apinizer call.
 */
function readLimited(body: Readable): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    body.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_RESPONSE_BYTES) {
        chunks.push(chunk);
        return;
      }
      body.destroy();
      resolve(undefined);
    });
    body.once('end', () =>
      resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size)),
    );
    body.once('error', reject);
  });
}
