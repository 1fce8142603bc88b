import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type Fault,
  type FaultyUpstream,
  startFaultyUpstream,
} from '../helpers/faulty-upstream.js';
import { type RunningGateway, startGateway } from '../helpers/gateway.js';
import { closedPortUrl } from '../helpers/recording-upstream.js';

/*
 * A misbehaving Apinizer on loopback. For every fault: the typed answer a UI can switch on, how
 * many times the request reached the upstream (a write: exactly once, never retried), and that
 * the gateway serves the next request.
 */

let upstream: FaultyUpstream;
let gateway: RunningGateway;

beforeAll(async () => {
  upstream = await startFaultyUpstream();
  gateway = await startGateway(upstream.url, {
    APINIZER_HEADERS_TIMEOUT_MS: '300',
    APINIZER_BODY_TIMEOUT_MS: '300',
    APINIZER_READ_RETRIES: '1',
  });
});
afterAll(async () => {
  await gateway.close();
  await upstream.close();
});
beforeEach(() => {
  upstream.fault = 'ok';
  upstream.idleCloseMs = undefined;
  upstream.received.length = 0;
});

const UPDATE = `mutation { updateJwk(projectName: "demo", jwkName: "signing", input: { description: "d" }) {
  __typename
  ... on Error { message }
  ... on UpstreamError { reason status }
  ... on UnknownOutcomeError { resourceType name }
} }`;
const READ = '{ jwk(projectName: "demo", name: "signing") { name } }';

async function servesTheNext(): Promise<void> {
  upstream.fault = 'ok';
  const read = await gateway.post(READ);
  expect(read.data).toEqual({ jwk: { name: 'signing' } });
  const write = await gateway.post(UPDATE);
  expect(write.data?.updateJwk).toMatchObject({ __typename: 'UpdateJwkSuccess' });
}

const IN_DOUBT = {
  __typename: 'UnknownOutcomeError',
  resourceType: 'JWK',
  name: 'signing',
  message: expect.stringMatching(/may or may not have taken effect\. Read the jwk "signing" back/),
};

const writeCases: { fault: Fault; answer: Record<string, unknown>; received: number }[] = [
  { fault: 'reset-after-request', answer: IN_DOUBT, received: 1 },
  { fault: 'no-headers', answer: IN_DOUBT, received: 1 },
  { fault: 'stalled-body', answer: IN_DOUBT, received: 1 },
  { fault: 'html-502', answer: IN_DOUBT, received: 1 },
  { fault: 'truncated-json', answer: IN_DOUBT, received: 1 },
  { fault: 'huge-body', answer: IN_DOUBT, received: 1 },
  {
    fault: 'json-500',
    answer: {
      __typename: 'UpstreamError',
      reason: 'HTTP_ERROR',
      status: 500,
      message: 'Mongo down',
    },
    received: 1,
  },
];

describe('a write (updateJwk) against a misbehaving Apinizer', () => {
  it.each(writeCases)('$fault: answered $answer.__typename, sent $received time(s)', async (c) => {
    upstream.fault = c.fault;
    const result = await gateway.post(UPDATE);
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateJwk).toMatchObject(c.answer);
    expect(upstream.received.filter((r) => r.startsWith('PUT'))).toHaveLength(c.received);
    await servesTheNext();
  });

  it('reset as the connection opens: never in Apinizer, and the answer says so or is in doubt', async () => {
    upstream.fault = 'reset-on-connect';
    const result = await gateway.post(UPDATE);
    const answer = result.data?.updateJwk as { __typename: string; message: string };
    // Which one depends on whether the reset beat the request onto the socket; never a success.
    if (answer.__typename === 'UpstreamError') {
      expect(answer.message).toMatch(/the PUT was not sent, so it is safe to retry/);
    } else {
      expect(answer).toMatchObject(IN_DOUBT);
    }
    expect(upstream.received).toHaveLength(0);
    await servesTheNext();
  });

  it('refused: not sent, so an UpstreamError that says it is safe to retry', async () => {
    const nowhere = await startGateway(await closedPortUrl());
    try {
      const result = await nowhere.post(UPDATE);
      expect(result.data?.updateJwk).toEqual({
        __typename: 'UpstreamError',
        reason: 'CONNECTION_REFUSED',
        status: null,
        message: expect.stringMatching(
          /refused the connection.*the PUT was not sent, so it is safe to retry/,
        ),
      });
    } finally {
      await nowhere.close();
    }
  });

  it('an idle keep-alive socket that Apinizer closed never costs a write: each write has its own connection', async () => {
    // The upstream drops idle connections 5 ms after each answer without saying so: the race
    // that lost 7 of 500 PUTs when writes reused pooled sockets.
    upstream.idleCloseMs = 5;
    const before = upstream.connections.opened;
    const results: unknown[] = [];
    for (let i = 0; i < 40; i++) {
      results.push((await gateway.post(UPDATE)).data?.updateJwk);
      await new Promise((resolve) => setTimeout(resolve, i % 2 === 0 ? 5 : 1));
    }
    expect(
      results.every((r) => (r as { __typename: string }).__typename === 'UpdateJwkSuccess'),
    ).toBe(true);
    expect(upstream.received).toHaveLength(40);
    expect(upstream.connections.opened - before).toBe(40);
  });
});

