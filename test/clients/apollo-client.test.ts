import { ApolloClient, gql, InMemoryCache } from '@apollo/client';
import UploadHttpLink from 'apollo-upload-client/UploadHttpLink.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import possibleTypes from '../../examples/generated/possible-types.js';
import { type Simulated, startSimulated } from '../helpers/simulated.js';
import {
  certificateInput,
  keystoreInput,
  MISSING_JWK,
  p12File,
  pemFile,
  READ_JWK,
  RENEW_CERTIFICATE,
  REPLACE_KEYSTORE,
} from './shared.js';

/*
 * A frontend's real stack against the demo gateway: Apollo Client 4 with apollo-upload-client,
 * configured with nothing but the URL and the token (no CSRF header: the token is enough), and
 * the cache told the union members (possibleTypes, written by codegen).
 */

let env: Simulated;
let client: ApolloClient;
beforeAll(async () => {
  env = await startSimulated();
  client = new ApolloClient({
    link: new UploadHttpLink({
      uri: env.gateway.url.href,
      headers: { authorization: `Bearer ${env.simulator.demo?.token}` },
    }),
    cache: new InMemoryCache({ possibleTypes: possibleTypes.possibleTypes }),
  });
});
afterAll(async () => {
  client.stop();
  await env.close();
});

const dataOf = (result: { data?: unknown }, field: string) =>
  (result.data as Record<string, Record<string, unknown>>)[field];

describe('Apollo Client + apollo-upload-client', () => {
  it('uploads a PEM certificate (multipart) and reads the success member', async () => {
    const result = await client.mutate({
      mutation: gql(RENEW_CERTIFICATE),
      variables: { input: certificateInput(pemFile()) },
    });
    expect(dataOf(result, 'updateCertificate')).toMatchObject({
      __typename: 'UpdateCertificateSuccess',
      certificate: {
        name: 'demo-certificate',
        environments: [
          { environmentName: 'production', subject: 'CN=api.example.test, O=Example' },
        ],
      },
    });
    expect(env.simulator.received.some((r) => r.contentType?.startsWith('multipart/'))).toBe(true);
  });

  it('uploads a PKCS12 keystore with its password', async () => {
    const result = await client.mutate({
      mutation: gql(REPLACE_KEYSTORE),
      variables: { input: keystoreInput(p12File()) },
    });
    expect(dataOf(result, 'updateKeystore')).toMatchObject({
      __typename: 'UpdateKeystoreSuccess',
      keystore: { name: 'demo-keystore' },
    });
  });

  it('switches on __typename and keeps the error members fields (possibleTypes)', async () => {
    const invalid = await client.mutate({
      mutation: gql(RENEW_CERTIFICATE),
      variables: { input: certificateInput(new File(['hello'], 'hello.pem')) },
    });
    expect(dataOf(invalid, 'updateCertificate')).toMatchObject({
      __typename: 'ValidationError',
      message: expect.stringMatching(/PEM/),
      field: 'input.pemFile',
    });
    const missing = await client.mutate({ mutation: gql(MISSING_JWK) });
    expect(dataOf(missing, 'updateJwk')).toEqual({
      __typename: 'NotFoundError',
      message: expect.stringMatching(/no-such-jwk/),
      resourceType: 'JWK',
    });
  });

  it('runs a query', async () => {
    const result = await client.query({ query: gql(READ_JWK) });
    expect(dataOf(result, 'jwk')).toMatchObject({ name: 'demo-jwk' });
  });
});
