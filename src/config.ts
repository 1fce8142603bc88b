/** How the gateway tells Apinizer what to do with JWKs made from an updated resource. */
export type JwkUpdateStyle =
  /** `jwkUpdateAction=NULLIFY|UPDATE&updateScope=...` (current Apinizer releases). */
  | 'action'
  /** `updateReferencedJwks=true|false&updateScope=...` (older releases). */
  | 'legacy-flag';

export interface UpstreamConfig {
  /** Apinizer manager URL without `/apiops`; `undefined` runs against the embedded simulator. */
  readonly url: URL | undefined;
  /** Time allowed to open a TCP/TLS connection. @default 5000 */
  readonly connectTimeoutMs: number;
  /** Time allowed for Apinizer to send response headers (deployments can be slow). @default 60000 */
  readonly headersTimeoutMs: number;
  /** Time allowed between two chunks of a response body. @default 30000 */
  readonly bodyTimeoutMs: number;
  /** Retries of idempotent reads (GET) after a reset connection or a 502/503/504. @default 2 */
  readonly readRetries: number;
  /** Keep-alive sockets per Apinizer origin. @default 16 */
  readonly connections: number;
  /** Query-parameter spelling for JWK reference handling. @default 'action' */
  readonly jwkUpdateStyle: JwkUpdateStyle;
  /** How writes reach Apinizer (see WriteConnections). @default 'per-write' */
  readonly writeConnections: WriteConnections;
}

/**
 * - `per-write`: every PUT/POST/DELETE opens a connection of its own and closes it after the
 *   answer, so an idle keep-alive socket that Apinizer (or a proxy) closed can never swallow a
 *   write and leave it in doubt. Costs a TCP (and TLS) handshake per write.
 * - `pooled`: writes reuse keep-alive connections like reads (still never retried). Several
 *   times the write throughput; a write that meets a socket closed while idle is answered
 *   `UnknownOutcomeError`. For a known Apinizer/proxy keep-alive setup and bulk automation.
 */
export type WriteConnections = 'per-write' | 'pooled';

export interface UploadConfig {
  /** Largest file accepted, uploaded or given as base64. @default 10 MiB */
  readonly maxFileBytes: number;
  /** Most file parts in one multipart request. @default 5 */
  readonly maxFiles: number;
  /** Request bodies (by declared length) held in memory at once, all requests together. @default 64 MiB */
  readonly maxBodyBytesInFlight: number;
  /** How long a large request may wait for room in that budget before it gets 503. @default 30000 */
  readonly bodyQueueTimeoutMs: number;
}

export interface HttpConfig {
  /** Origins allowed by CORS; `['*']` allows any (tokens travel in a header, not a cookie). @default ['*'] */
  readonly corsOrigins: readonly string[];
  /** Serve GraphiQL to browsers at the GraphQL URL. @default true (false when NODE_ENV=production) */
  readonly graphiql: boolean;
  /** Answer introspection queries. @default true (false when NODE_ENV=production) */
  readonly introspection: boolean;
  /** "Did you mean ...?" in validation errors. @default true (false when NODE_ENV=production) */
  readonly fieldSuggestions: boolean;
  /** Serve federation's `_service { sdl }`. @default true (false when NODE_ENV=production unless FEDERATION=true) */
  readonly federationService: boolean;
  /** Time in-flight requests get to finish after SIGTERM/SIGINT. @default 30000 */
  readonly shutdownGraceMs: number;
  /** Time a client has to send a whole request (headers and body). @default 120000 */
  readonly requestTimeoutMs: number;
  /** Serve Prometheus metrics at `/metrics`. @default true */
  readonly metrics: boolean;
  /** A persisted-documents.json manifest: when set, only its operations run. @default unset */
  readonly trustedDocuments: string | undefined;
  /** Answer plain JSON POSTs without Yoga's Fetch API round trip (src/fast-lane/). @default true */
  readonly fastLane: boolean;
}

