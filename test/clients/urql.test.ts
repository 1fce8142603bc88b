import { Client, fetchExchange } from '@urql/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
 * urql 6 with its default options: queries go out as GET, uploads as multipart, and the only
 * configuration is the URL and the token.
 */

let env: Simulated;
let client: Client;
const methods: string[] = [];
beforeAll(async () => {
  env = await startSimulated();
  env.gateway.http.server.on('request', (req) => methods.push(req.method ?? ''));
  client = new Client({
    url: env.gateway.url.href,
    exchanges: [fetchExchange],
    fetchOptions: () => ({ headers: { authorization: `Bearer ${env.simulator.demo?.token}` } }),
  });
});
afterAll(() => env.close());

describe('urql (default options)', () => {
  it('runs a query, sent as GET', async () => {
    methods.length = 0;
    const result = await client.query(READ_JWK, {}).toPromise();
    expect(result.error).toBeUndefined();
    expect(result.data?.jwk).toMatchObject({ name: 'demo-jwk' });
    expect(methods).toEqual(['GET']);
  });

  it('uploads a certificate and a PKCS12 keystore', async () => {
    const certificate = await client
      .mutation(RENEW_CERTIFICATE, { input: certificateInput(pemFile()) })
      .toPromise();
    expect(certificate.error).toBeUndefined();
    expect(certificate.data?.updateCertificate.__typename).toBe('UpdateCertificateSuccess');
    const keystore = await client
      .mutation(REPLACE_KEYSTORE, { input: keystoreInput(p12File()) })
      .toPromise();
    expect(keystore.data?.updateKeystore.__typename).toBe('UpdateKeystoreSuccess');
  });

  it('reads a typed error with its message', async () => {
    const result = await client.mutation(MISSING_JWK, {}).toPromise();
    expect(result.data?.updateJwk).toMatchObject({
      __typename: 'NotFoundError',
      message: expect.stringMatching(/no-such-jwk/),
      resourceType: 'JWK',
    });
  });
});
