import { afterAll, beforeAll, expect, it } from 'vitest';
import { bearer } from '../helpers/gateway.js';
import { type Simulated, startSimulated } from '../helpers/simulated.js';

/*
 * Apinizer's model, as the simulator plays it and the schema describes it: SECRETS reads
 * everything, key material included; changing anything needs MANAGE as well.
 */

let env: Simulated;
beforeAll(async () => {
  env = await startSimulated();
});
afterAll(() => env.close());

it('a SECRETS-only token reads the private JWK members but cannot change the JWK', async () => {
  const generated = await env.gateway.post(
    `mutation { generateJwk(projectName: "demo", input: { name: "private-jwk", key: { rsa: {
      keySize: RSA_2048, use: SIGNATURE, algorithm: RS256, keyIdType: SHA256 } } }) { __typename } }`,
    {},
    env.demoAuth,
  );
  expect(generated.data?.generateJwk).toEqual({ __typename: 'GenerateJwkSuccess' });
  const readOnly = bearer(env.simulator.demo?.readOnlyToken);
  const read = await env.gateway.post(
    '{ jwk(projectName: "demo", name: "private-jwk") { secretMaterial } }',
    {},
    readOnly,
  );
  expect(read.errors).toBeUndefined();
  expect(read.data?.jwk).toEqual({
    secretMaterial: expect.objectContaining({
      kty: 'RSA',
      d: expect.any(String),
      p: expect.any(String),
    }),
  });

  const write = await env.gateway.post(
    'mutation { updateJwk(projectName: "demo", jwkName: "private-jwk", input: { description: "x" }) { __typename } }',
    {},
    readOnly,
  );
  expect(write.data?.updateJwk).toEqual({ __typename: 'PermissionDeniedError' });
});
