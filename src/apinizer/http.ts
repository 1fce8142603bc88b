import { Agent, type Dispatcher, type FormData, interceptors } from 'undici';
import type { UpstreamConfig } from '../config.js';
import type { Outcome } from '../failures.js';
import type { Logger } from '../logger.js';
import { fail, ok } from '../result.js';
import {
  describeContentType,
  failureFromNetworkError,
  failureFromStatus,
  readErrorBody,
} from './errors.js';

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
  /** Where requests go; `createDispatcher()` in production, anything in tests. */
  readonly dispatcher: Dispatcher;
  readonly timeouts: Pick<
    UpstreamConfig,
    'connectTimeoutMs' | 'headersTimeoutMs' | 'bodyTimeoutMs'
  >;
  readonly logger: Logger;
}

// Apinizer's answers are JSON documents and small zips; anything this large is not one of them.
const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

/** Keep-alive connection pool to Apinizer, with idempotent reads retried on transient failures. */
export function createDispatcher(config: UpstreamConfig): Dispatcher {
  return new Agent({
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

/** The one place an HTTP request to Apinizer is made. */
export class ApinizerHttp {
  private readonly basePath: string;

  constructor(private readonly options: ApinizerHttpOptions) {
    this.basePath = options.baseUrl.pathname.replace(/\/+$/, '');
  }

  /** Sends a request and returns the 2xx answer, or the failure Apinizer's answer stands for. */
  async send(token: BearerToken, req: ApinizerRequest): Promise<Outcome<ApinizerAnswer>> {
    // A raw path, not a URL object: the URL parser would resolve an encoded `%2E%2E` segment.
    const query = req.query?.toString();
    const path = `${this.basePath}${req.path}${query ? `?${query}` : ''}`;
    const started = performance.now();
    const { timeouts } = this.options;
    try {
      const response = await this.options.dispatcher.request({
        origin: this.options.baseUrl.origin,
        path,
        method: req.method,
        headers: this.headers(token, req),
        body: bodyOf(req),
        headersTimeout: timeouts.headersTimeoutMs,
        bodyTimeout: timeouts.bodyTimeoutMs,
      });
      const bytes = await readLimited(response.body);
      const contentType = headerValue(response.headers['content-type']);
      this.log(req, `${response.statusCode}`, started);
      if (bytes === undefined) {
        return fail({
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
      return fail(failureFromStatus(response.statusCode, errorBody, contentType));
    } catch (error) {
      const failure = failureFromNetworkError(error, timeouts);
      this.log(req, failure.kind === 'UPSTREAM' ? failure.reason : 'failed', started);
      return fail(failure);
    }
  }

  /** Sends a request whose 2xx answer must be JSON; returns the parsed document. */
  async sendJson(token: BearerToken, req: ApinizerRequest): Promise<Outcome<unknown>> {
    const answer = await this.send(token, req);
    if (!answer.ok) return answer;
    const json = parseJson(answer.value.bytes);
    if (json === undefined) {
      return fail({
        kind: 'UPSTREAM',
        reason: 'INVALID_RESPONSE',
        status: answer.value.status,
        message: `Apinizer answered HTTP ${answer.value.status} with ${describeContentType(answer.value.contentType)} instead of JSON`,
      });
    }
    return ok(json);
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

  private log(req: ApinizerRequest, outcome: string, started: number): void {
    // Method, path and status only: bodies and headers carry passwords, key material and tokens.
    const ms = Math.round(performance.now() - started);
    this.options.logger.debug(`apinizer ${req.method} ${req.path} -> ${outcome} in ${ms} ms`);
  }
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

async function readLimited(body: AsyncIterable<Buffer>): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > MAX_RESPONSE_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
