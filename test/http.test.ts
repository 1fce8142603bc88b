import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway } from './helpers/gateway.js';
import { type Simulated, startSimulated } from './helpers/simulated.js';

let env: Simulated;
beforeAll(async () => {
  env = await startSimulated({
    CORS_ORIGINS: 'https://console.example.com, https://admin.example.com',
    UPLOAD_MAX_FILE_BYTES: '3000',
    UPLOAD_MAX_FILES: '1',
  });
});
afterAll(() => env.close());

describe('HTTP behaviour', () => {
  it('answers the health check', async () => {
    const response = await fetch(new URL('/health', env.gateway.url));
    expect(response.status).toBe(200);
  });

  it('allows the configured CORS origins and no others', async () => {
    const preflight = (origin: string) =>
      fetch(env.gateway.url, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,content-type',
        },
      });
    const allowed = await preflight('https://admin.example.com');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://admin.example.com');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    const refused = await preflight('https://evil.example.net');
    // Yoga answers "null", which no browser origin matches.
    expect(refused.headers.get('access-control-allow-origin')).toBe('null');
  });

  it('by default allows any origin, but never with credentials', async () => {
    const open = await startGateway(env.simulator.url);
    try {
      const response = await fetch(open.url, {
        method: 'OPTIONS',
        headers: {
          origin: 'https://anywhere.example.org',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,content-type',
        },
      });
      // Any origin may call (Yoga echoes it), but no credentials: a token is a header, not a cookie.
      expect(response.headers.get('access-control-allow-origin')).toBe(
        'https://anywhere.example.org',
      );
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    } finally {
      await open.close();
    }
  });

  it('refuses a body larger than any legitimate request with 413, before reading it', async () => {
    // 1 file of 3000 bytes as base64 (4000) + 1 MiB for the query.
    const query = `mutation { updateJwk(projectName: "demo", jwkName: "demo-jwk", input: { description: "${'x'.repeat(1_100_000)}" }) { __typename } }`;
    const response = await fetch(env.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...env.demoAuth },
      body: JSON.stringify({ query }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: 'The request body is larger than 1052576 bytes',
          extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' },
        },
      ],
    });
    expect(env.simulator.received).toHaveLength(0);
  });

  it('GRAPHIQL=false serves no GraphiQL page', async () => {
    const quiet = await startGateway(env.simulator.url, { GRAPHIQL: 'false' });
    try {
      const response = await fetch(quiet.url, { headers: { accept: 'text/html' } });
      expect(await response.text()).not.toMatch(/graphiql/i);
    } finally {
      await quiet.close();
    }
  });
});

describe('reads within one operation', () => {
  it('the same list twice costs one call', async () => {
    env.simulator.received.length = 0;
    await env.gateway.post(
      `{ a: keys(projectName: "demo") { name } b: keys(projectName: "demo") { keyType } }`,
      {},
      env.demoAuth,
    );
    expect(env.simulator.received.map((r) => r.rawPath)).toEqual(['/apiops/projects/demo/keys/']);
  });

  it('a read after a write in the same operation sees the write', async () => {
    const result = await env.gateway.post(
      `mutation {
        first: updateJwk(projectName: "demo", jwkName: "demo-jwk", input: { description: "one" }) { ... on UpdateJwkSuccess { jwk { description } } }
        second: updateJwk(projectName: "demo", jwkName: "demo-jwk", input: { description: "two" }) { ... on UpdateJwkSuccess { jwk { description } } }
      }`,
      {},
      env.demoAuth,
    );
    expect(result.data).toEqual({
      first: { jwk: { description: 'one' } },
      second: { jwk: { description: 'two' } },
    });
  });
});
