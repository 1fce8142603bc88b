import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDerCertificate } from '../../src/simulator/crypto.js';
import { selfSignedCertificate } from '../../src/simulator/material.js';
import { newId } from '../../src/simulator/store.js';
import { type Simulated, startSimulated } from '../helpers/simulated.js';

/*
 * A global certificate (project admin) with a JWK made from it in admin and one in demo, both
 * created through the gateway. Then the certificate is replaced through the gateway and the JWKs
 * are read back through the gateway.
 */
let env: Simulated;
const post = (query: string, variables: Record<string, unknown> = {}) =>
  env.gateway.post(query, variables, env.demoAuth);

beforeEach(async () => {
  env = await startSimulated();
  const admin = env.simulator.store.projects.get('admin');
  const issued = selfSignedCertificate({ commonName: 'shared.example.test' });
  admin?.certificates.set('shared', {
    id: newId(),
    name: 'shared',
    description: '',
    environments: [
      { environmentName: 'production', alias: 'shared', ...parseDerCertificate(issued.der) },
    ],
  });
  for (const project of ['admin', 'demo']) {
    const made = await post(
      `mutation($p: String!) { createJwk(projectName: $p, input: { fromCertificate: { name: "shared-jwk", certificateName: "shared", environmentName: "production", use: SIGNATURE, algorithm: RS256 } }) { __typename ... on Error { message } } }`,
      { p: project },
    );
    expect(made.data?.createJwk).toEqual({ __typename: 'CreateJwkSuccess' });
  }
});
afterEach(() => env.close());

const UPDATE = `mutation($pem: Base64!, $action: JwkUpdateAction, $scope: UpdateScope) {
  updateCertificate(projectName: "admin", certificateName: "shared", jwkUpdateAction: $action, updateScope: $scope,
    input: { alias: "shared", description: "renewed", environmentNames: ["production"], pemFile: { base64: $pem } }) { __typename ... on Error { message } } }`;

async function renew(action: string, scope?: string) {
  const issued = selfSignedCertificate({ commonName: 'shared.example.test' });
  const result = await post(UPDATE, {
    pem: Buffer.from(issued.pem).toString('base64'),
    action,
    ...(scope ? { scope } : {}),
  });
  expect(result.data?.updateCertificate).toEqual({ __typename: 'UpdateCertificateSuccess' });
}

async function jwks() {
  const result = await post(`{
    admin: jwk(projectName: "admin", name: "shared-jwk") { sourceId material }
    demo: jwk(projectName: "demo", name: "shared-jwk") { sourceId material } }`);
  return result.data as Record<
    'admin' | 'demo',
    { sourceId: string | null; material: { n: string; alg: string } }
  >;
}

describe('JWKs made from an updated certificate', () => {
  it('UPDATE + SAME_PROJECT re-derives the JWK in the same project only', async () => {
    const before = await jwks();
    await renew('UPDATE', 'SAME_PROJECT');
    const after = await jwks();
    expect(after.admin.material.n).not.toBe(before.admin.material.n);
    expect(after.admin.material.alg).toBe('RS256');
    expect(after.admin.sourceId).toBe(before.admin.sourceId);
    expect(after.demo).toEqual(before.demo);
  });

  it('UPDATE + ALL_PROJECTS re-derives the JWKs in every project', async () => {
    const before = await jwks();
    await renew('UPDATE', 'ALL_PROJECTS');
    const after = await jwks();
    expect(after.admin.material.n).not.toBe(before.admin.material.n);
    expect(after.demo.material.n).not.toBe(before.demo.material.n);
    expect(after.demo.material.n).toBe(after.admin.material.n);
  });

  it('NULLIFY keeps the key material and clears the source', async () => {
    const before = await jwks();
    expect(before.admin.sourceId).not.toBeNull();
    await renew('NULLIFY');
    const after = await jwks();
    expect(after.admin).toEqual({ sourceId: null, material: before.admin.material });
    expect(after.demo).toEqual({ sourceId: null, material: before.demo.material });
  });
});
