import { X509Certificate } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseDerCertificate } from '../../src/simulator/crypto.js';
import { selfSignedCertificate } from '../../src/simulator/material.js';
import { newId } from '../../src/simulator/store.js';
import { bearer, dataOf } from '../helpers/gateway.js';
import { type Simulated, startSimulated } from '../helpers/simulated.js';

let env: Simulated;
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  env = await startSimulated();
  const project = env.simulator.store.projects.get('demo');
  if (!project) throw new Error('seed changed');
  // Certificates that expire in 5 and in 40 days, and one that has expired.
  for (const [name, days] of [
    ['soon', 5],
    ['later', 40],
    ['expired', -3],
  ] as const) {
    const issued = selfSignedCertificate({
      commonName: `${name}.example.test`,
      notBefore: new Date(Date.now() - 400 * DAY),
      notAfter: new Date(Date.now() + days * DAY),
    });
    const parsed = parseDerCertificate(issued.der);
    project.certificates.set(name, {
      id: newId(),
      name,
      description: name,
      environments: [{ environmentName: 'production', alias: name, ...parsed }],
    });
  }
});
afterAll(() => env.close());
beforeEach(() => {
  env.simulator.received.length = 0;
  env.simulator.load.peak = 0;
  env.simulator.faults.reset();
});

const paths = () => env.simulator.received.map((r) => `${r.method} ${r.rawPath}`);

describe('lists', () => {
  it('keystores, keys, jwks and certificates of a project, each one list call', async () => {
    const result = await env.gateway.post(
      `{
        keystores(projectName: "demo") { name environments { environmentName keyStoreType } }
        keys(projectName: "demo") { name keyType environments { environmentName alias } }
        jwks(projectName: "demo") { name type kid sourceType }
        certificates(projectName: "demo") { name }
      }`,
      {},
      env.demoAuth,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({
      keystores: [
        {
          name: 'demo-keystore',
          environments: [
            { environmentName: 'production', keyStoreType: 'PKCS12' },
            { environmentName: 'staging', keyStoreType: 'PKCS12' },
          ],
        },
      ],
      keys: [{ name: 'demo-key', keyType: 'PRIVATE_KEY' }],
      jwks: [{ name: 'demo-jwk', type: 'RSA', kid: 'demo-kid', sourceType: 'CERTIFICATE' }],
    });
    // The seeded three (demo, expiring, expired) and the three this file adds.
    expect(dataOf<unknown[]>(result, 'certificates').length).toBe(6);
    expect(paths().sort()).toEqual([
      'GET /apiops/projects/demo/certificates/',
      'GET /apiops/projects/demo/jwks/',
      'GET /apiops/projects/demo/keys/',
      'GET /apiops/projects/demo/keystores/',
    ]);
  });

  it('certificates expiring within N days, soonest first, expired ones included', async () => {
    const result = await env.gateway.post(
      `{ certificates(projectName: "demo", expiringWithinDays: 30) { name notAfter environments { daysUntilExpiry expired } } }`,
      {},
      env.demoAuth,
    );
    expect(result.data?.certificates).toMatchObject([
      { name: 'expired-certificate', environments: [{ daysUntilExpiry: -10, expired: true }] },
      { name: 'expired', environments: [{ daysUntilExpiry: -3, expired: true }] },
      { name: 'soon', environments: [{ daysUntilExpiry: 4, expired: false }] },
      { name: 'expiring-certificate', environments: [{ daysUntilExpiry: 20, expired: false }] },
    ]);
  });

  it('a negative expiringWithinDays is a BAD_USER_INPUT error', async () => {
    const result = await env.gateway.post(
      `{ certificates(projectName: "demo", expiringWithinDays: -1) { name } }`,
      {},
      env.demoAuth,
    );
    expect(result.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'expiringWithinDays' },
    });
  });

  it('the truststore of an environment: the admin project certificates deployed there', async () => {
    const admin = env.simulator.store.projects.get('admin');
    const issued = selfSignedCertificate({ commonName: 'Root CA', organization: 'Trust' });
    admin?.certificates.set('root-ca', {
      id: newId(),
      name: 'root-ca',
      description: 'Root',
      environments: [
        { environmentName: 'staging', alias: 'root', ...parseDerCertificate(issued.der) },
      ],
    });
    const result = await env.gateway.post(
      `{ staging: truststoreCertificates(environmentName: "staging") { projectName name environments { subject pem } }
         production: truststoreCertificates(environmentName: "production") { name } }`,
      {},
      env.demoAuth,
    );
    expect(result.data).toEqual({
      staging: [
        {
          projectName: 'admin',
          name: 'root-ca',
          environments: [
            { subject: 'CN=Root CA, O=Trust', pem: issued.pem.replaceAll('\r\n', '\n') },
          ],
        },
      ],
      production: [],
    });
  });
});

