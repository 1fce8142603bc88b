import { X509Certificate } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { selfSignedCertificate } from '../../src/simulator/material.js';
import { type Simulated, startSimulated } from '../helpers/simulated.js';

let env: Simulated;
beforeAll(async () => {
  env = await startSimulated();
});
afterAll(() => env.close());

const UPDATE = /* GraphQL */ `
  mutation($input: UpdateCertificateInput!) {
    updateCertificate(projectName: "demo", certificateName: "demo-certificate", input: $input) {
      __typename
      ... on UpdateCertificateSuccess {
        deployment { success environmentResults { environmentName success } }
        certificate {
          name description
          environments { environmentName alias subject notBefore notAfter sha1Thumbprint daysUntilExpiry }
        }
      }
      ... on Error { message }
    }
  }
`;

it('a real multipart upload replaces the certificate, and Apinizer then reports the new one', async () => {
  const DAY = 24 * 60 * 60 * 1000;
  const notBefore = new Date(Math.floor(Date.now() / 1000) * 1000 - DAY);
  const notAfter = new Date(notBefore.getTime() + 90 * DAY);
  const issued = selfSignedCertificate({
    commonName: 'renewed.example.test',
    organization: 'Renewals',
    notBefore,
    notAfter,
  });
  const expected = new X509Certificate(issued.pem);

  const result = await env.gateway.upload(
    UPDATE,
    {
      input: {
        alias: 'renewed',
        description: 'Renewed for 90 days',
        environmentNames: ['production'],
        pemFile: { upload: null },
      },
    },
    {
      0: {
        path: 'variables.input.pemFile.upload',
        file: new Blob([issued.pem], { type: 'application/x-pem-file' }),
        name: 'renewed.pem',
      },
    },
    env.demoAuth,
  );

  expect(result.errors).toBeUndefined();
  expect(result.data?.updateCertificate).toEqual({
    __typename: 'UpdateCertificateSuccess',
    deployment: {
      success: true,
      environmentResults: [{ environmentName: 'production', success: true }],
    },
    certificate: {
      name: 'demo-certificate',
      description: 'Renewed for 90 days',
      environments: [
        {
          environmentName: 'production',
          alias: 'renewed',
          subject: 'CN=renewed.example.test, O=Renewals',
          notBefore: notBefore.toISOString(),
          notAfter: notAfter.toISOString(),
          sha1Thumbprint: expected.fingerprint.replaceAll(':', ''),
          daysUntilExpiry: 88,
        },
      ],
    },
  });

  // A later read (a new request, so no loader cache) sees the same certificate.
  const read = await env.gateway.post(
    `{ certificate(projectName: "demo", name: "demo-certificate") { environments { subject notAfter } } }`,
    {},
    env.demoAuth,
  );
  expect(read.data?.certificate).toEqual({
    environments: [
      { subject: 'CN=renewed.example.test, O=Renewals', notAfter: notAfter.toISOString() },
    ],
  });
});

it('a PEM that the gateway accepts but names an unknown environment comes back as NotFoundError', async () => {
  const issued = selfSignedCertificate({ commonName: 'x.example.test' });
  const result = await env.gateway.upload(
    UPDATE,
    {
      input: { alias: 'x', description: 'd', environmentNames: ['qa'], pemFile: { upload: null } },
    },
    { 0: { path: 'variables.input.pemFile.upload', file: new Blob([issued.pem]), name: 'x.pem' } },
    env.demoAuth,
  );
  expect(result.data?.updateCertificate).toEqual({
    __typename: 'NotFoundError',
    message: 'Environment (name: qa) is not found!',
  });
});
