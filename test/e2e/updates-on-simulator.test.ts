import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bearer } from '../helpers/gateway.js';
import { makeMaterial } from '../helpers/material.js';
import { type Simulated, startSimulated } from '../helpers/simulated.js';

const material = makeMaterial();
const b64 = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64');
let env: Simulated;

beforeAll(async () => {
  env = await startSimulated({ APINIZER_HEADERS_TIMEOUT_MS: '400' });
  env.simulator.store.addProject('other');
});
afterAll(() => env.close());
beforeEach(() => {
  env.simulator.faults.reset();
  env.simulator.received.length = 0;
});

const KEYSTORE = /* GraphQL */ `
  mutation($name: String!, $input: UpdateKeystoreInput!) {
    updateKeystore(projectName: "demo", keystoreName: $name, input: $input) {
      __typename
      ... on UpdateKeystoreSuccess {
        deployment { success environmentResults { environmentName success message } }
        keystore { name description environments { environmentName keyStoreType } }
      }
      ... on NotFoundError { resourceType name }
      ... on NameConflictError { name }
      ... on UpstreamError { status reason }
      ... on Error { message }
    }
  }
`;

describe('updateKeystore on the simulator', () => {
  it('replaces the file, renames, and reads the keystore back under its new name', async () => {
    const result = await env.gateway.post(
      KEYSTORE,
      {
        name: 'demo-keystore',
        input: {
          name: 'signing-keystore',
          environments: [
            {
              environmentName: 'staging',
              file: { base64: b64(material.jks) },
              password: material.password,
              keyStoreType: 'JKS',
            },
          ],
        },
      },
      env.demoAuth,
    );
    expect(result.data?.updateKeystore).toEqual({
      __typename: 'UpdateKeystoreSuccess',
      deployment: {
        success: true,
        environmentResults: [
          { environmentName: 'staging', success: true, message: 'Deployed successfully' },
        ],
      },
      keystore: {
        name: 'signing-keystore',
        description: 'Signing keystore',
        environments: [{ environmentName: 'staging', keyStoreType: 'JKS' }],
      },
    });
    // The write, then one read of the new name: the resource is fetched because it was selected.
    expect(env.simulator.received.map((r) => `${r.method} ${r.rawPath}`)).toEqual([
      'PUT /apiops/projects/demo/keystores/demo-keystore/',
      'GET /apiops/projects/demo/keystores/signing-keystore/',
    ]);
  });

  it('does not read the keystore when the client does not select it', async () => {
    await env.gateway.post(
      `mutation { updateKeystore(projectName: "demo", keystoreName: "signing-keystore", input: { description: "x" }) { __typename } }`,
      {},
      env.demoAuth,
    );
    expect(env.simulator.received.map((r) => r.method)).toEqual(['PUT']);
  });

  it("a wrong keystore password is Apinizer's ValidationError", async () => {
    const result = await env.gateway.post(
      KEYSTORE,
      {
        name: 'signing-keystore',
        input: {
          environments: [
            {
              environmentName: 'production',
              file: { base64: b64(material.p12) },
              password: 'wrong',
              keyStoreType: 'PKCS12',
            },
          ],
        },
      },
      env.demoAuth,
    );
    expect(result.data?.updateKeystore).toEqual({
      __typename: 'ValidationError',
      message: 'Keystore could not be opened: the password is incorrect!',
    });
  });

  it('a missing keystore is NotFoundError with its name', async () => {
    const result = await env.gateway.post(
      KEYSTORE,
      { name: 'nope', input: { description: 'x' } },
      env.demoAuth,
    );
    expect(result.data?.updateKeystore).toEqual({
      __typename: 'NotFoundError',
      message: 'Keystore (name: nope) is not found! Try create operation.',
      resourceType: 'KEYSTORE',
      name: 'nope',
    });
  });

  it('a failing environment shows in the deployment report', async () => {
    env.simulator.faults.failDeployments('staging', 'Gateway pods unreachable');
    const result = await env.gateway.post(
      KEYSTORE,
      { name: 'signing-keystore', input: { description: 'y' } },
      env.demoAuth,
    );
    expect(result.data?.updateKeystore).toMatchObject({
      deployment: {
        success: false,
        environmentResults: [
          { environmentName: 'staging', success: false, message: 'Gateway pods unreachable' },
        ],
      },
    });
  });

  it('a 500 from Apinizer is UpstreamError; a write Apinizer is too slow to answer is in doubt', async () => {
    env.simulator.faults.answerNext({
      status: 500,
      body: '{"error":"internal_error","error_description":"Mongo down"}',
    });
    const failed = await env.gateway.post(
      KEYSTORE,
      { name: 'signing-keystore', input: { description: 'z' } },
      env.demoAuth,
    );
    expect(failed.data?.updateKeystore).toEqual({
      __typename: 'UpstreamError',
      message: 'Mongo down',
      status: 500,
      reason: 'HTTP_ERROR',
    });
    env.simulator.faults.delayMs = 1500;
    const slow = await env.gateway.post(
      KEYSTORE,
      { name: 'signing-keystore', input: { description: 'z' } },
      env.demoAuth,
    );
    expect(slow.data?.updateKeystore).toMatchObject({
      __typename: 'UnknownOutcomeError',
      message: expect.stringMatching(/did not answer within .*may or may not have taken effect/),
    });
  });
});

