import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bearer } from '../helpers/gateway.js';
import { makeMaterial } from '../helpers/material.js';
import { mutationCases } from '../helpers/mutations.js';
import { useRecordedGateway } from '../helpers/recorded.js';

const material = makeMaterial();
const b64 = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64');
const env = useRecordedGateway({
  UPLOAD_MAX_FILE_BYTES: '4096',
  UPLOAD_MAX_FILES: '1',
});

const KEYSTORE = /* GraphQL */ `
  mutation($project: String! = "p", $name: String! = "ks", $input: UpdateKeystoreInput!, $action: JwkUpdateAction, $scope: UpdateScope) {
    updateKeystore(projectName: $project, keystoreName: $name, input: $input, jwkUpdateAction: $action, updateScope: $scope) {
      __typename ... on ValidationError { message field } ... on Error { message }
    }
  }
`;
const KEY = /* GraphQL */ `
  mutation($input: UpdateKeyInput!, $action: JwkUpdateAction, $scope: UpdateScope) {
    updateKey(projectName: "p", keyName: "k", input: $input, jwkUpdateAction: $action, updateScope: $scope) {
      __typename ... on ValidationError { message field } ... on Error { message }
    }
  }
`;
const JWK = /* GraphQL */ `
  mutation($name: String! = "j", $input: UpdateJwkInput!) {
    updateJwk(projectName: "p", jwkName: $name, input: $input) {
      __typename ... on ValidationError { message field } ... on Error { message }
    }
  }
`;
const CERTIFICATE = /* GraphQL */ `
  mutation($input: UpdateCertificateInput!, $action: JwkUpdateAction, $scope: UpdateScope) {
    updateCertificate(projectName: "p", certificateName: "c", input: $input, jwkUpdateAction: $action, updateScope: $scope) {
      __typename ... on ValidationError { message field } ... on Error { message }
    }
  }
`;

const keystoreEnv = (overrides: Record<string, unknown> = {}) => ({
  environmentName: 'production',
  file: { base64: b64(material.p12) },
  password: material.password,
  keyStoreType: 'PKCS12',
  ...overrides,
});
const certInput = (overrides: Record<string, unknown> = {}) => ({
  alias: 'a',
  description: 'd',
  environmentNames: ['production'],
  pemFile: { base64: b64(material.certificate.pem) },
  ...overrides,
});

