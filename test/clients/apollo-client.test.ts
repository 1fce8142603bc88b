import { ApolloClient, gql, InMemoryCache } from '@apollo/client';
import UploadHttpLink from 'apollo-upload-client/UploadHttpLink.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import possibleTypes from '../../examples/generated/possible-types.js';
import { selfSignedCertificate } from '../../src/simulator/material.js';
import { type Simulated, startSimulated } from '../helpers/simulated.js';

/*
 * A frontend's real stack against the demo gateway: Apollo Client 4 with apollo-upload-client,
 * the cache told the union members (possibleTypes from codegen), the CSRF preflight header set
 * on the link (apollo-upload-client does not add it).
 */

let env: Simulated;
let client: ApolloClient;
beforeAll(async () => {
  env = await startSimulated();
  client = new ApolloClient({
    link: new UploadHttpLink({
      uri: env.gateway.url.href,
      headers: {
        authorization: `Bearer ${env.simulator.demo?.token}`,
        'apollo-require-preflight': 'true',
      },
    }),
    cache: new InMemoryCache({ possibleTypes: possibleTypes.possibleTypes }),
  });
});
afterAll(async () => {
  client.stop();
  await env.close();
});

const RENEW = gql`
  mutation Renew($input: UpdateCertificateInput!) {
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

describe('Apollo Client + apollo-upload-client', () => {
  it('uploads a PEM certificate as a multipart request and reads the success member', async () => {
    const pem = selfSignedCertificate({ commonName: 'apollo.example.test' }).pem;
    const result = await client.mutate({
      mutation: RENEW,
      variables: {
        input: {
          alias: 'apollo',
          description: 'Renewed from Apollo Client',
          environmentNames: ['production'],
          pemFile: { upload: new File([pem], 'apollo.pem', { type: 'application/x-pem-file' }) },
        },
      },
    });
    expect(result.data).toEqual({
      updateCertificate: {
        __typename: 'UpdateCertificateSuccess',
        certificate: {
          __typename: 'Certificate',
          name: 'demo-certificate',
          environments: [
            {
              __typename: 'CertificateEnvironment',
              environmentName: 'production',
              subject: 'CN=apollo.example.test',
            },
          ],
        },
      },
    });
    expect(
      env.simulator.received.some((r) => r.contentType?.startsWith('multipart/form-data')),
    ).toBe(true);
  });

  it('switches on __typename and keeps the error members fields (possibleTypes)', async () => {
    const result = await client.mutate({
      mutation: RENEW,
      variables: {
        input: {
          alias: 'apollo',
          description: 'not a certificate',
          environmentNames: ['production'],
          pemFile: { upload: new File(['hello'], 'hello.pem') },
        },
      },
    });
    const answer = (result.data as { updateCertificate: unknown }).updateCertificate as {
      __typename: string;
      message?: string;
      field?: string;
    };
    expect(answer.__typename).toBe('ValidationError');
    expect(answer.message).toMatch(/PEM/);
    expect(answer.field).toBe('input.pemFile');
  });

  it('runs a query with the same client', async () => {
    const result = await client.query({
      query: gql`query Jwk { jwk(projectName: "demo", name: "demo-jwk") { name kid } }`,
    });
    expect(result.data).toMatchObject({ jwk: { name: 'demo-jwk' } });
  });
});