const KEY = /* GraphQL */ `
  mutation($name: String!, $input: UpdateKeyInput!) {
    updateKey(projectName: "demo", keyName: $name, input: $input) {
      __typename
      ... on UpdateKeySuccess { key { name keyType environments { environmentName alias } } }
      ... on NameConflictError { name }
      ... on Error { message }
    }
  }
`;

describe('updateKey on the simulator', () => {
  it('changes the key type and material', async () => {
    const result = await env.gateway.post(
      KEY,
      {
        name: 'demo-key',
        input: {
          keyType: 'PUBLIC_KEY',
          environments: [
            {
              environmentName: 'production',
              content: { base64: b64(material.publicKeyPem) },
              alias: 'verify',
            },
          ],
        },
      },
      env.demoAuth,
    );
    expect(result.data?.updateKey).toEqual({
      __typename: 'UpdateKeySuccess',
      key: {
        name: 'demo-key',
        keyType: 'PUBLIC_KEY',
        environments: [{ environmentName: 'production', alias: 'verify' }],
      },
    });
  });

  it("a rename onto another key's name is NameConflictError", async () => {
    const project = env.simulator.store.projects.get('demo');
    const existing = project?.keys.get('demo-key');
    if (!project || !existing) throw new Error('seed changed');
    project.keys.set('taken', { ...existing, id: 'other-id', name: 'taken' });
    const result = await env.gateway.post(
      KEY,
      { name: 'demo-key', input: { name: 'taken' } },
      env.demoAuth,
    );
    expect(result.data?.updateKey).toEqual({
      __typename: 'NameConflictError',
      message: 'Key (name: taken) is already exist!',
      name: 'taken',
    });
  });
});

describe('updateJwk on the simulator', () => {
  it('renames, detaches the JWK from its certificate and redeploys everywhere', async () => {
    const result = await env.gateway.post(
      `mutation { updateJwk(projectName: "demo", jwkName: "demo-jwk", input: { name: "backend-jwk" }) {
        __typename
        ... on UpdateJwkSuccess { deployment { environmentResults { environmentName } } jwk { name sourceType sourceId kid } }
      } }`,
      {},
      env.demoAuth,
    );
    expect(result.data?.updateJwk).toEqual({
      __typename: 'UpdateJwkSuccess',
      deployment: {
        environmentResults: [{ environmentName: 'production' }, { environmentName: 'staging' }],
      },
      jwk: { name: 'backend-jwk', sourceType: 'CERTIFICATE', sourceId: null, kid: 'demo-kid' },
    });
  });
});

