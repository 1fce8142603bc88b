import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { startGateway } from '../helpers/gateway.js';
import { useRecordedGateway } from '../helpers/recorded.js';
import { closedPortUrl, errorAnswer } from '../helpers/recording-upstream.js';

const lines: string[] = [];
const env = useRecordedGateway(
  { LOG_LEVEL: 'debug' },
  createLogger('debug', 'json', (line) => lines.push(line)),
);

const UPDATE = `mutation Describe { updateJwk(projectName: "demo", jwkName: "signing", input: { description: "d" }) { __typename } }`;

/** Prometheus text: the value of one sample, by name and exact labels. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    const end = line.lastIndexOf('} ');
    const have = line.slice(name.length + 1, end).split(',');
    if (wanted.every((w) => have.includes(w))) return Number(line.slice(end + 2));
  }
  return undefined;
}

describe('Prometheus metrics', () => {
  it('count operations, errors by type and every Apinizer call by endpoint and status', async () => {
    await env.gateway.post(UPDATE);
    env.upstream.answer(errorAnswer(400, 'bad_request', 'JWK (name: signing) is not found!'));
    await env.gateway.post(UPDATE);
    env.upstream.answer(errorAnswer(500, 'internal_error', 'Mongo down'));
    await env.gateway.post('query ReadJwk { jwk(projectName: "demo", name: "x") { name } }');
    const lookups = Array.from(
      { length: 26 },
      (_, i) => `j${i}: jwk(projectName: "d", name: "n${i}") { material }`,
    );
    await env.gateway.post(`{ ${lookups.join(' ')} }`);

    const response = await fetch(new URL('/metrics', env.gateway.url));
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(
      sample(text, 'graphql_envelop_request_duration_count', {
        operationName: 'Describe',
        operationType: 'mutation',
      }),
    ).toBe(2);
    expect(
      sample(text, 'graphql_envelop_request_duration_count', {
        operationName: 'ReadJwk',
        operationType: 'query',
      }),
    ).toBe(1);
    expect(sample(text, 'gateway_errors_total', { type: 'NotFoundError' })).toBe(1);
    expect(sample(text, 'gateway_errors_total', { type: 'UPSTREAM_ERROR' })).toBe(1);
    expect(sample(text, 'gateway_errors_total', { type: 'COST_LIMIT_EXCEEDED' })).toBe(1);
    const jwk = '/apiops/projects/{}/jwks/{}/';
    expect(
      sample(text, 'apinizer_request_duration_seconds_count', {
        method: 'PUT',
        endpoint: jwk,
        status: '200',
      }),
    ).toBe(1);
    expect(
      sample(text, 'apinizer_request_duration_seconds_count', {
        method: 'PUT',
        endpoint: jwk,
        status: '400',
      }),
    ).toBe(1);
    // A 500 is not retried (only resets and 502/503/504 are): one call.
    expect(
      sample(text, 'apinizer_request_duration_seconds_count', {
        method: 'GET',
        endpoint: jwk,
        status: '500',
      }),
    ).toBe(1);
    // Names never become labels.
    expect(text).not.toContain('signing');
  });

  it('are not served when METRICS=false', async () => {
    const quiet = await startGateway(env.upstream.url, { METRICS: 'false' });
    try {
      const response = await fetch(new URL('/metrics', quiet.url));
      expect(response.status).toBe(404);
    } finally {
      await quiet.close();
    }
  });
});

describe('structured logs', () => {
  it('are JSON lines that carry the request id the client got in x-request-id', async () => {
    lines.length = 0;
    const response = await fetch(env.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer secret-token-123' },
      body: JSON.stringify({ query: UPDATE }),
    });
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const call = logged.find((l) => String(l.msg).startsWith('apinizer PUT'));
    expect(call).toMatchObject({
      level: 'debug',
      requestId,
      msg: expect.stringMatching(/-> 200 in \d+ ms$/),
    });
    expect(lines.join('\n')).not.toContain('secret-token-123');
  });

  it('keep a request id the caller sent, if it looks like one', async () => {
    const response = await fetch(env.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'edge-7f3a9c1b' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('edge-7f3a9c1b');
    const injected = await fetch(env.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'x"} {"level":"error' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(injected.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('health and readiness', () => {
  it('/health answers while the process runs; /readiness says whether Apinizer answers', async () => {
    expect((await fetch(new URL('/health', env.gateway.url))).status).toBe(200);
    const ready = await fetch(new URL('/readiness', env.gateway.url));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });

    const cutOff = await startGateway(await closedPortUrl());
    try {
      expect((await fetch(new URL('/health', cutOff.url))).status).toBe(200);
      const notReady = await fetch(new URL('/readiness', cutOff.url));
      expect(notReady.status).toBe(503);
      expect(await notReady.json()).toEqual({ status: 'apinizer-unreachable' });
    } finally {
      await cutOff.close();
    }
  });
});
