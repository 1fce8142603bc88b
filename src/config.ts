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
}

export interface UploadConfig {
  /** Largest file accepted, uploaded or given as base64. @default 10 MiB */
  readonly maxFileBytes: number;
  /** Most file parts in one multipart request. @default 5 */
  readonly maxFiles: number;
}

export interface HttpConfig {
  /** Origins allowed by CORS; `['*']` allows any (tokens travel in a header, not a cookie). @default ['*'] */
  readonly corsOrigins: readonly string[];
  /** Serve GraphiQL to browsers at the GraphQL URL. @default true */
  readonly graphiql: boolean;
}

export interface Config {
  /** @default 'info' */
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** @default '0.0.0.0' */
  readonly host: string;
  /** @default 4000 */
  readonly port: number;
  readonly upstream: UpstreamConfig;
  readonly uploads: UploadConfig;
  readonly http: HttpConfig;
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
  const config: Config = {
    logLevel: read.choice('LOG_LEVEL', ['debug', 'info', 'warn', 'error', 'silent'], 'info'),
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
    },
    uploads: {
      maxFileBytes: read.integer('UPLOAD_MAX_FILE_BYTES', 10 * MiB, 1, 1024 * MiB),
      maxFiles: read.integer('UPLOAD_MAX_FILES', 5, 1, 100),
    },
    http: {
      corsOrigins: read.list('CORS_ORIGINS', ['*']),
      graphiql: read.boolean('GRAPHIQL', true),
    },
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
