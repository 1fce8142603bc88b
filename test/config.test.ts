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
});
