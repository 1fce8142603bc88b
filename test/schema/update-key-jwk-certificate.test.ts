import { describe, expect, it } from 'vitest';
import { TOKEN } from '../helpers/gateway.js';
import { makeMaterial } from '../helpers/material.js';
import { useRecordedGateway } from '../helpers/recorded.js';

const material = makeMaterial();
const env = useRecordedGateway();

const UPDATE_KEY = /* GraphQL */ `
  mutation($input: UpdateKeyInput!, $action: JwkUpdateAction, $scope: UpdateScope) {
    updateKey(projectName: "Team #1", keyName: "signing/key", input: $input, jwkUpdateAction: $action, updateScope: $scope) {
      __typename
      ... on Error { message }
    }
  }
`;

describe('updateKey -> PUT /apiops/projects/{project}/keys/{key}/', () => {
  it('sends keyType and the key material as base64 in cryptoKeyInfoEnvironmentList', async () => {
    const result = await env.gateway.post(UPDATE_KEY, {
      action: 'UPDATE',
      scope: 'ALL_PROJECTS',
      input: {
        name: 'updated-key',
        description: 'Updated key description',
        keyType: 'PRIVATE_KEY',
        environments: [
          {
            environmentName: 'production',
            content: { base64: Buffer.from(material.privateKeyPem).toString('base64') },
            alias: 'updated-alias',
          },
        ],
      },
    });
    expect(result.data?.updateKey).toEqual({ __typename: 'UpdateKeySuccess' });
    const [sent] = env.upstream.requests;
    expect(sent?.method).toBe('PUT');
    expect(sent?.path).toBe('/apiops/projects/Team%20%231/keys/signing%2Fkey/');
    expect(sent?.query.toString()).toBe('jwkUpdateAction=UPDATE&updateScope=ALL_PROJECTS');
    expect(sent?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(JSON.parse(sent?.body.toString() ?? '')).toEqual({
      name: 'updated-key',
      description: 'Updated key description',
      keyType: 'PRIVATE_KEY',
      cryptoKeyInfoEnvironmentList: [
        {
          environmentName: 'production',
          content: Buffer.from(material.privateKeyPem).toString('base64'),
          alias: 'updated-alias',
        },
      ],
    });
  });

  it('sends a name-only rename as just {"name"}', async () => {
    await env.gateway.post(UPDATE_KEY, { input: { name: 'new-key-name' } });
    expect(env.upstream.requests[0]?.query.toString()).toBe('jwkUpdateAction=NULLIFY');
    expect(JSON.parse(env.upstream.requests[0]?.body.toString() ?? '')).toEqual({
      name: 'new-key-name',
    });
  });

  it('treats null fields as not given', async () => {
    await env.gateway.post(UPDATE_KEY, {
      input: { name: null, description: 'only this', keyType: null, environments: null },
    });
    expect(JSON.parse(env.upstream.requests[0]?.body.toString() ?? '')).toEqual({
      description: 'only this',
    });
  });
});

describe('updateJwk -> PUT /apiops/projects/{project}/jwks/{jwk}/', () => {
  it('sends name and description, no query string', async () => {
    const result = await env.gateway.post(
      `mutation { updateJwk(projectName: "MyProject", jwkName: "my-jwk", input: { name: "updated-jwk", description: "Updated JWK description" }) { __typename } }`,
    );
    expect(result.data?.updateJwk).toEqual({ __typename: 'UpdateJwkSuccess' });
    const [sent] = env.upstream.requests;
    expect(sent?.method).toBe('PUT');
    expect(sent?.path).toBe('/apiops/projects/MyProject/jwks/my-jwk/');
    expect([...(sent?.query.keys() ?? [])]).toEqual([]);
    expect(sent?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(sent?.body.toString() ?? '')).toEqual({
      name: 'updated-jwk',
      description: 'Updated JWK description',
    });
  });
});

const UPDATE_CERTIFICATE = /* GraphQL */ `
  mutation($input: UpdateCertificateInput!, $action: JwkUpdateAction, $scope: UpdateScope) {
    updateCertificate(projectName: "MyProject", certificateName: "my-certificate", input: $input, jwkUpdateAction: $action, updateScope: $scope) {
      __typename
      ... on Error { message }
    }
  }
`;

/** Parses what the upstream received with the platform's multipart parser. */
async function receivedForm(index = 0): Promise<FormData> {
  const sent = env.upstream.requests[index];
  return new Request('http://upstream/', {
    method: 'POST',
    headers: { 'content-type': String(sent?.headers['content-type']) },
    body: new Uint8Array(sent?.body ?? Buffer.alloc(0)),
  }).formData();
}

describe('updateCertificate -> multipart PUT /apiops/projects/{project}/certificates/{cert}/', () => {
  it('forwards an uploaded PEM as the pemEncodedFile part, bytes unchanged', async () => {
    // CRLF line endings and a trailing comment: the bytes must arrive exactly as uploaded.
    const pem = Buffer.from(
      `${material.certificate.pem.replaceAll('\r\n', '\n').replaceAll('\n', '\r\n')}# issued for tests\r\n`,
    );
    const result = await env.gateway.upload(
      UPDATE_CERTIFICATE,
      {
        action: 'UPDATE',
        scope: 'SAME_PROJECT',
        input: {
          alias: 'updated-cert-alias',
          description: 'Updated SSL certificate',
          environmentNames: ['production', 'staging'],
          pemFile: { upload: null },
        },
      },
      {
        cert: {
          path: 'variables.input.pemFile.upload',
          file: new Blob([pem]),
          name: 'new-cert.pem',
        },
      },
    );
    expect(result.data?.updateCertificate).toEqual({ __typename: 'UpdateCertificateSuccess' });

    const [sent] = env.upstream.requests;
    expect(sent?.method).toBe('PUT');
    expect(sent?.path).toBe('/apiops/projects/MyProject/certificates/my-certificate/');
    expect(sent?.query.toString()).toBe('jwkUpdateAction=UPDATE&updateScope=SAME_PROJECT');
    expect(sent?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(String(sent?.headers['content-type'])).toMatch(/^multipart\/form-data; boundary=/);

    const form = await receivedForm();
    expect([...form.keys()].sort()).toEqual(
      ['alias', 'certificateDescription', 'environmentList', 'pemEncodedFile'].sort(),
    );
    expect(form.get('alias')).toBe('updated-cert-alias');
    expect(form.get('certificateDescription')).toBe('Updated SSL certificate');
    expect(form.get('environmentList')).toBe('production,staging');
    const file = form.get('pemEncodedFile') as File;
    expect(file.name).toBe('new-cert.pem');
    expect(Buffer.from(await file.arrayBuffer()).equals(pem)).toBe(true);
  });

  it('sends a base64 PEM as a file part too', async () => {
    await env.gateway.post(UPDATE_CERTIFICATE, {
      input: {
        alias: 'a',
        description: '',
        environmentNames: ['production'],
        pemFile: { base64: Buffer.from(material.certificate.pem).toString('base64') },
      },
    });
    expect(env.upstream.requests[0]?.query.toString()).toBe('jwkUpdateAction=NULLIFY');
    const file = (await receivedForm()).get('pemEncodedFile') as File;
    expect(await file.text()).toBe(material.certificate.pem);
  });
});