/** Each case: a mutation with bad input, the field the ValidationError names, words in its message. */
const invalid: {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  field: string;
  says: RegExp;
}[] = [
  {
    name: 'blank project name',
    query: KEYSTORE,
    variables: { project: ' ', input: {} },
    field: 'projectName',
    says: /must not be empty/,
  },
  {
    name: 'empty keystore name',
    query: KEYSTORE,
    variables: { name: '', input: {} },
    field: 'keystoreName',
    says: /must not be empty/,
  },
  {
    name: 'empty JWK name',
    query: JWK,
    variables: { name: '', input: {} },
    field: 'jwkName',
    says: /must not be empty/,
  },
  {
    name: 'rename to blank',
    query: JWK,
    variables: { input: { name: '  ' } },
    field: 'input.name',
    says: /must not be empty/,
  },
  {
    name: 'UPDATE without updateScope (keystore)',
    query: KEYSTORE,
    variables: { input: { description: 'd' }, action: 'UPDATE' },
    field: 'updateScope',
    says: /needs updateScope/,
  },
  {
    name: 'UPDATE without updateScope (key)',
    query: KEY,
    variables: { input: { description: 'd' }, action: 'UPDATE' },
    field: 'updateScope',
    says: /needs updateScope/,
  },
  {
    name: 'UPDATE without updateScope (certificate)',
    query: CERTIFICATE,
    variables: { input: certInput(), action: 'UPDATE' },
    field: 'updateScope',
    says: /needs updateScope/,
  },
  {
    name: 'base64 with bad characters',
    query: KEYSTORE,
    variables: { input: { environments: [keystoreEnv({ file: { base64: 'not*base64!' } })] } },
    field: 'input.environments[0].file.base64',
    says: /not valid base64: .*outside the base64 alphabet/,
  },
  {
    name: 'base64 without padding',
    query: KEY,
    variables: {
      input: { environments: [{ environmentName: 'e', content: { base64: 'YWJjZA' } }] },
    },
    field: 'input.environments[0].content.base64',
    says: /padding/,
  },
  {
    name: 'base64 with line breaks',
    query: CERTIFICATE,
    variables: { input: certInput({ pemFile: { base64: 'YWJj\nZGVm' } }) },
    field: 'input.pemFile.base64',
    says: /line breaks/,
  },
  {
    name: 'base64url instead of base64',
    query: CERTIFICATE,
    variables: { input: certInput({ pemFile: { base64: 'ab-_' } }) },
    field: 'input.pemFile.base64',
    says: /base64url/,
  },
  {
    name: 'empty file',
    query: KEYSTORE,
    variables: { input: { environments: [keystoreEnv({ file: { base64: '' } })] } },
    field: 'input.environments[0].file',
    says: /is empty/,
  },
  {
    name: 'file over the size limit',
    query: KEY,
    variables: {
      input: {
        environments: [{ environmentName: 'e', content: { base64: b64(randomBytes(5000)) } }],
      },
    },
    field: 'input.environments[0].content',
    says: /larger than the 4096-byte limit/,
  },
  {
    name: 'PKCS12 bytes declared JKS',
    query: KEYSTORE,
    variables: { input: { environments: [keystoreEnv({ keyStoreType: 'JKS' })] } },
    field: 'input.environments[0].file',
    says: /is a PKCS12 keystore, but keyStoreType is JKS/,
  },
  {
    name: 'JKS bytes declared PKCS12',
    query: KEYSTORE,
    variables: { input: { environments: [keystoreEnv({ file: { base64: b64(material.jks) } })] } },
    field: 'input.environments[0].file',
    says: /is a JKS keystore, but keyStoreType is PKCS12/,
  },
  {
    name: 'random bytes as a keystore',
    query: KEYSTORE,
    variables: {
      input: { environments: [keystoreEnv({ file: { base64: b64(randomBytes(64)) } })] },
    },
    field: 'input.environments[0].file',
    says: /neither a JKS nor a PKCS12/,
  },
  {
    name: 'empty keystore password',
    query: KEYSTORE,
    variables: { input: { environments: [keystoreEnv({ password: '' })] } },
    field: 'input.environments[0].password',
    says: /must not be empty/,
  },
  {
    name: 'no environments at all',
    query: KEYSTORE,
    variables: { input: { environments: [] } },
    field: 'input.environments',
    says: /at least one environment/,
  },
  {
    name: 'an environment twice',
    query: KEYSTORE,
    variables: { input: { environments: [keystoreEnv(), keystoreEnv()] } },
    field: 'input.environments[1].environmentName',
    says: /twice/,
  },
  {
    name: 'blank environment name',
    query: KEY,
    variables: { input: { environments: [{ environmentName: '', content: { base64: 'YWJj' } }] } },
    field: 'input.environments[0].environmentName',
    says: /must not be empty/,
  },
  {
    name: 'public key content for PRIVATE_KEY',
    query: KEY,
    variables: {
      input: {
        keyType: 'PRIVATE_KEY',
        environments: [{ environmentName: 'e', content: { base64: b64(material.publicKeyPem) } }],
      },
    },
    field: 'input.environments[0].content',
    says: /PEM PUBLIC KEY, but keyType is PRIVATE_KEY/,
  },
  {
    name: 'private key content for PUBLIC_KEY',
    query: KEY,
    variables: {
      input: {
        keyType: 'PUBLIC_KEY',
        environments: [{ environmentName: 'e', content: { base64: b64(material.privateKeyPem) } }],
      },
    },
    field: 'input.environments[0].content',
    says: /private key, but keyType is PUBLIC_KEY/,
  },
  {
    name: 'random bytes for PRIVATE_KEY',
    query: KEY,
    variables: {
      input: {
        keyType: 'PRIVATE_KEY',
        environments: [{ environmentName: 'e', content: { base64: b64(randomBytes(100)) } }],
      },
    },
    field: 'input.environments[0].content',
    says: /not a private key in PEM or DER form/,
  },
  {
    name: 'DER certificate instead of PEM',
    query: CERTIFICATE,
    variables: { input: certInput({ pemFile: { base64: b64(material.certificate.der) } }) },
    field: 'input.pemFile',
    says: /not a PEM certificate/,
  },
  {
    name: 'a private key in the certificate file',
    query: CERTIFICATE,
    variables: {
      input: certInput({
        pemFile: { base64: b64(material.certificate.pem + material.privateKeyPem) },
      }),
    },
    field: 'input.pemFile',
    says: /contains a private key/,
  },
  {
    name: 'a broken PEM certificate',
    query: CERTIFICATE,
    variables: {
      input: certInput({
        pemFile: {
          base64: b64('-----BEGIN CERTIFICATE-----\nMIIBroken\n-----END CERTIFICATE-----\n'),
        },
      }),
    },
    field: 'input.pemFile',
    says: /not a valid X\.509 certificate/,
  },
  {
    name: 'blank certificate alias',
    query: CERTIFICATE,
    variables: { input: certInput({ alias: '' }) },
    field: 'input.alias',
    says: /must not be empty/,
  },
  {
    name: 'no certificate environments',
    query: CERTIFICATE,
    variables: { input: certInput({ environmentNames: [] }) },
    field: 'input.environmentNames',
    says: /at least one/,
  },
  {
    name: 'a comma in a certificate environment name',
    query: CERTIFICATE,
    variables: { input: certInput({ environmentNames: ['a,b'] }) },
    field: 'input.environmentNames[0]',
    says: /comma/,
  },
];

