import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { TOKEN } from '../helpers/gateway.js';
import { makeMaterial } from '../helpers/material.js';
import { useRecordedGateway } from '../helpers/recorded.js';

const material = makeMaterial();
const b64 = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64');
const env = useRecordedGateway();

const only = () => {
  expect(env.upstream.requests).toHaveLength(1);
  const [request] = env.upstream.requests;
  if (!request) throw new Error('no request');
  expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
  return request;
};
const jsonBody = (request: { body: Buffer }) => JSON.parse(request.body.toString());

describe('creates', () => {
  it('createKeystore -> POST /keystores/ with the whole body', async () => {
    await env.gateway.post(
      `mutation($input: CreateKeystoreInput!) { createKeystore(projectName: "Team A", input: $input) { __typename } }`,
      {
        input: {
          name: 'ks',
          description: 'd',
          environments: [
            {
              environmentName: 'prod',
              file: { base64: b64(material.jks) },
              password: 'pw',
              keyStoreType: 'JKS',
            },
          ],
        },
      },
    );
    const request = only();
    expect(`${request.method} ${request.path}`).toBe('POST /apiops/projects/Team%20A/keystores/');
    expect([...request.query.keys()]).toEqual([]);
    expect(jsonBody(request)).toEqual({
      name: 'ks',
      description: 'd',
      keyStoreEnvironmentList: [
        { environmentName: 'prod', file: b64(material.jks), password: 'pw', keyStoreType: 'JKS' },
      ],
    });
  });

  it('createKey -> POST /keys/', async () => {
    await env.gateway.post(
      `mutation($input: CreateKeyInput!) { createKey(projectName: "p", input: $input) { __typename } }`,
      {
        input: {
          name: 'k',
          keyType: 'SECRET_KEY',
          environments: [{ environmentName: 'prod', content: { base64: 'c2VjcmV0' }, alias: 'a' }],
        },
      },
    );
    const request = only();
    expect(`${request.method} ${request.path}`).toBe('POST /apiops/projects/p/keys/');
    expect(jsonBody(request)).toEqual({
      name: 'k',
      keyType: 'SECRET_KEY',
      cryptoKeyInfoEnvironmentList: [{ environmentName: 'prod', content: 'c2VjcmV0', alias: 'a' }],
    });
  });

  it('createCertificate -> multipart POST /certificates/ with certificateName', async () => {
    await env.gateway.upload(
      `mutation($input: CreateCertificateInput!) { createCertificate(projectName: "p", input: $input) { __typename } }`,
      {
        input: {
          name: 'my cert',
          alias: 'a',
          description: 'd',
          environmentNames: ['prod', 'test'],
          pemFile: { upload: null },
        },
      },
      {
        0: {
          path: 'variables.input.pemFile.upload',
          file: new Blob([material.certificate.pem]),
          name: 'c.pem',
        },
      },
    );
    const request = only();
    expect(`${request.method} ${request.path}`).toBe('POST /apiops/projects/p/certificates/');
    const form = await new Request('http://x/', {
      method: 'POST',
      headers: { 'content-type': String(request.headers['content-type']) },
      body: new Uint8Array(request.body),
    }).formData();
    expect(
      Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === 'string')),
    ).toEqual({
      certificateName: 'my cert',
      alias: 'a',
      certificateDescription: 'd',
      environmentList: 'prod,test',
    });
    expect(await (form.get('pemEncodedFile') as File).text()).toBe(material.certificate.pem);
  });
});

describe('deletes', () => {
  it.each([
    ['deleteKeystore', 'keystoreName', 'keystores'],
    ['deleteKey', 'keyName', 'keys'],
    ['deleteCertificate', 'certificateName', 'certificates'],
    ['deleteJwk', 'jwkName', 'jwks'],
  ])('%s -> DELETE /%s/{name}/', async (field, arg, collection) => {
    const result = await env.gateway.post(
      `mutation { ${field}(projectName: "p", ${arg}: "a/b") { __typename } }`,
    );
    expect(result.data?.[field]).toMatchObject({
      __typename: expect.stringMatching(/^Delete.*Success$/),
    });
    const request = only();
    expect(`${request.method} ${request.path}`).toBe(
      `DELETE /apiops/projects/p/${collection}/a%2Fb/`,
    );
    expect(request.body.length).toBe(0);
  });
});