describe('details read only when selected', () => {
  it('certificate facts from a list fetch each certificate once', async () => {
    const result = await env.gateway.post(
      `{ certificates(projectName: "demo") { name environments { subject issuer serialNumber publicKeyType pem } } }`,
      {},
      env.demoAuth,
    );
    const demo = dataOf<{ name: string; environments: Record<string, string>[] }[]>(
      result,
      'certificates',
    ).find((c) => c.name === 'demo-certificate');
    const x509 = new X509Certificate(demo?.environments[0]?.pem ?? '');
    expect(demo?.environments[0]).toEqual({
      subject: 'CN=demo.apinizer.local, O=Apinizer Demo',
      issuer: 'CN=demo.apinizer.local, O=Apinizer Demo',
      serialNumber: x509.serialNumber,
      publicKeyType: 'rsa 2048',
      pem: expect.stringMatching(/^-----BEGIN CERTIFICATE-----\n/),
    });
    // One list, then one get per certificate (not one per environment or per field).
    expect(
      paths().filter(
        (p) =>
          p.startsWith('GET /apiops/projects/demo/certificates/') &&
          p !== 'GET /apiops/projects/demo/certificates/',
      ),
    ).toHaveLength(6);
  });

  it('keystore files and key content come from a get, only when selected', async () => {
    await env.gateway.post(
      `{ keystores(projectName: "demo") { name } keys(projectName: "demo") { name } }`,
      {},
      env.demoAuth,
    );
    expect(paths()).toHaveLength(2);
    env.simulator.received.length = 0;
    const result = await env.gateway.post(
      `{ keystores(projectName: "demo") { environments { environmentName file } } keys(projectName: "demo") { environments { content } } }`,
      {},
      env.demoAuth,
    );
    const keystore = dataOf<{ environments: { file: string }[] }[]>(result, 'keystores')[0];
    expect(Buffer.from(keystore?.environments[0]?.file ?? '', 'base64')[0]).toBe(0x30);
    const key = dataOf<{ environments: { content: string }[] }[]>(result, 'keys')[0];
    expect(Buffer.from(key?.environments[0]?.content ?? '', 'base64').toString()).toMatch(
      /BEGIN PRIVATE KEY/,
    );
  });
});

