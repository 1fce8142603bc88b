import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../../src/simulator/server.js';

/** The simulator on its own, spoken to as any Apinizer client would (plain HTTP). */
let simulator: Simulator;
let auth: Record<string, string>;
beforeAll(async () => {
  simulator = await startSimulator();
  auth = { authorization: `Bearer ${simulator.demo?.token}` };
});
afterAll(() => simulator.close());

const call = async (
  method: string,
  path: string,
  init: { headers?: Record<string, string>; body?: string } = {},
) => {
  const response = await fetch(new URL(path, simulator.url), { method, ...init });
  const text = await response.text();
  return {
    status: response.status,
    json: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  };
};

describe('POST /apiops/auth/token', () => {
  it('trades client credentials for a working bearer token', async () => {
    const issued = await call('POST', '/apiops/auth/token', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials&client_id=demo&client_secret=demo-password',
    });
    expect(issued).toMatchObject({
      status: 200,
      json: { token_type: 'Bearer', expires_in: 3600, access_token: expect.any(String) },
    });
    const list = await call('GET', '/apiops/projects/demo/keys/', {
      headers: { authorization: `Bearer ${issued.json.access_token}` },
    });
    expect(list.status).toBe(200);
  });

  it('refuses a wrong password', async () => {
    const refused = await call('POST', '/apiops/auth/token', {
      body: 'grant_type=client_credentials&client_id=demo&client_secret=nope',
    });
    expect(refused).toEqual({
      status: 401,
      json: { error: 'unauthorized_client', error_description: 'Bad client credentials' },
    });
  });
});

describe('JWK parse shortcuts return the JWK without saving it', () => {
  it('parse-from-certificate', async () => {
    const parsed = await call('POST', '/apiops/projects/demo/jwks/parse-from-certificate', {
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({
        certificateName: 'demo-certificate',
        environmentName: 'production',
        useType: 'SIGNATURE',
        algorithm: 'RS256',
      }),
    });
    expect(parsed.status).toBe(200);
    expect(parsed.json.resultList).toEqual([
      {
        type: 'RSA',
        kid: expect.any(String),
        jwk: expect.objectContaining({ kty: 'RSA', alg: 'RS256', use: 'sig' }),
      },
    ]);
    const list = await call('GET', '/apiops/projects/demo/jwks/', { headers: auth });
    expect((list.json.resultList as unknown[]).length).toBe(1);
  });

  it('parse-from-clipboard refuses a set of two keys without kid', async () => {
    const parsed = await call('POST', '/apiops/projects/demo/jwks/parse-from-clipboard', {
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({
        jwkStr: '{"keys":[{"kty":"oct","k":"AA","kid":"a"},{"kty":"oct","k":"AB","kid":"b"}]}',
      }),
    });
    expect(parsed).toEqual({
      status: 400,
      json: {
        error: 'bad_request',
        error_description: 'The key set holds more than one key; choose one with kid!',
      },
    });
  });
});

describe('routing', () => {
  it.each([
    ['GET', '/apiops/projects/demo/nothing/', 404],
    ['PATCH', '/apiops/projects/demo/keys/demo-key/', 405],
    ['GET', '/apiops/projects/demo/keys/%E0%A4%A/', 400],
  ])('%s %s -> %i', async (method, path, status) => {
    expect((await call(method, path, { headers: auth })).status).toBe(status);
  });

  it('decodes each path segment once: an encoded slash stays inside the name', async () => {
    const missing = await call('GET', '/apiops/projects/demo/keys/a%2F..%2Fdemo-key/', {
      headers: auth,
    });
    expect(missing).toEqual({
      status: 400,
      json: {
        error: 'bad_request',
        error_description: 'Key (name: a/../demo-key) is not found! Try create operation.',
      },
    });
  });

  it('reports a keystore create without environments in Apinizer words', async () => {
    const refused = await call('POST', '/apiops/projects/demo/keystores/', {
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'empty' }),
    });
    expect(refused.json.error_description).toBe('keyStoreEnvironmentList can not be empty!');
  });
});
