import { describe, expect, it } from 'vitest';
import {
  failureFromNetworkError,
  failureFromStatus,
  readErrorBody,
  resourceInMessage,
} from '../../src/apinizer/errors.js';
import { encodeSegment } from '../../src/apinizer/paths.js';

describe('resourceInMessage', () => {
  it.each([
    [
      'Keystore (name: my-ks) is not found! Try create operation.',
      { resourceType: 'KEYSTORE', name: 'my-ks' },
    ],
    ['JWK (name: my-jwk) is not found!', { resourceType: 'JWK', name: 'my-jwk' }],
    [
      'Key (name: my-key) is already exist! Try update operation if want to change its value.',
      { resourceType: 'KEY', name: 'my-key' },
    ],
    [
      'Project(MyProject) was not found or user does not have privilege to access it!',
      { resourceType: 'PROJECT', name: 'MyProject' },
    ],
    ['Environment (name: qa) is not found!', { resourceType: 'ENVIRONMENT', name: 'qa' }],
    ['Certificate (name: a (b)) is not found!', { resourceType: 'CERTIFICATE', name: 'a (b)' }],
    ['Something else went wrong', {}],
  ])('%s', (message, expected) => {
    expect(resourceInMessage(message)).toEqual(expected);
  });
});

describe('failureFromStatus', () => {
  const body = (error: string, description?: string) =>
    readErrorBody({ error, error_description: description });

  it('keeps the error code when there is no description', () => {
    expect(failureFromStatus(400, body('invalid_parameter'), 'application/json')).toEqual({
      kind: 'VALIDATION',
      message: 'invalid_parameter',
    });
  });

  it('maps 404 without a known resource to NOT_FOUND', () => {
    expect(
      failureFromStatus(404, body('resource_not_found', 'No such thing'), 'application/json'),
    ).toEqual({
      kind: 'NOT_FOUND',
      message: 'No such thing',
    });
  });

  it('maps an unexpected status with a JSON error to an upstream HTTP error', () => {
    expect(
      failureFromStatus(429, body('too_many_requests', 'Slow down'), 'application/json'),
    ).toEqual({
      kind: 'UPSTREAM',
      reason: 'HTTP_ERROR',
      status: 429,
      message: 'Slow down',
    });
  });

  it('names the content type when a 4xx has no Apinizer error body', () => {
    expect(failureFromStatus(400, undefined, 'text/html; charset=utf-8')).toEqual({
      kind: 'UPSTREAM',
      reason: 'INVALID_RESPONSE',
      status: 400,
      message: 'Apinizer answered HTTP 400 with a text/html body instead of its JSON error',
    });
  });
});

describe('failureFromNetworkError', () => {
  const timeouts = { connectTimeoutMs: 5, headersTimeoutMs: 6, bodyTimeoutMs: 7 };
  it.each([
    [
      { code: 'UND_ERR_CONNECT_TIMEOUT' },
      'TIMEOUT',
      'Apinizer did not accept a connection within 5 ms',
    ],
    [
      { code: 'UND_ERR_BODY_TIMEOUT' },
      'TIMEOUT',
      'Apinizer stopped sending its answer for more than 7 ms',
    ],
    [{ cause: { code: 'ECONNREFUSED' } }, 'CONNECTION_REFUSED', expect.stringMatching(/refused/)],
    [
      { errors: [{ code: 'ECONNREFUSED' }] },
      'CONNECTION_REFUSED',
      expect.stringMatching(/refused/),
    ],
    [{ code: 'ENOTFOUND' }, 'NETWORK_ERROR', 'The connection to Apinizer failed (ENOTFOUND)'],
    [
      new Error('boom'),
      'NETWORK_ERROR',
      'The connection to Apinizer failed (unknown network error)',
    ],
  ])('%o', (error, reason, message) => {
    expect(failureFromNetworkError(error, timeouts)).toEqual({ kind: 'UPSTREAM', reason, message });
  });
});

describe('encodeSegment', () => {
  it.each([
    ['My Project', 'My%20Project'],
    ['a/b', 'a%2Fb'],
    ['a?b#c', 'a%3Fb%23c'],
    ['100%', '100%25'],
    ['.', '%2E'],
    ['..', '%2E%2E'],
    ['a..b', 'a..b'],
    ['çağrı', '%C3%A7a%C4%9Fr%C4%B1'],
  ])('%s -> %s', (name, encoded) => {
    expect(encodeSegment(name)).toBe(encoded);
  });
});