describe('tokens and permissions, as Apinizer decides them', () => {
  const UPDATE_JWK = `mutation { updateJwk(projectName: "demo", jwkName: "backend-jwk", input: { description: "x" }) { __typename ... on Error { message } } }`;

  it('a token that may only read gets PermissionDeniedError', async () => {
    const result = await env.gateway.post(
      UPDATE_JWK,
      {},
      bearer(env.simulator.demo?.readOnlyToken),
    );
    expect(result.data?.updateJwk).toEqual({
      __typename: 'PermissionDeniedError',
      message: 'User viewer does not have SECRETS + MANAGE permission in project demo',
    });
  });

  it('an unknown token gets AuthenticationError', async () => {
    const result = await env.gateway.post(UPDATE_JWK, {}, bearer('not-a-real-token'));
    expect(result.data?.updateJwk).toEqual({
      __typename: 'AuthenticationError',
      message: 'Invalid access token',
    });
  });

  it('an expired token gets AuthenticationError', async () => {
    env.simulator.store.tokens.set('expired', {
      user: 'old',
      projects: { '*': ['SECRETS', 'MANAGE'] },
      expiresAt: new Date(Date.now() - 1000),
    });
    const result = await env.gateway.post(UPDATE_JWK, {}, bearer('expired'));
    expect(result.data?.updateJwk).toEqual({
      __typename: 'AuthenticationError',
      message: 'Access token expired',
    });
  });

  it('a project the token cannot see is NotFoundError PROJECT', async () => {
    env.simulator.store.tokens.set('demo-only', {
      user: 'd',
      projects: { demo: ['SECRETS', 'MANAGE'] },
    });
    const result = await env.gateway.post(
      `mutation { updateJwk(projectName: "other", jwkName: "x", input: {}) { __typename ... on NotFoundError { resourceType name } } }`,
      {},
      bearer('demo-only'),
    );
    expect(result.data?.updateJwk).toEqual({
      __typename: 'NotFoundError',
      resourceType: 'PROJECT',
      name: 'other',
    });
  });

  it('MANAGE without DEPLOY_UNDEPLOY saves but reports the deployment as failed', async () => {
    env.simulator.store.tokens.set('no-deploy', {
      user: 'nd',
      projects: { demo: ['SECRETS', 'MANAGE'] },
    });
    const result = await env.gateway.post(
      `mutation { updateJwk(projectName: "demo", jwkName: "backend-jwk", input: { description: "saved" }) {
        ... on UpdateJwkSuccess { deployment { success } jwk { description } } } }`,
      {},
      bearer('no-deploy'),
    );
    expect(result.data?.updateJwk).toEqual({
      deployment: { success: false },
      jwk: { description: 'saved' },
    });
  });
});

describe('reads', () => {
  it('a missing resource is null; a missing token is an UNAUTHENTICATED error', async () => {
    const missing = await env.gateway.post(
      `{ keystore(projectName: "demo", name: "nope") { name } }`,
      {},
      env.demoAuth,
    );
    expect(missing).toMatchObject({ data: { keystore: null } });
    expect(missing.errors).toBeUndefined();
    const anonymous = await env.gateway.post(
      `{ keystore(projectName: "demo", name: "x") { name } }`,
      {},
      {},
    );
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('the same resource asked for twice in one operation costs one call', async () => {
    const result = await env.gateway.post(
      `{ a: key(projectName: "demo", name: "demo-key") { name } b: key(projectName: "demo", name: "demo-key") { keyType } }`,
      {},
      env.demoAuth,
    );
    expect(result.data).toEqual({ a: { name: 'demo-key' }, b: { keyType: 'PUBLIC_KEY' } });
    expect(env.simulator.received).toHaveLength(1);
  });

  it('a project the token cannot see is a NOT_FOUND error, not null', async () => {
    const result = await env.gateway.post(
      `{ jwk(projectName: "ghost", name: "x") { name } }`,
      {},
      env.demoAuth,
    );
    expect(result.errors?.[0]).toMatchObject({
      message: 'Project(ghost) was not found or user does not have privilege to access it!',
      extensions: { code: 'NOT_FOUND', resourceType: 'PROJECT' },
    });
  });
});