describe('generateJwk -> POST /jwks/generate, in the generate spelling', () => {
  const generate = (input: Record<string, unknown>) =>
    env.gateway.post(
      `mutation($input: GenerateJwkInput!) { generateJwk(projectName: "p", input: $input) { __typename ... on Error { message } } }`,
      { input },
    );

  it('RSA with kid type and validity', async () => {
    const result = await generate({
      name: 'signer',
      description: 'd',
      key: {
        rsa: {
          keySize: 'RSA_3072',
          use: 'SIGNATURE',
          algorithm: 'RS256',
          keyIdType: 'SHA256',
          notBefore: '2030-01-01T00:00:00Z',
          expiresAt: '2031-01-01T00:00:00Z',
        },
      },
    });
    expect(result.data?.generateJwk).toEqual({ __typename: 'GenerateJwkSuccess' });
    const request = only();
    expect(`${request.method} ${request.path}`).toBe('POST /apiops/projects/p/jwks/generate');
    expect(jsonBody(request)).toEqual({
      name: 'signer',
      description: 'd',
      type: 'RSA',
      rsa: {
        keySize: 3072,
        keyUseType: 'SIGNATURE',
        algorithm: 'RSA256',
        keyIdType: 'SHA256',
        notBeforeTime: Date.parse('2030-01-01T00:00:00Z'),
        expirationTime: Date.parse('2031-01-01T00:00:00Z'),
      },
    });
  });

  it.each([
    [
      { ec: { curve: 'SECP256K1', use: 'SIGNATURE', algorithm: 'ES256K' } },
      { type: 'EC', ec: { curveType: 'SECP256K1', keyUseType: 'SIGNATURE', algorithm: 'ES256K' } },
    ],
    [
      {
        oct: {
          keySize: 'OCT_128',
          use: 'ENCRYPTION',
          algorithm: 'PBES2_HS256_A128KW',
          passwordSaltLength: 16,
          passwordIterationCount: 1000,
        },
      },
      {
        type: 'OCT',
        oct: {
          keySize: 128,
          keyUseType: 'ENCRYPTION',
          algorithm: 'PBES2_HS256_A128KW',
          passwordSaltLength: 16,
          passwordIterationCount: 1000,
        },
      },
    ],
    [
      { okp: { curve: 'ED25519', use: 'SIGNATURE', algorithm: 'EDDSA' } },
      { type: 'OKP', okp: { curveType: 'ED25519', keyUseType: 'SIGNATURE', algorithm: 'EdDSA' } },
    ],
    [
      { ec: { curve: 'P521', use: 'ENCRYPTION', algorithm: 'ECDH_ES_A128KW' } },
      {
        type: 'EC',
        ec: { curveType: 'P521', keyUseType: 'ENCRYPTION', algorithm: 'ECDH_ES_A128KW' },
      },
    ],
  ])('%o', async (key, expected) => {
    await generate({ name: 'g', kid: 'k1', key });
    expect(jsonBody(only())).toEqual({ name: 'g', kid: 'k1', ...expected });
  });
});

describe('createJwk -> POST /jwks/ with a sourceType', () => {
  const create = (input: Record<string, unknown>) =>
    env.gateway.post(
      `mutation($input: CreateJwkInput!) { createJwk(projectName: "p", input: $input) { __typename ... on Error { message } } }`,
      { input },
    );

  it('fromUrl sends the documented defaults', async () => {
    await create({
      fromUrl: { name: 'u', url: 'https://idp.example.com/.well-known/jwks.json', kid: 'k' },
    });
    expect(jsonBody(only())).toEqual({
      name: 'u',
      sourceType: 'URL',
      url: 'https://idp.example.com/.well-known/jwks.json',
      urlOptionConnectTimeout: 5000,
      urlOptionReadTimeout: 10000,
      urlOptionSizeLimit: 1048576,
      kid: 'k',
    });
  });

  it('fromJson sends the text as jwkStr', async () => {
    const json = JSON.stringify({ kty: 'oct', k: 'AAAA', kid: 'x' });
    await create({ fromJson: { name: 'j', json, description: 'pasted' } });
    expect(jsonBody(only())).toEqual({
      name: 'j',
      description: 'pasted',
      sourceType: 'COPY_PASTE',
      jwkStr: json,
    });
  });

  it('fromCertificate reads the certificate, then posts with the JOSE algorithm name', async () => {
    env.upstream.answer({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({
        success: true,
        resultList: [
          {
            name: 'c',
            certificateEnvironmentList: [
              {
                environmentName: 'prod',
                base64EncodedContent: material.certificate.der.toString('base64'),
              },
            ],
          },
        ],
      }),
    });
    const result = await create({
      fromCertificate: {
        name: 'fc',
        certificateName: 'c',
        environmentName: 'prod',
        use: 'ENCRYPTION',
        algorithm: 'RSA_OAEP_256',
      },
    });
    expect(result.data?.createJwk).toEqual({ __typename: 'CreateJwkSuccess' });
    expect(env.upstream.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /apiops/projects/p/certificates/c/',
      'POST /apiops/projects/p/jwks/',
    ]);
    expect(jsonBody(env.upstream.requests[1] ?? { body: Buffer.from('{}') })).toEqual({
      name: 'fc',
      sourceType: 'CERTIFICATE',
      certificateName: 'c',
      environmentName: 'prod',
      useType: 'ENCRYPTION',
      algorithm: 'RSA-OAEP-256',
    });
  });

  it.each([
    [{ fromUrl: { name: 'u', url: 'ftp://x/jwks' } }, /must use http or https/],
    [
      { fromUrl: { name: 'u', url: 'https://x/jwks', readTimeoutMs: 0 } },
      /readTimeoutMs must be a whole number/,
    ],
    [{ fromJson: { name: 'j', json: '{not json' } }, /not valid JSON/],
    [{ fromJson: { name: 'j', json: '{"a":1}' } }, /neither a JWK/],
    [{ fromJson: { name: ' ', json: '{"kty":"oct"}' } }, /input.fromJson.name must not be empty/],
  ])('%o is refused before any call', async (input, message) => {
    const result = await create(input);
    expect(result.data?.createJwk).toMatchObject({
      __typename: 'ValidationError',
      message: expect.stringMatching(message),
    });
    expect(env.upstream.requests).toHaveLength(0);
  });
});

