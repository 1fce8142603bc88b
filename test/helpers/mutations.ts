import type { Material } from './material.js';

/** One minimal, valid call of each update mutation, selecting every error member's fields. */
export interface MutationCase {
  readonly field: 'updateKeystore' | 'updateKey' | 'updateJwk' | 'updateCertificate';
  readonly successType: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
  /** The resource path segment Apinizer sees. */
  readonly resourcePath: string;
  readonly resourceType: 'KEYSTORE' | 'KEY' | 'JWK' | 'CERTIFICATE';
  readonly resourceName: string;
}

const ERROR_SELECTION = `
  ... on Error { message }
  ... on NotFoundError { resourceType name }
  ... on NameConflictError { name }
  ... on ValidationError { field }
  ... on UpstreamError { status reason }
  ... on UnknownOutcomeError { resourceType name }
`;

const DEPLOYMENT = 'deployment { success environmentResults { environmentName success message } }';

export function mutationCases(material: Material): MutationCase[] {
  return [
    {
      field: 'updateKeystore',
      successType: 'UpdateKeystoreSuccess',
      resourcePath: '/apiops/projects/demo/keystores/ks/',
      resourceType: 'KEYSTORE',
      resourceName: 'ks',
      query: `mutation($input: UpdateKeystoreInput!) {
        updateKeystore(projectName: "demo", keystoreName: "ks", input: $input) {
          __typename ... on UpdateKeystoreSuccess { ${DEPLOYMENT} } ${ERROR_SELECTION}
        }
      }`,
      variables: { input: { description: 'd' } },
    },
    {
      field: 'updateKey',
      successType: 'UpdateKeySuccess',
      resourcePath: '/apiops/projects/demo/keys/key/',
      resourceType: 'KEY',
      resourceName: 'key',
      query: `mutation($input: UpdateKeyInput!) {
        updateKey(projectName: "demo", keyName: "key", input: $input) {
          __typename ... on UpdateKeySuccess { ${DEPLOYMENT} } ${ERROR_SELECTION}
        }
      }`,
      variables: { input: { description: 'd' } },
    },
    {
      field: 'updateJwk',
      successType: 'UpdateJwkSuccess',
      resourcePath: '/apiops/projects/demo/jwks/jwk/',
      resourceType: 'JWK',
      resourceName: 'jwk',
      query: `mutation($input: UpdateJwkInput!) {
        updateJwk(projectName: "demo", jwkName: "jwk", input: $input) {
          __typename ... on UpdateJwkSuccess { ${DEPLOYMENT} } ${ERROR_SELECTION}
        }
      }`,
      variables: { input: { description: 'd' } },
    },
    {
      field: 'updateCertificate',
      successType: 'UpdateCertificateSuccess',
      resourcePath: '/apiops/projects/demo/certificates/cert/',
      resourceType: 'CERTIFICATE',
      resourceName: 'cert',
      query: `mutation($input: UpdateCertificateInput!) {
        updateCertificate(projectName: "demo", certificateName: "cert", input: $input) {
          __typename ... on UpdateCertificateSuccess { ${DEPLOYMENT} } ${ERROR_SELECTION}
        }
      }`,
      variables: {
        input: {
          alias: 'a',
          description: 'd',
          environmentNames: ['production'],
          pemFile: { base64: Buffer.from(material.certificate.pem).toString('base64') },
        },
      },
    },
  ];
}
