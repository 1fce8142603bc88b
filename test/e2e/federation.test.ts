import { afterAll, beforeAll, expect, it } from 'vitest';
import { dataOf } from '../helpers/gateway.js';
import { type Simulated, startSimulated } from '../helpers/simulated.js';

let env: Simulated;
beforeAll(async () => {
  env = await startSimulated();
});
afterAll(() => env.close());

it('a router resolves entity references through _entities, each read once', async () => {
  env.simulator.received.length = 0;
  const result = await env.gateway.post(
    `query($representations: [_Any!]!) {
      _entities(representations: $representations) {
        __typename
        ... on Keystore { name environments { environmentName } }
        ... on Key { name keyType }
        ... on Jwk { name kid }
        ... on Certificate { name environments { subject } }
      }
    }`,
    {
      representations: [
        { __typename: 'Keystore', projectName: 'demo', name: 'demo-keystore' },
        { __typename: 'Key', projectName: 'demo', name: 'demo-key' },
        { __typename: 'Jwk', projectName: 'demo', name: 'demo-jwk' },
        { __typename: 'Certificate', projectName: 'demo', name: 'demo-certificate' },
        { __typename: 'Jwk', projectName: 'demo', name: 'demo-jwk' },
        { __typename: 'Key', projectName: 'demo', name: 'missing' },
      ],
    },
    env.demoAuth,
  );
  expect(result.errors).toBeUndefined();
  expect(result.data?._entities).toEqual([
    {
      __typename: 'Keystore',
      name: 'demo-keystore',
      environments: [{ environmentName: 'production' }, { environmentName: 'staging' }],
    },
    { __typename: 'Key', name: 'demo-key', keyType: 'PRIVATE_KEY' },
    { __typename: 'Jwk', name: 'demo-jwk', kid: 'demo-kid' },
    {
      __typename: 'Certificate',
      name: 'demo-certificate',
      environments: [
        { subject: 'CN=demo.apinizer.local, O=Apinizer Demo' },
        { subject: 'CN=demo.apinizer.local, O=Apinizer Demo' },
      ],
    },
    { __typename: 'Jwk', name: 'demo-jwk', kid: 'demo-kid' },
    null,
  ]);
  // Five distinct references, five gets: the repeated JWK is read once.
  expect(env.simulator.received).toHaveLength(5);
});

it('_service publishes the subgraph SDL with the entity keys', async () => {
  const result = await env.gateway.post(`{ _service { sdl } }`, {}, {});
  const { sdl } = dataOf<{ sdl: string }>(result, '_service');
  expect(sdl).toContain(
    '@link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key", "@composeDirective"])',
  );
  expect(sdl).toContain('input FileInput @oneOf');
  expect(sdl).toMatch(/type Keystore\s+@key\(fields: "projectName name"\)/);
});
