import { makeMaterial } from '../helpers/material.js';

/** What every client test sends: a renewed certificate, and a PKCS12 keystore with its password. */
export const material = makeMaterial();

export const RENEW_CERTIFICATE = /* GraphQL */ `
  mutation RenewCertificate($input: UpdateCertificateInput!) {
    updateCertificate(projectName: "demo", certificateName: "demo-certificate", input: $input) {
      __typename
      ... on UpdateCertificateSuccess {
        certificate { name environments { environmentName subject } }
      }
      ... on Error { message }
      ... on ValidationError { field }
    }
  }
`;

export const REPLACE_KEYSTORE = /* GraphQL */ `
  mutation ReplaceKeystore($input: UpdateKeystoreInput!) {
    updateKeystore(projectName: "demo", keystoreName: "demo-keystore", input: $input) {
      __typename
      ... on UpdateKeystoreSuccess { keystore { name environments { environmentName keyStoreType } } }
      ... on Error { message }
    }
  }
`;

export const READ_JWK = /* GraphQL */ `
  query ReadJwk { jwk(projectName: "demo", name: "demo-jwk") { name kid } }
`;

export const MISSING_JWK = /* GraphQL */ `
  mutation DescribeMissing {
    updateJwk(projectName: "demo", jwkName: "no-such-jwk", input: { description: "x" }) {
      __typename
      ... on Error { message }
      ... on NotFoundError { resourceType }
    }
  }
`;

export const certificateInput = (file: File) => ({
  alias: 'client',
  description: 'Renewed from a client',
  environmentNames: ['production'],
  pemFile: { upload: file },
});

export const keystoreInput = (file: File) => ({
  environments: [
    {
      environmentName: 'production',
      file: { upload: file },
      password: material.password,
      alias: 'server',
      keyStoreType: 'PKCS12',
    },
  ],
});

export const pemFile = () =>
  new File([material.certificate.pem], 'renewed.pem', { type: 'application/x-pem-file' });
export const p12File = () =>
  new File([new Uint8Array(material.p12)], 'server.p12', { type: 'application/x-pkcs12' });