describe('JWK material with batched loading', () => {
  beforeAll(() => {
    const project = env.simulator.store.projects.get('demo');
    const demoJwk = project?.jwks.get('demo-jwk');
    if (!project || !demoJwk) throw new Error('seed changed');
    for (let i = 1; i <= 5; i++) {
      project.jwks.set(`jwk-${i}`, { ...demoJwk, id: newId(), name: `jwk-${i}`, kid: `kid-${i}` });
    }
  });

  it('N JWKs with material cost one list and N gets, in one batch, at most 4 at once', async () => {
    env.simulator.faults.delayMs = 50;
    const result = await env.gateway.post(
      `{ jwks(projectName: "demo") { name material } }`,
      {},
      env.demoAuth,
    );
    const list = result.data?.jwks as { name: string; material: Record<string, unknown> }[];
    expect(list).toHaveLength(6);
    expect(list.find((j) => j.name === 'jwk-3')?.material).toMatchObject({
      kty: 'RSA',
      kid: 'kid-3',
      e: 'AQAB',
      n: expect.any(String),
    });
    expect(paths().filter((p) => p === 'GET /apiops/projects/demo/jwks/')).toHaveLength(1);
    expect(
      paths().filter((p) => /^GET \/apiops\/projects\/demo\/jwks\/.+\/$/.test(p)),
    ).toHaveLength(6);
    // The six gets went out together (one DataLoader batch), not one after another, but no more
    // at once than one operation's share of the pool (MAX_CONCURRENT_UPSTREAM_CALLS, 4).
    expect(env.simulator.load.peak).toBe(4);
  });

  it('the same JWK asked for twice in one operation costs one get', async () => {
    await env.gateway.post(
      `{ a: jwk(projectName: "demo", name: "jwk-1") { material } b: jwk(projectName: "demo", name: "jwk-1") { secretMaterial hasPrivateKey }
         jwks(projectName: "demo") { name } }`,
      {},
      env.demoAuth,
    );
    expect(paths().sort()).toEqual([
      'GET /apiops/projects/demo/jwks/',
      'GET /apiops/projects/demo/jwks/jwk-1/',
    ]);
  });

  it('material leaves private members out; secretMaterial has them', async () => {
    const project = env.simulator.store.projects.get('demo');
    const signing = project?.keys.get('demo-key');
    const { createPrivateKey } = await import('node:crypto');
    const privateJwk = createPrivateKey(
      Buffer.from(signing?.environments[0]?.content ?? '', 'base64').toString(),
    ).export({ format: 'jwk' });
    project?.jwks.set('private-jwk', {
      id: newId(),
      name: 'private-jwk',
      description: '',
      sourceType: 'PRIVATE_KEY',
      sourceId: signing?.id ?? null,
      sourceUrl: null,
      type: 'RSA',
      kid: 'priv',
      material: { ...privateJwk, kid: 'priv' },
    });
    const result = await env.gateway.post(
      `{ jwk(projectName: "demo", name: "private-jwk") { material secretMaterial hasPrivateKey } }`,
      {},
      env.demoAuth,
    );
    const jwk = result.data?.jwk as {
      material: Record<string, unknown>;
      secretMaterial: Record<string, unknown>;
      hasPrivateKey: boolean;
    };
    expect(Object.keys(jwk.material).sort()).toEqual(['e', 'kid', 'kty', 'n']);
    expect(jwk.secretMaterial).toMatchObject({ d: privateJwk.d, p: privateJwk.p, q: privateJwk.q });
    expect(jwk.hasPrivateKey).toBe(true);
  });
});

describe('read failures are GraphQL errors with a code', () => {
  it.each([
    ['not-a-token', 'UNAUTHENTICATED', 'Invalid access token'],
    ['apinizer-demo-readonly-token', null, null],
  ])('token %s', async (token, code, message) => {
    const result = await env.gateway.post(
      `{ keystores(projectName: "demo") { name } }`,
      {},
      bearer(token),
    );
    if (code === null) {
      expect(result.errors).toBeUndefined();
    } else {
      expect(result.errors?.[0]).toMatchObject({ message, extensions: { code } });
    }
  });

  it('an Apinizer 5xx is UPSTREAM_ERROR with its status', async () => {
    env.simulator.faults.answerNext({
      status: 503,
      body: '{"error":"server_error","error_description":"Maintenance"}',
      times: 3,
    });
    const result = await env.gateway.post(
      `{ keys(projectName: "demo") { name } }`,
      {},
      env.demoAuth,
    );
    expect(result.errors?.[0]).toMatchObject({
      message: 'Maintenance',
      extensions: { code: 'UPSTREAM_ERROR', reason: 'HTTP_ERROR', status: 503 },
    });
    // Reads are retried (here: 1 + 2 retries) before the failure is reported.
    expect(paths()).toHaveLength(3);
  });
});