describe('input refused before any call to Apinizer', () => {
  it.each(invalid)(
    '$name -> ValidationError, nothing sent',
    async ({ query, variables, field, says }) => {
      const result = await env.gateway.post(query, variables);
      expect(result.errors).toBeUndefined();
      const answer = Object.values(result.data ?? {})[0] as {
        __typename: string;
        field: string;
        message: string;
      };
      expect(answer.__typename).toBe('ValidationError');
      expect(answer.field).toBe(field);
      expect(answer.message).toMatch(says);
      expect(env.upstream.requests).toHaveLength(0);
    },
  );

  it('never echoes a secret in a validation message', async () => {
    const result = await env.gateway.post(KEYSTORE, {
      input: { environments: [keystoreEnv({ keyStoreType: 'JKS', password: 'hunter2-secret' })] },
    });
    expect(JSON.stringify(result)).not.toContain('hunter2-secret');
    expect(JSON.stringify(result)).not.toContain(b64(material.p12).slice(0, 40));
  });
});

describe('authentication before any call', () => {
  const cases = mutationCases(material);
  it.each(cases)(
    '$field without Authorization -> AuthenticationError, nothing sent',
    async (mutation) => {
      const result = await env.gateway.post(mutation.query, mutation.variables, {});
      expect(result.data?.[mutation.field]).toMatchObject({
        __typename: 'AuthenticationError',
        message: expect.stringMatching(/No Authorization header/),
      });
      expect(env.upstream.requests).toHaveLength(0);
    },
  );

  it.each(cases)(
    '$field with a non-Bearer Authorization -> AuthenticationError',
    async (mutation) => {
      const result = await env.gateway.post(mutation.query, mutation.variables, {
        authorization: 'Basic dXNlcjpwYXNz',
      });
      expect(result.data?.[mutation.field]).toMatchObject({ __typename: 'AuthenticationError' });
      expect(env.upstream.requests).toHaveLength(0);
    },
  );
});

