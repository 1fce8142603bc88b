import { describe, expect, it } from 'vitest';
import { startGateway } from '../helpers/gateway.js';
import { makeMaterial } from '../helpers/material.js';
import { mutationCases } from '../helpers/mutations.js';
import { useRecordedGateway } from '../helpers/recorded.js';
import { type Answer, closedPortUrl, errorAnswer } from '../helpers/recording-upstream.js';

const material = makeMaterial();
const cases = mutationCases(material);

/** Real Apinizer answers and the union member each must become. */
const answers: { name: string; answer: Answer; expected: Record<string, unknown> }[] = [
  {
    name: '400 "... is not found!"',
    answer: errorAnswer(
      400,
      'bad_request',
      'Keystore (name: my-ks) is not found! Try create operation.',
    ),
    expected: {
      __typename: 'NotFoundError',
      message: 'Keystore (name: my-ks) is not found! Try create operation.',
      resourceType: 'KEYSTORE',
      name: 'my-ks',
    },
  },
  {
    name: '404 project not found',
    answer: errorAnswer(
      404,
      'not_found',
      'Project(demo) was not found or user does not have privilege to access it!',
    ),
    expected: { __typename: 'NotFoundError', resourceType: 'PROJECT', name: 'demo' },
  },
  {
    name: '400 "... is already exist!"',
    answer: errorAnswer(400, 'bad_request', 'JWK (name: updated-jwk) is already exist!'),
    expected: {
      __typename: 'NameConflictError',
      message: 'JWK (name: updated-jwk) is already exist!',
      name: 'updated-jwk',
    },
  },
  {
    name: '409 conflict',
    answer: errorAnswer(409, 'duplicate_name', 'Name is taken'),
    expected: { __typename: 'NameConflictError', message: 'Name is taken' },
  },
  {
    name: 'another 400',
    answer: errorAnswer(400, 'bad_request', 'certificateName value can not be empty!'),
    expected: {
      __typename: 'ValidationError',
      message: 'certificateName value can not be empty!',
      field: 'certificateName',
    },
  },
  {
    name: '401',
    answer: errorAnswer(401, 'invalid_token', 'Invalid access token'),
    expected: { __typename: 'AuthenticationError', message: 'Invalid access token' },
  },
  {
    name: '401 with no body (a proxy in front of Apinizer)',
    answer: { status: 401 },
    expected: { __typename: 'AuthenticationError' },
  },
  {
    name: '403',
    answer: errorAnswer(403, 'forbidden', 'User does not have SECRETS + MANAGE permission'),
    expected: {
      __typename: 'PermissionDeniedError',
      message: 'User does not have SECRETS + MANAGE permission',
    },
  },
  {
    name: '500',
    answer: errorAnswer(500, 'internal_error', 'Database is down'),
    expected: {
      __typename: 'UpstreamError',
      message: 'Database is down',
      status: 500,
      reason: 'HTTP_ERROR',
    },
  },
  {
    name: '502 with an HTML page',
    answer: {
      status: 502,
      contentType: 'text/html',
      body: '<html><body>Bad Gateway</body></html>',
    },
    // A proxy's page says nothing about whether Apinizer got the write.
    expected: { __typename: 'UnknownOutcomeError', message: expect.stringMatching(/HTTP 502/) },
  },
  {
    name: '200 with HTML instead of JSON',
    answer: { status: 200, contentType: 'text/html', body: '<html><body>Login</body></html>' },
    expected: {
      __typename: 'UnknownOutcomeError',
      message: expect.stringMatching(
        /Apinizer answered HTTP 200 with a text\/html body instead of JSON.*may or may not have taken effect/,
      ),
    },
  },
  {
    name: '200 with JSON that is not a deployment report',
    answer: { status: 200, contentType: 'application/json', body: '{"hello":"world"}' },
    expected: { __typename: 'UnknownOutcomeError' },
  },
  {
    name: '200 that says it failed',
    answer: {
      status: 200,
      contentType: 'application/json',
      body: '{"success":false,"message":"Lock held"}',
    },
    expected: { __typename: 'UpstreamError', message: 'Lock held' },
  },
];

const env = useRecordedGateway({ APINIZER_HEADERS_TIMEOUT_MS: '300' });

describe.each(cases)('$field maps each Apinizer answer to its union member', (mutation) => {
  it.each(answers)('$name', async ({ answer, expected }) => {
    env.upstream.answer(answer);
    const result = await env.gateway.post(mutation.query, mutation.variables);
    expect(result.errors).toBeUndefined();
    expect(result.data?.[mutation.field]).toMatchObject(expected);
    expect(env.upstream.requests).toHaveLength(1);
    expect(env.upstream.requests[0]?.path).toBe(mutation.resourcePath);
  });

  it('a timeout after the write was sent is an UnknownOutcomeError naming the resource', async () => {
    env.upstream.answer({ ...errorAnswer(200, 'x', 'late'), delayMs: 2000 });
    const result = await env.gateway.post(mutation.query, mutation.variables);
    expect(result.data?.[mutation.field]).toEqual(
      expect.objectContaining({
        __typename: 'UnknownOutcomeError',
        resourceType: mutation.resourceType,
        name: mutation.resourceName,
        message: expect.stringMatching(/Apinizer did not answer within 300 ms.*Read the .* back/),
      }),
    );
  });

  it('a deployment that failed in one environment is still a success, with the report', async () => {
    env.upstream.answer({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({
        success: true,
        deploymentResult: {
          success: false,
          message: 'Deployment failed in one or more environments',
          environmentResults: [
            { environmentName: 'production', success: true, message: 'Deployed successfully' },
            { environmentName: 'staging', success: false, message: 'Gateway pods unreachable' },
          ],
        },
      }),
    });
    const result = await env.gateway.post(mutation.query, mutation.variables);
    expect(result.data?.[mutation.field]).toEqual({
      __typename: mutation.successType,
      deployment: {
        success: false,
        environmentResults: [
          { environmentName: 'production', success: true, message: 'Deployed successfully' },
          { environmentName: 'staging', success: false, message: 'Gateway pods unreachable' },
        ],
      },
    });
  });
});

describe('when nothing listens at APINIZER_URL', () => {
  it.each(cases)('$field answers UpstreamError CONNECTION_REFUSED', async (mutation) => {
    const refused = await startGateway(await closedPortUrl());
    try {
      const result = await refused.post(mutation.query, mutation.variables);
      expect(result.data?.[mutation.field]).toMatchObject({
        __typename: 'UpstreamError',
        reason: 'CONNECTION_REFUSED',
        status: null,
      });
    } finally {
      await refused.close();
    }
  });
});