describe('reads', () => {
  it.each([
    ['keystores(projectName: "p") { name }', 'GET /apiops/projects/p/keystores/'],
    ['keys(projectName: "p") { name }', 'GET /apiops/projects/p/keys/'],
    ['jwks(projectName: "p") { name }', 'GET /apiops/projects/p/jwks/'],
    ['certificates(projectName: "p") { name }', 'GET /apiops/projects/p/certificates/'],
    [
      'truststoreCertificates(environmentName: "prod env") { name }',
      'GET /apiops/projects/admin/certificates/truststore/prod%20env/',
    ],
  ])('%s -> %s', async (selection, expected) => {
    env.upstream.answer({
      status: 200,
      contentType: 'application/json',
      body: '{"status":"SUCCESS","resultList":[],"resultCount":0}',
    });
    const result = await env.gateway.post(`{ ${selection} }`);
    expect(result.errors).toBeUndefined();
    const request = only();
    expect(`${request.method} ${request.path}`).toBe(expected);
  });

  it.each([
    [403, 'forbidden', 'No SECRETS permission', 'FORBIDDEN'],
    [401, 'token_expired', 'Access token expired', 'UNAUTHENTICATED'],
    [400, 'invalid_parameter', 'projectName is invalid', 'BAD_USER_INPUT'],
  ])('a %i on a list is a GraphQL error with code', async (status, error, description, code) => {
    env.upstream.answer({
      status,
      contentType: 'application/json',
      body: JSON.stringify({ error, error_description: description }),
    });
    const result = await env.gateway.post('{ keystores(projectName: "p") { name } }');
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]).toMatchObject({ message: description, extensions: { code } });
  });

  it('exportCertificate reads the zip into one file per environment', async () => {
    const zip = zipSync({
      'c-prod.cer': new Uint8Array(material.certificate.der),
      'c-test.cer': new Uint8Array(material.certificate.der),
    });
    env.upstream.answer({ status: 200, contentType: 'application/zip', body: Buffer.from(zip) });
    const result = await env.gateway.post(
      `mutation { exportCertificate(projectName: "p", certificateName: "c") { ... on ExportCertificateSuccess { files { fileName environmentName der } } } }`,
    );
    expect(`${only().method} ${only().path}`).toBe('GET /apiops/projects/p/certificates/c/export/');
    expect(result.data?.exportCertificate).toEqual({
      files: [
        {
          fileName: 'c-prod.cer',
          environmentName: 'prod',
          der: material.certificate.der.toString('base64'),
        },
        {
          fileName: 'c-test.cer',
          environmentName: 'test',
          der: material.certificate.der.toString('base64'),
        },
      ],
    });
  });

  it('an export that is not a zip is an UpstreamError', async () => {
    env.upstream.answer({ status: 200, contentType: 'text/html', body: '<html>login</html>' });
    const result = await env.gateway.post(
      `mutation { exportCertificate(projectName: "p", certificateName: "c") { __typename ... on UpstreamError { reason message } } }`,
    );
    expect(result.data?.exportCertificate).toEqual({
      __typename: 'UpstreamError',
      reason: 'INVALID_RESPONSE',
      message: "Apinizer's certificate export is not a readable zip file",
    });
  });
});