describe('GraphQL-level mistakes are ordinary GraphQL errors', () => {
  it('both upload and base64 in a FileInput', async () => {
    const result = await env.gateway.post(KEY, {
      input: {
        environments: [{ environmentName: 'e', content: { base64: 'YWJj', upload: null } }],
      },
    });
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.message).toMatch(/exactly one key|oneOf|must be non-null/i);
    expect(env.upstream.requests).toHaveLength(0);
  });

  it('an unknown enum value', async () => {
    const result = await env.gateway.post(KEYSTORE, { input: {}, action: 'DELETE_ALL' });
    // The enum is named; the value given is not echoed (variables may carry secrets).
    expect(result.errors?.[0]?.message).toMatch(/not one of the JwkUpdateAction values/);
    expect(result.errors?.[0]?.message).not.toMatch(/DELETE_ALL/);
    expect(env.upstream.requests).toHaveLength(0);
  });

  it('a string where an upload belongs', async () => {
    const result = await env.gateway.post(CERTIFICATE, {
      input: certInput({ pemFile: { upload: 'file.pem' } }),
    });
    expect(result.errors?.[0]?.message).toMatch(/multipart/);
    expect(env.upstream.requests).toHaveLength(0);
  });
});

describe('multipart limits and CSRF', () => {
  const uploadCertificate = (file: Blob, headers: Record<string, string>) =>
    env.gateway.upload(
      CERTIFICATE,
      { input: certInput({ pemFile: { upload: null } }) },
      { 0: { path: 'variables.input.pemFile.upload', file, name: 'c.pem' } },
      headers,
    );

  it('a file over UPLOAD_MAX_FILE_BYTES is refused with a clear error', async () => {
    const result = await uploadCertificate(new Blob([randomBytes(10_000)]), bearer());
    expect(JSON.stringify(result.errors ?? result.data)).toMatch(
      /File size limit exceeded: 4096 bytes/,
    );
    expect(env.upstream.requests).toHaveLength(0);
  });

  it('more files than UPLOAD_MAX_FILES are refused', async () => {
    const result = await env.gateway.upload(
      KEYSTORE,
      {
        input: {
          environments: [
            keystoreEnv({ file: { upload: null } }),
            keystoreEnv({ environmentName: 's', file: { upload: null } }),
          ],
        },
      },
      {
        0: {
          path: 'variables.input.environments.0.file.upload',
          file: new Blob([material.p12]),
          name: 'a.p12',
        },
        1: {
          path: 'variables.input.environments.1.file.upload',
          file: new Blob([material.p12]),
          name: 'b.p12',
        },
      },
    );
    expect(JSON.stringify(result.errors)).toMatch(/Files limit exceeded: 1/);
    expect(env.upstream.requests).toHaveLength(0);
  });

  it('a multipart request with neither a token nor a preflight header is refused', async () => {
    // What a form on another site can post unaided (a browser never adds a Bearer token).
    const result = await uploadCertificate(new Blob([material.certificate.pem]), {
      'apollo-require-preflight': '',
    });
    expect(result.status).toBe(403);
    expect(result.errors?.[0]?.extensions?.code).toBe('CSRF_HEADER_REQUIRED');
    expect(result.errors?.[0]?.message).toMatch(/Authorization: Bearer <token>/);
    expect(env.upstream.requests).toHaveLength(0);
  });

  it('a Basic Authorization header (which browsers do attach on their own) does not count', async () => {
    const result = await uploadCertificate(new Blob([material.certificate.pem]), {
      'apollo-require-preflight': '',
      authorization: 'Basic dXNlcjpwYXNz',
    });
    expect(result.status).toBe(403);
  });

  it('a multipart request with a Bearer token passes without a preflight header', async () => {
    const result = await uploadCertificate(new Blob([material.certificate.pem]), {
      ...bearer(),
      'apollo-require-preflight': '',
    });
    expect(result.data?.updateCertificate).toMatchObject({
      __typename: 'UpdateCertificateSuccess',
    });
  });

  it('x-graphql-yoga-csrf lets a multipart request through', async () => {
    const result = await env.gateway.upload(
      CERTIFICATE,
      { input: certInput({ pemFile: { upload: null } }) },
      {
        0: {
          path: 'variables.input.pemFile.upload',
          file: new Blob([material.certificate.pem]),
          name: 'c.pem',
        },
      },
      { ...bearer(), 'x-graphql-yoga-csrf': '1' },
    );
    expect(result.data?.updateCertificate).toMatchObject({
      __typename: 'UpdateCertificateSuccess',
    });
    expect(env.upstream.requests).toHaveLength(1);
  });
});
