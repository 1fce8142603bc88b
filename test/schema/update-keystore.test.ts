import { describe, expect, it } from 'vitest';
import { bearer, startGateway, TOKEN } from '../helpers/gateway.js';
import { makeMaterial } from '../helpers/material.js';
import { useRecordedGateway } from '../helpers/recorded.js';

const UPDATE = /* GraphQL */ `
  mutation Update(
    $project: String!
    $name: String!
    $input: UpdateKeystoreInput!
    $action: JwkUpdateAction
    $scope: UpdateScope
  ) {
    updateKeystore(
      projectName: $project
      keystoreName: $name
      input: $input
      jwkUpdateAction: $action
      updateScope: $scope
    ) {
      __typename
      ... on UpdateKeystoreSuccess {
        deployment { success message environmentResults { environmentName success message } }
      }
      ... on ValidationError { message field }
      ... on Error { message }
    }
  }
`;

const material = makeMaterial();
const env = useRecordedGateway();

describe('updateKeystore -> PUT /apiops/projects/{project}/keystores/{keystore}/', () => {
  it('sends the partial JSON body, the query string and the caller token', async () => {
    const result = await env.gateway.post(UPDATE, {
      project: 'My Project',
      name: 'my-ks',
      action: 'UPDATE',
      scope: 'SAME_PROJECT',
      input: {
        name: 'renamed-ks',
        environments: [
          {
            environmentName: 'production',
            file: { base64: material.p12.toString('base64') },
            password: material.password,
            alias: 'server',
            keyStoreType: 'PKCS12',
          },
        ],
      },
    });

    expect(result.errors).toBeUndefined();
    expect(result.data?.updateKeystore).toEqual({
      __typename: 'UpdateKeystoreSuccess',
      deployment: {
        success: true,
        message: 'Deployment completed successfully',
        environmentResults: [
          { environmentName: 'production', success: true, message: 'Deployed successfully' },
        ],
      },
    });
    expect(env.upstream.requests).toHaveLength(1);
    const [sent] = env.upstream.requests;
    expect(sent?.method).toBe('PUT');
    expect(sent?.path).toBe('/apiops/projects/My%20Project/keystores/my-ks/');
    expect(sent?.query.toString()).toBe('jwkUpdateAction=UPDATE&updateScope=SAME_PROJECT');
    expect(sent?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(sent?.headers['content-type']).toBe('application/json');
    // Description was not given, so it is not sent: omitted fields stay as they are.
    expect(JSON.parse(sent?.body.toString() ?? '')).toEqual({
      name: 'renamed-ks',
      keyStoreEnvironmentList: [
        {
          environmentName: 'production',
          file: material.p12.toString('base64'),
          password: material.password,
          alias: 'server',
          keyStoreType: 'PKCS12',
        },
      ],
    });
  });

  it('defaults to jwkUpdateAction=NULLIFY and sends only the description when only it is given', async () => {
    await env.gateway.post(UPDATE, {
      project: 'p',
      name: 'k',
      input: { description: 'new words' },
    });
    const [sent] = env.upstream.requests;
    expect(sent?.query.toString()).toBe('jwkUpdateAction=NULLIFY');
    expect(JSON.parse(sent?.body.toString() ?? '')).toEqual({ description: 'new words' });
  });

  it('reads an uploaded JKS file into base64 in the JSON body', async () => {
    const result = await env.gateway.upload(
      UPDATE,
      {
        project: 'p',
        name: 'k',
        input: {
          environments: [
            {
              environmentName: 'staging',
              file: { upload: null },
              password: material.password,
              keyStoreType: 'JKS',
            },
          ],
        },
      },
      {
        0: {
          path: 'variables.input.environments.0.file.upload',
          file: new Blob([material.jks]),
          name: 'truststore.jks',
        },
      },
    );
    expect(result.data?.updateKeystore).toMatchObject({ __typename: 'UpdateKeystoreSuccess' });
    const body = JSON.parse(env.upstream.requests[0]?.body.toString() ?? '');
    expect(Buffer.from(body.keyStoreEnvironmentList[0].file, 'base64').equals(material.jks)).toBe(
      true,
    );
    expect(body.keyStoreEnvironmentList[0].keyStoreType).toBe('JKS');
    expect(body.keyStoreEnvironmentList[0]).not.toHaveProperty('alias');
  });

  it('encodes a hostile name as one path segment', async () => {
    await env.gateway.post(UPDATE, {
      project: 'a/../b?x#y',
      name: '..',
      input: { description: 'd' },
    });
    expect(env.upstream.requests[0]?.path).toBe(
      '/apiops/projects/a%2F..%2Fb%3Fx%23y/keystores/%2E%2E/',
    );
  });

  it('spells the JWK choice the older way when configured for an older Apinizer', async () => {
    const legacy = await startGateway(env.upstream.url, {
      APINIZER_JWK_UPDATE_STYLE: 'legacy-flag',
    });
    try {
      await legacy.post(
        UPDATE,
        {
          project: 'p',
          name: 'k',
          input: { description: 'd' },
          action: 'UPDATE',
          scope: 'ALL_PROJECTS',
        },
        bearer(),
      );
      expect(env.upstream.requests[0]?.query.toString()).toBe(
        'updateReferencedJwks=true&updateScope=ALL_PROJECTS',
      );
    } finally {
      await legacy.close();
    }
  });
});
