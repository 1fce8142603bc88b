import { generateKeyPairSync, X509Certificate } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { selfSignedCertificate } from '../../src/simulator/material.js';
import { dataOf } from '../helpers/gateway.js';
import { makeMaterial } from '../helpers/material.js';
import { type Simulated, startSimulated } from '../helpers/simulated.js';

const material = makeMaterial();
const b64 = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64');
let env: Simulated;
let jwksServer: { url: string; close: () => void };
const ecKey = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const ecJwk = { ...ecKey.publicKey.export({ format: 'jwk' }), kid: 'ec-1', use: 'sig' };
const rsaJwk = { ...material.certificate.keys.publicKey.export({ format: 'jwk' }), kid: 'rsa-1' };

beforeAll(async () => {
  env = await startSimulated();
  const server = createServer((req, res) => {
    if (req.url === '/slow') {
      setTimeout(() => res.end(JSON.stringify(rsaJwk)), 1500);
      return;
    }
    if (req.url === '/big') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [rsaJwk], padding: 'x'.repeat(5000) }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: [ecJwk, rsaJwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  jwksServer = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => server.close(),
  };
});
afterAll(async () => {
  jwksServer.close();
  await env.close();
});
beforeEach(() => {
  env.simulator.received.length = 0;
});

const sent = () => env.simulator.received.map((r) => `${r.method} ${r.rawPath}`);
const post = (query: string, variables: Record<string, unknown> = {}) =>
  env.gateway.post(query, variables, env.demoAuth);

describe('keystores, keys and certificates: create, read, delete', () => {
  it('createKeystore from an uploaded PKCS12, then deleteKeystore', async () => {
    const created = await env.gateway.upload(
      `mutation($input: CreateKeystoreInput!) { createKeystore(projectName: "demo", input: $input) {
        __typename ... on CreateKeystoreSuccess { deployment { success } keystore { name description environments { environmentName keyStoreType } } }
        ... on Error { message } } }`,
      {
        input: {
          name: 'tls-keystore',
          description: 'TLS',
          environments: [
            {
              environmentName: 'production',
              file: { upload: null },
              password: material.password,
              alias: 'server',
              keyStoreType: 'PKCS12',
            },
          ],
        },
      },
      {
        0: {
          path: 'variables.input.environments.0.file.upload',
          file: new Blob([material.p12]),
          name: 'tls.p12',
        },
      },
      env.demoAuth,
    );
    expect(created.data?.createKeystore).toEqual({
      __typename: 'CreateKeystoreSuccess',
      deployment: { success: true },
      keystore: {
        name: 'tls-keystore',
        description: 'TLS',
        environments: [{ environmentName: 'production', keyStoreType: 'PKCS12' }],
      },
    });
    expect(sent()).toEqual([
      'POST /apiops/projects/demo/keystores/',
      'GET /apiops/projects/demo/keystores/tls-keystore/',
    ]);

    const again = await post(
      `mutation { createKeystore(projectName: "demo", input: { name: "tls-keystore", environments: [{ environmentName: "production", file: { base64: "${b64(material.p12)}" }, password: "${material.password}", keyStoreType: PKCS12 }] }) { __typename ... on NameConflictError { name } } }`,
    );
    expect(again.data?.createKeystore).toEqual({
      __typename: 'NameConflictError',
      name: 'tls-keystore',
    });

    const deleted = await post(
      `mutation { deleteKeystore(projectName: "demo", keystoreName: "tls-keystore") { __typename ... on DeleteKeystoreSuccess { name deployment { message environmentResults { environmentName message } } } } }`,
    );
    expect(deleted.data?.deleteKeystore).toEqual({
      __typename: 'DeleteKeystoreSuccess',
      name: 'tls-keystore',
      deployment: {
        message: 'Undeployment completed successfully',
        environmentResults: [{ environmentName: 'production', message: 'Undeployed successfully' }],
      },
    });
    const gone = await post(`{ keystore(projectName: "demo", name: "tls-keystore") { name } }`);
    expect(gone.data?.keystore).toBeNull();
  });

  it('createKey and deleteKey; deleting twice is NotFoundError', async () => {
    const created = await post(
      `mutation($input: CreateKeyInput!) { createKey(projectName: "demo", input: $input) { __typename ... on CreateKeySuccess { key { name keyType } } } }`,
      {
        input: {
          name: 'verify',
          keyType: 'PUBLIC_KEY',
          environments: [
            { environmentName: 'staging', content: { base64: b64(material.publicKeyPem) } },
          ],
        },
      },
    );
    expect(created.data?.createKey).toEqual({
      __typename: 'CreateKeySuccess',
      key: { name: 'verify', keyType: 'PUBLIC_KEY' },
    });
    const deleted = await post(
      `mutation { deleteKey(projectName: "demo", keyName: "verify") { __typename } }`,
    );
    expect(deleted.data?.deleteKey).toEqual({ __typename: 'DeleteKeySuccess' });
    const twice = await post(
      `mutation { deleteKey(projectName: "demo", keyName: "verify") { __typename ... on NotFoundError { resourceType name } } }`,
    );
    expect(twice.data?.deleteKey).toEqual({
      __typename: 'NotFoundError',
      resourceType: 'KEY',
      name: 'verify',
    });
  });

  it('createCertificate by multipart upload, exportCertificate, deleteCertificate', async () => {
    const issued = selfSignedCertificate({ commonName: 'new.example.test', organization: 'New' });
    const created = await env.gateway.upload(
      `mutation($input: CreateCertificateInput!) { createCertificate(projectName: "demo", input: $input) {
        __typename ... on CreateCertificateSuccess { certificate { name environments { environmentName alias subject } } } ... on Error { message } } }`,
      {
        input: {
          name: 'new-cert',
          alias: 'new',
          description: 'New',
          environmentNames: ['production', 'staging'],
          pemFile: { upload: null },
        },
      },
      {
        0: {
          path: 'variables.input.pemFile.upload',
          file: new Blob([issued.pem]),
          name: 'new.pem',
        },
      },
      env.demoAuth,
    );
    expect(created.data?.createCertificate).toEqual({
      __typename: 'CreateCertificateSuccess',
      certificate: {
        name: 'new-cert',
        environments: [
          { environmentName: 'production', alias: 'new', subject: 'CN=new.example.test, O=New' },
          { environmentName: 'staging', alias: 'new', subject: 'CN=new.example.test, O=New' },
        ],
      },
    });
    const form = env.simulator.received[0];
    expect(form?.contentType).toMatch(/^multipart\/form-data/);

    const exported =
      await post(`mutation { exportCertificate(projectName: "demo", certificateName: "new-cert") {
      __typename ... on ExportCertificateSuccess { files { fileName environmentName der pem } } } }`);
    const files = dataOf<{
      files: { fileName: string; environmentName: string; der: string; pem: string }[];
    }>(exported, 'exportCertificate').files;
    expect(files.map((f) => [f.fileName, f.environmentName])).toEqual([
      ['new-cert-production.cer', 'production'],
      ['new-cert-staging.cer', 'staging'],
    ]);
    expect(Buffer.from(files[0]?.der ?? '', 'base64').equals(issued.der)).toBe(true);
    expect(new X509Certificate(files[1]?.pem ?? '').subject).toBe('O=New\nCN=new.example.test');

    const deleted = await post(
      `mutation { deleteCertificate(projectName: "demo", certificateName: "new-cert") { __typename } }`,
    );
    expect(deleted.data?.deleteCertificate).toEqual({ __typename: 'DeleteCertificateSuccess' });
  });
});

const CREATE_JWK = `mutation($input: CreateJwkInput!) { createJwk(projectName: "demo", input: $input) {
  __typename
  ... on CreateJwkSuccess { deployment { success } jwk { name type kid sourceType sourceUrl material } }
  ... on ValidationError { field }
  ... on NotFoundError { resourceType name }
  ... on Error { message } } }`;

describe('createJwk from every source', () => {
  it('from a URL serving a JWK Set, picking by kid', async () => {
    const result = await post(CREATE_JWK, {
      input: { fromUrl: { name: 'from-url', url: `${jwksServer.url}/jwks.json`, kid: 'ec-1' } },
    });
    expect(result.data?.createJwk).toMatchObject({
      __typename: 'CreateJwkSuccess',
      jwk: {
        name: 'from-url',
        type: 'EC',
        kid: 'ec-1',
        sourceType: 'URL',
        sourceUrl: `${jwksServer.url}/jwks.json`,
        material: { kty: 'EC', crv: 'P-256', x: ecJwk.x, y: ecJwk.y },
      },
    });
  });

  it('from a URL whose answer is over the size limit: Apinizer refuses it', async () => {
    const result = await post(CREATE_JWK, {
      input: { fromUrl: { name: 'too-big', url: `${jwksServer.url}/big`, sizeLimitBytes: 1000 } },
    });
    expect(result.data?.createJwk).toEqual({
      __typename: 'ValidationError',
      field: null,
      message: 'JWK URL content is larger than 1000 bytes!',
    });
  });

  it('from a URL slower than readTimeoutMs: Apinizer gives up', async () => {
    const result = await post(CREATE_JWK, {
      input: { fromUrl: { name: 'slow', url: `${jwksServer.url}/slow`, readTimeoutMs: 200 } },
    });
    expect(result.data?.createJwk).toEqual({
      __typename: 'ValidationError',
      field: null,
      message: 'JWK URL could not be read (UND_ERR_HEADERS_TIMEOUT)!',
    });
  });

  it('from JSON text', async () => {
    const result = await post(CREATE_JWK, {
      input: { fromJson: { name: 'from-json', json: JSON.stringify(rsaJwk) } },
    });
    expect(result.data?.createJwk).toMatchObject({
      jwk: { type: 'RSA', kid: 'rsa-1', sourceType: 'COPY_PASTE', material: { n: rsaJwk.n } },
    });
  });

  it('from a set in JSON without kid: refused before any call', async () => {
    const result = await post(CREATE_JWK, {
      input: { fromJson: { name: 'x', json: JSON.stringify({ keys: [ecJwk, rsaJwk] }) } },
    });
    expect(result.data?.createJwk).toMatchObject({
      __typename: 'ValidationError',
      field: 'input.fromJson.kid',
    });
    expect(sent()).toEqual([]);
  });

  it('from the demo certificate, after the gateway checked the algorithm against its RSA key', async () => {
    const result = await post(CREATE_JWK, {
      input: {
        fromCertificate: {
          name: 'from-cert',
          certificateName: 'demo-certificate',
          environmentName: 'production',
          use: 'SIGNATURE',
          algorithm: 'PS256',
        },
      },
    });
    expect(result.data?.createJwk).toMatchObject({
      jwk: { type: 'RSA', sourceType: 'CERTIFICATE', material: { alg: 'PS256', use: 'sig' } },
    });
    expect(sent()).toEqual([
      'GET /apiops/projects/demo/certificates/demo-certificate/',
      'POST /apiops/projects/demo/jwks/',
      'GET /apiops/projects/demo/jwks/from-cert/',
    ]);
  });

  it('an EC algorithm for an RSA certificate is refused before the create', async () => {
    const result = await post(CREATE_JWK, {
      input: {
        fromCertificate: {
          name: 'bad',
          certificateName: 'demo-certificate',
          environmentName: 'production',
          use: 'SIGNATURE',
          algorithm: 'ES256',
        },
      },
    });
    expect(result.data?.createJwk).toEqual({
      __typename: 'ValidationError',
      field: 'input.fromCertificate.algorithm',
      message: 'input.fromCertificate.algorithm: ES256 needs a EC key, but the key is RSA',
    });
    expect(sent()).toEqual(['GET /apiops/projects/demo/certificates/demo-certificate/']);
  });

  it('an encryption algorithm for use SIGNATURE is refused', async () => {
    const result = await post(CREATE_JWK, {
      input: {
        fromKey: {
          name: 'bad',
          keyName: 'demo-key',
          environmentName: 'production',
          use: 'SIGNATURE',
          algorithm: 'RSA_OAEP_256',
        },
      },
    });
    expect(result.data?.createJwk).toMatchObject({
      __typename: 'ValidationError',
      message: expect.stringMatching(
        /RSA-OAEP-256 is an encryption algorithm, but use is SIGNATURE/,
      ),
    });
  });

  it('from a private key: the JWK holds the private members', async () => {
    const result = await post(
      `mutation { createJwk(projectName: "demo", input: { fromKey: { name: "from-key", keyName: "demo-key", environmentName: "staging", use: ENCRYPTION, algorithm: RSA_OAEP_256 } }) {
        ... on CreateJwkSuccess { jwk { sourceType hasPrivateKey material secretMaterial } } ... on Error { message } } }`,
    );
    const jwk = dataOf<{ jwk: Record<string, unknown> }>(result, 'createJwk').jwk;
    expect(jwk).toMatchObject({
      sourceType: 'PRIVATE_KEY',
      hasPrivateKey: true,
      material: { alg: 'RSA-OAEP-256', use: 'enc' },
    });
    expect(jwk.material).not.toHaveProperty('d');
    expect(jwk.secretMaterial).toHaveProperty('d');
  });

  it('from a keystore alias', async () => {
    const result = await post(CREATE_JWK, {
      input: {
        fromKeystore: {
          name: 'from-ks',
          keystoreName: 'demo-keystore',
          alias: 'demo',
          environmentName: 'production',
          use: 'SIGNATURE',
          algorithm: 'RS256',
        },
      },
    });
    expect(result.data?.createJwk).toMatchObject({
      jwk: { sourceType: 'KEYSTORE', type: 'RSA', material: { alg: 'RS256' } },
    });
  });

  it('from a certificate that does not exist: NotFoundError, no create', async () => {
    const result = await post(CREATE_JWK, {
      input: {
        fromCertificate: {
          name: 'x',
          certificateName: 'nope',
          environmentName: 'production',
          use: 'SIGNATURE',
          algorithm: 'RS256',
        },
      },
    });
    expect(result.data?.createJwk).toMatchObject({
      __typename: 'NotFoundError',
      resourceType: 'CERTIFICATE',
      name: 'nope',
    });
    // Looked up in the project, then among the global (admin) certificates, as Apinizer does.
    expect(sent()).toEqual([
      'GET /apiops/projects/demo/certificates/nope/',
      'GET /apiops/projects/admin/certificates/nope/',
    ]);
  });
});

const GENERATE = `mutation($input: GenerateJwkInput!) { generateJwk(projectName: "demo", input: $input) {
  __typename ... on GenerateJwkSuccess { jwk { name type kid sourceType material hasPrivateKey } }
  ... on ValidationError { field } ... on Error { message } } }`;

describe('generateJwk', () => {
  it.each([
    [
      'RSA',
      { rsa: { keySize: 'RSA_2048', use: 'SIGNATURE', algorithm: 'RS256', keyIdType: 'SHA256' } },
      { kty: 'RSA', alg: 'RS256', use: 'sig' },
    ],
    [
      'EC',
      { ec: { curve: 'P384', use: 'SIGNATURE', algorithm: 'ES384' } },
      { kty: 'EC', crv: 'P-384', alg: 'ES384' },
    ],
    [
      'OKP',
      { okp: { curve: 'X25519', use: 'ENCRYPTION', algorithm: 'ECDH_ES_A256KW' } },
      { kty: 'OKP', crv: 'X25519', alg: 'ECDH-ES+A256KW' },
    ],
    [
      'OCT',
      { oct: { keySize: 'OCT_256', use: 'ENCRYPTION', algorithm: 'A256KW' } },
      { kty: 'oct', alg: 'A256KW' },
    ],
  ])('%s', async (type, key, expected) => {
    const result = await post(GENERATE, { input: { name: `gen-${type}`, key } });
    expect(result.data?.generateJwk).toMatchObject({
      __typename: 'GenerateJwkSuccess',
      jwk: {
        name: `gen-${type}`,
        type,
        sourceType: 'GENERATE',
        material: expected,
        hasPrivateKey: true,
      },
    });
    expect(sent()[0]).toBe('POST /apiops/projects/demo/jwks/generate');
  });

  it.each([
    [
      'ES256 on P-384',
      { ec: { curve: 'P384', use: 'SIGNATURE', algorithm: 'ES256' } },
      'input.key.ec.algorithm',
      /ES256 needs curve P-256/,
    ],
    [
      'HS512 on a 256-bit key',
      { oct: { keySize: 'OCT_256', use: 'SIGNATURE', algorithm: 'HS512' } },
      'input.key.oct.algorithm',
      /at least 512 bits/,
    ],
    [
      'A128KW on a 256-bit key',
      { oct: { keySize: 'OCT_256', use: 'ENCRYPTION', algorithm: 'A128KW' } },
      'input.key.oct.algorithm',
      /needs a 128-bit key/,
    ],
    [
      'EdDSA on X25519',
      { okp: { curve: 'X25519', use: 'SIGNATURE', algorithm: 'EDDSA' } },
      'input.key.okp.algorithm',
      /needs curve Ed25519/,
    ],
    [
      'expiry in the past',
      {
        rsa: {
          keySize: 'RSA_2048',
          use: 'SIGNATURE',
          algorithm: 'RS256',
          expiresAt: '2020-01-01T00:00:00Z',
        },
      },
      'input.key.rsa.expiresAt',
      /in the past/,
    ],
  ])('%s is refused before the call', async (_name, key, field, message) => {
    const result = await post(GENERATE, { input: { name: 'bad', key } });
    expect(result.data?.generateJwk).toMatchObject({
      __typename: 'ValidationError',
      field,
      message: expect.stringMatching(message),
    });
    expect(sent()).toEqual([]);
  });

  it('deleteJwk removes it', async () => {
    const result = await post(
      `mutation { deleteJwk(projectName: "demo", jwkName: "gen-RSA") { __typename } }`,
    );
    expect(result.data?.deleteJwk).toEqual({ __typename: 'DeleteJwkSuccess' });
    expect(
      (await post(`{ jwk(projectName: "demo", name: "gen-RSA") { name } }`)).data?.jwk,
    ).toBeNull();
  });
});