/** Bounds on one GraphQL operation, checked before it is parsed or executed. */
export interface OperationLimits {
  /** Longest `query` text, in bytes. @default 16384 */
  readonly maxQueryBytes: number;
  /** Most lexical tokens in a document. @default 2000 */
  readonly maxTokens: number;
  /** Deepest field nesting (introspection excluded). @default 12 */
  readonly maxDepth: number;
  /** Most aliases in an operation. @default 30 */
  readonly maxAliases: number;
  /** Most directives in an operation. @default 20 */
  readonly maxDirectives: number;
  /** Most Apinizer calls an operation may be expected to make (its cost). @default 50 */
  readonly maxCost: number;
  /** Most Apinizer calls one operation may actually make. @default 50 */
  readonly maxUpstreamCalls: number;
  /** Most Apinizer calls of one operation in flight at once. @default 4 */
  readonly maxConcurrentUpstreamCalls: number;
  /** Memory the parsed-document cache may hold, in bytes of query text. @default 4 MiB */
  readonly documentCacheBytes: number;
}

export interface Config {
  /** @default 'info' */
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** One JSON object a line, or plain text. @default 'text' ('json' when NODE_ENV=production) */
  readonly logFormat: 'json' | 'text';
  /** @default '0.0.0.0' */
  readonly host: string;
  /** @default 4000 */
  readonly port: number;
  readonly upstream: UpstreamConfig;
  readonly uploads: UploadConfig;
  readonly http: HttpConfig;
  readonly limits: OperationLimits;
  /** How far V8's heap may grow past what survived a full collection (src/memory.ts); 0 = V8's own. @default 150 */
  readonly heapGrowthPercent: number;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

type Env = Readonly<Record<string, string | undefined>>;

const MiB = 1024 * 1024;

/** Reads the environment into a validated config; every bad value is reported at once. */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const read = new EnvReader(env, problems);
  // Production hides what only helps a developer (GraphiQL, introspection, suggestions, _service).
  const production = env.NODE_ENV?.trim() === 'production';
  const config: Config = {
    logLevel: read.choice('LOG_LEVEL', ['debug', 'info', 'warn', 'error', 'silent'], 'info'),
    logFormat: read.choice('LOG_FORMAT', ['json', 'text'], production ? 'json' : 'text'),
    host: read.text('HOST', '0.0.0.0'),
    port: read.integer('PORT', 4000, 0, 65535),
    upstream: {
      url: read.url('APINIZER_URL'),
      connectTimeoutMs: read.integer('APINIZER_CONNECT_TIMEOUT_MS', 5000, 1, 600_000),
      headersTimeoutMs: read.integer('APINIZER_HEADERS_TIMEOUT_MS', 60_000, 1, 3_600_000),
      bodyTimeoutMs: read.integer('APINIZER_BODY_TIMEOUT_MS', 30_000, 1, 3_600_000),
      readRetries: read.integer('APINIZER_READ_RETRIES', 2, 0, 10),
      connections: read.integer('APINIZER_CONNECTIONS', 16, 1, 1024),
      jwkUpdateStyle: read.choice('APINIZER_JWK_UPDATE_STYLE', ['action', 'legacy-flag'], 'action'),
      writeConnections: read.choice(
        'APINIZER_WRITE_CONNECTIONS',
        ['per-write', 'pooled'],
        'per-write',
      ),
    },
    uploads: {
      maxFileBytes: read.integer('UPLOAD_MAX_FILE_BYTES', 10 * MiB, 1, 1024 * MiB),
      maxFiles: read.integer('UPLOAD_MAX_FILES', 5, 1, 100),
      maxBodyBytesInFlight: read.integer('MAX_BODY_BYTES_IN_FLIGHT', 64 * MiB, MiB, 16384 * MiB),
      bodyQueueTimeoutMs: read.integer('BODY_QUEUE_TIMEOUT_MS', 30_000, 0, 600_000),
    },
    http: {
      corsOrigins: read.list('CORS_ORIGINS', ['*']),
      graphiql: read.boolean('GRAPHIQL', !production),
      introspection: read.boolean('INTROSPECTION', !production),
      fieldSuggestions: read.boolean('FIELD_SUGGESTIONS', !production),
      federationService: read.boolean('FEDERATION', !production),
      shutdownGraceMs: read.integer('SHUTDOWN_GRACE_MS', 30_000, 0, 3_600_000),
      requestTimeoutMs: read.integer('REQUEST_TIMEOUT_MS', 120_000, 1000, 3_600_000),
      metrics: read.boolean('METRICS', true),
      trustedDocuments: read.optionalText('TRUSTED_DOCUMENTS'),
      fastLane: read.boolean('FAST_LANE', true),
    },
    limits: {
      maxQueryBytes: read.integer('MAX_QUERY_BYTES', 16 * 1024, 256, 16 * MiB),
      maxTokens: read.integer('MAX_TOKENS', 2000, 50, 1_000_000),
      maxDepth: read.integer('MAX_DEPTH', 12, 2, 1000),
      maxAliases: read.integer('MAX_ALIASES', 30, 0, 100_000),
      maxDirectives: read.integer('MAX_DIRECTIVES', 20, 0, 100_000),
      maxCost: read.integer('MAX_COST', 50, 1, 1_000_000),
      maxUpstreamCalls: read.integer('MAX_UPSTREAM_CALLS', 50, 1, 1_000_000),
      maxConcurrentUpstreamCalls: read.integer('MAX_CONCURRENT_UPSTREAM_CALLS', 4, 1, 1024),
      documentCacheBytes: read.integer('DOCUMENT_CACHE_BYTES', 4 * MiB, 0, 1024 * MiB),
    },
    heapGrowthPercent: read.integer('HEAP_GROWTH_PERCENT', 150, 0, 1000),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

class EnvReader {
  constructor(
    private readonly env: Env,
    private readonly problems: string[],
  ) {}

  private raw(name: string): string | undefined {
    const value = this.env[name]?.trim();
    return value === '' ? undefined : value;
  }

  text(name: string, fallback: string): string {
    return this.raw(name) ?? fallback;
  }

  optionalText(name: string): string | undefined {
    return this.raw(name);
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const parsed = /^\d+$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
      this.problems.push(`${name} must be a whole number from ${min} to ${max}, got "${value}"`);
      return fallback;
    }
    return parsed;
  }

  choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.problems.push(`${name} must be one of ${allowed.join(', ')}, got "${value}"`);
    return fallback;
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.raw(name)?.toLowerCase();
    if (value === undefined) return fallback;
    if (value === 'true' || value === '1') return true;
    if (value === 'false' || value === '0') return false;
    this.problems.push(`${name} must be true or false, got "${value}"`);
    return fallback;
  }

  list(name: string, fallback: readonly string[]): readonly string[] {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const items = value
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '');
    if (items.length === 0) this.problems.push(`${name} must list at least one value`);
    return items.length === 0 ? fallback : items;
  }

  url(name: string): URL | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      this.problems.push(
        `${name} must be an absolute http(s) URL such as https://apinizer.example.com`,
      );
      return undefined;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      this.problems.push(`${name} must use http or https, got "${url.protocol}"`);
      return undefined;
    }
    if (url.username || url.password || url.search || url.hash) {
      // Credentials in the URL would end up in logs; a query or fragment has no meaning here.
      this.problems.push(`${name} must not contain credentials, a query or a fragment`);
      return undefined;
    }
    if (/\/apiops\/?$/.test(url.pathname)) {
      this.problems.push(`${name} is the manager URL; leave out "/apiops" (the gateway adds it)`);
      return undefined;
    }
    return url;
  }
}