const readCases: { fault: Fault; reason: string; sent: number }[] = [
  // The first attempt goes out on the keep-alive socket of the read before; the retry is reset.
  { fault: 'reset-on-connect', reason: 'NETWORK_ERROR', sent: 1 },
  // Reads are retried (APINIZER_READ_RETRIES=1 here) after a reset or a 502.
  { fault: 'reset-after-request', reason: 'NETWORK_ERROR', sent: 2 },
  { fault: 'no-headers', reason: 'TIMEOUT', sent: 1 },
  { fault: 'stalled-body', reason: 'TIMEOUT', sent: 1 },
  { fault: 'html-502', reason: 'HTTP_ERROR', sent: 2 },
  { fault: 'json-500', reason: 'HTTP_ERROR', sent: 1 },
  { fault: 'truncated-json', reason: 'NETWORK_ERROR', sent: 2 },
  { fault: 'huge-body', reason: 'INVALID_RESPONSE', sent: 1 },
];

describe('a read (jwk) against a misbehaving Apinizer', () => {
  it.each(readCases)('$fault: UPSTREAM_ERROR $reason, sent $sent time(s)', async (c) => {
    upstream.fault = c.fault;
    const result = await gateway.post(READ);
    expect(result.data).toEqual({ jwk: null });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'UPSTREAM_ERROR',
      reason: c.reason,
    });
    expect(upstream.received).toHaveLength(c.sent);
    await servesTheNext();
  });
});

describe('a client that goes away', () => {
  const until = async (condition: () => boolean) => {
    while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
  };

  it('cancels its pending Apinizer calls and frees their pool slots for the next user', async () => {
    // A pool of 2 and an Apinizer that holds every request: without cancellation the next user
    // would wait for the 60 s headers timeout of the abandoned calls (the test would time out).
    const pool = await startGateway(upstream.url, {
      APINIZER_CONNECTIONS: '2',
      APINIZER_HEADERS_TIMEOUT_MS: '60000',
    });
    try {
      upstream.fault = 'no-headers';
      const closedBefore = upstream.connections.closed;
      const clients = Array.from({ length: 4 }, () => new AbortController());
      const abandoned = clients.map((client, i) =>
        fetch(pool.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: 'Bearer t' },
          body: JSON.stringify({
            query: `{ jwk(projectName: "demo", name: "held-${i}") { name } }`,
          }),
          signal: client.signal,
        }).catch(() => 'aborted'),
      );
      await until(() => upstream.received.length === 2);
      for (const client of clients) client.abort();
      expect(await Promise.all(abandoned)).toEqual(['aborted', 'aborted', 'aborted', 'aborted']);
      // The two held calls are cut (their sockets close); the two queued never go out.
      await until(() => upstream.connections.closed - closedBefore >= 2);

      upstream.fault = 'ok';
      const next = await pool.post('{ jwk(projectName: "demo", name: "next") { name } }');
      expect(next.data).toEqual({ jwk: { name: 'next' } });
      expect(upstream.received.filter((r) => r.includes('held'))).toHaveLength(2);
    } finally {
      await pool.close();
    }
  });

  it('one operation takes at most MAX_CONCURRENT_UPSTREAM_CALLS of the pool; another still gets through', async () => {
    const pool = await startGateway(upstream.url, {
      APINIZER_CONNECTIONS: '4',
      MAX_CONCURRENT_UPSTREAM_CALLS: '2',
      APINIZER_HEADERS_TIMEOUT_MS: '60000',
    });
    const client = new AbortController();
    try {
      upstream.fault = 'no-headers';
      const lookups = Array.from(
        { length: 10 },
        (_, i) => `h${i}: jwk(projectName: "demo", name: "held-${i}") { name }`,
      );
      const greedy = fetch(pool.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer t' },
        body: JSON.stringify({ query: `{ ${lookups.join(' ')} }` }),
        signal: client.signal,
      }).catch(() => 'aborted');
      await until(() => upstream.received.length === 2);
      await new Promise((resolve) => setTimeout(resolve, 50));
      // Ten lookups, but only two in Apinizer at once.
      expect(upstream.received).toHaveLength(2);

      upstream.fault = 'ok';
      const other = await pool.post('{ jwk(projectName: "demo", name: "other") { name } }');
      expect(other.data).toEqual({ jwk: { name: 'other' } });
      client.abort();
      await greedy;
    } finally {
      client.abort();
      await pool.close();
    }
  });
});
