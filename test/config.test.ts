import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('has working defaults: demo mode on 0.0.0.0:4000 with 10 MiB uploads', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      host: '0.0.0.0',
      port: 4000,
      upstream: {
        url: undefined,
        connectTimeoutMs: 5000,
        headersTimeoutMs: 60000,
        jwkUpdateStyle: 'action',
      },
      uploads: { maxFileBytes: 10 * 1024 * 1024, maxFiles: 5 },
    });
  });

  it('reads every setting', () => {
    const config = loadConfig({
      HOST: '127.0.0.1',
      PORT: '8080',
      APINIZER_URL: 'https://apinizer.example.com/manager',
      APINIZER_CONNECT_TIMEOUT_MS: '1000',
      APINIZER_HEADERS_TIMEOUT_MS: '2000',
      APINIZER_BODY_TIMEOUT_MS: '3000',
      APINIZER_READ_RETRIES: '0',
      APINIZER_CONNECTIONS: '4',
      APINIZER_JWK_UPDATE_STYLE: 'legacy-flag',
      UPLOAD_MAX_FILE_BYTES: '1024',
      UPLOAD_MAX_FILES: '2',
      LOG_LEVEL: 'debug',
      CORS_ORIGINS: 'https://a.example, https://b.example',
      GRAPHIQL: 'false',
    });
    expect(config.upstream.url?.href).toBe('https://apinizer.example.com/manager');
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 8080,
      logLevel: 'debug',
      upstream: {
        connectTimeoutMs: 1000,
        headersTimeoutMs: 2000,
        bodyTimeoutMs: 3000,
        readRetries: 0,
        connections: 4,
        jwkUpdateStyle: 'legacy-flag',
      },
      uploads: { maxFileBytes: 1024, maxFiles: 2 },
      http: { corsOrigins: ['https://a.example', 'https://b.example'], graphiql: false },
    });
  });

  it('reports every bad value at once, by name', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        APINIZER_URL: 'ftp://x',
        UPLOAD_MAX_FILES: '0',
        LOG_LEVEL: 'loud',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'LOG_LEVEL must be one of debug, info, warn, error, silent, got "loud"',
      'PORT must be a whole number from 0 to 65535, got "eighty"',
      'APINIZER_URL must use http or https, got "ftp:"',
      'UPLOAD_MAX_FILES must be a whole number from 1 to 100, got "0"',
    ]);
  });

  it('has limits a Keys & Secrets UI never meets, and developer aids on outside production', () => {
    const config = loadConfig({});
    expect(config.limits).toEqual({
      maxQueryBytes: 16 * 1024,
      maxTokens: 2000,
      maxDepth: 12,
      maxAliases: 30,
      maxDirectives: 20,
      maxCost: 50,
      maxUpstreamCalls: 50,
      maxConcurrentUpstreamCalls: 4,
      documentCacheBytes: 4 * 1024 * 1024,
    });
    expect(config.uploads).toMatchObject({
      maxBodyBytesInFlight: 64 * 1024 * 1024,
      bodyQueueTimeoutMs: 30_000,
    });
    expect(config.http).toMatchObject({
      graphiql: true,
      introspection: true,
      fieldSuggestions: true,
      federationService: true,
      shutdownGraceMs: 30_000,
      requestTimeoutMs: 120_000,
    });
  });

  it('turns GraphiQL, introspection, suggestions and _service off under NODE_ENV=production', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).http).toMatchObject({
      graphiql: false,
      introspection: false,
      fieldSuggestions: false,
      federationService: false,
    });
    // Each switch still wins over the default, either way.
    expect(
      loadConfig({ NODE_ENV: 'production', FEDERATION: 'true', INTROSPECTION: 'true' }).http,
    ).toMatchObject({ federationService: true, introspection: true, graphiql: false });
    expect(loadConfig({ GRAPHIQL: 'false', FIELD_SUGGESTIONS: 'false' }).http).toMatchObject({
      graphiql: false,
      fieldSuggestions: false,
      introspection: true,
    });
  });

  it('reads every limit by name', () => {
    const config = loadConfig({
      MAX_QUERY_BYTES: '4096',
      MAX_TOKENS: '500',
      MAX_DEPTH: '8',
      MAX_ALIASES: '5',
      MAX_DIRECTIVES: '3',
      MAX_COST: '20',
      MAX_UPSTREAM_CALLS: '25',
      MAX_CONCURRENT_UPSTREAM_CALLS: '2',
      DOCUMENT_CACHE_BYTES: '0',
      MAX_BODY_BYTES_IN_FLIGHT: '2097152',
      BODY_QUEUE_TIMEOUT_MS: '500',
      SHUTDOWN_GRACE_MS: '1000',
      REQUEST_TIMEOUT_MS: '5000',
    });
    expect(config.limits).toEqual({
      maxQueryBytes: 4096,
      maxTokens: 500,
      maxDepth: 8,
      maxAliases: 5,
      maxDirectives: 3,
      maxCost: 20,
      maxUpstreamCalls: 25,
      maxConcurrentUpstreamCalls: 2,
      documentCacheBytes: 0,
    });
    expect(config.uploads).toMatchObject({
      maxBodyBytesInFlight: 2097152,
      bodyQueueTimeoutMs: 500,
    });
    expect(config.http).toMatchObject({ shutdownGraceMs: 1000, requestTimeoutMs: 5000 });
  });

  it.each([
    ['not a url', /absolute http\(s\) URL/],
    ['https://user:secret@apinizer.example.com', /must not contain credentials/],
    ['https://apinizer.example.com/apiops', /leave out "\/apiops"/],
  ])('refuses APINIZER_URL %s', (value, message) => {
    expect(() => loadConfig({ APINIZER_URL: value })).toThrow(message);
  });

  it('never repeats a credential from the URL in its message', () => {
    expect(() => loadConfig({ APINIZER_URL: 'https://user:s3cret@x.test' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('s3cret') }),
    );
  });

  it('reads the performance settings: the fast lane, write connections, heap growth', () => {
    expect(loadConfig({})).toMatchObject({
      upstream: { writeConnections: 'per-write' },
      http: { fastLane: true },
      heapGrowthPercent: 150,
    });
    expect(
      loadConfig({
        APINIZER_WRITE_CONNECTIONS: 'pooled',
        FAST_LANE: 'false',
        HEAP_GROWTH_PERCENT: '0',
      }),
    ).toMatchObject({
      upstream: { writeConnections: 'pooled' },
      http: { fastLane: false },
      heapGrowthPercent: 0,
    });
    expect(() =>
      loadConfig({ APINIZER_WRITE_CONNECTIONS: 'reuse', HEAP_GROWTH_PERCENT: '-5' }),
    ).toThrow(
      /APINIZER_WRITE_CONNECTIONS must be one of per-write, pooled.*\n.*HEAP_GROWTH_PERCENT/s,
    );
  });
});
