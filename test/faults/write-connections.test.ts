import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FaultyUpstream, startFaultyUpstream } from '../helpers/faulty-upstream.js';
import { type RunningGateway, startGateway } from '../helpers/gateway.js';

/*
 * APINIZER_WRITE_CONNECTIONS=pooled: writes reuse keep-alive connections (the throughput
 * setting), still never retried; a write that meets a socket Apinizer closed while idle is in
 * doubt, and says so. The default (a connection per write) is tested in upstream-faults.test.ts.
 */

let upstream: FaultyUpstream;
let gateway: RunningGateway;

beforeAll(async () => {
  upstream = await startFaultyUpstream();
  gateway = await startGateway(upstream.url, { APINIZER_WRITE_CONNECTIONS: 'pooled' });
});
afterAll(async () => {
  await gateway.close();
  await upstream.close();
});

const UPDATE = `mutation { updateJwk(projectName: "demo", jwkName: "signing", input: { description: "d" }) {
  __typename
  ... on UnknownOutcomeError { resourceType name }
} }`;

describe('pooled write connections', () => {
  it('send 40 writes over the keep-alive connections of the pool, each exactly once', async () => {
    upstream.received.length = 0;
    const before = upstream.connections.opened;
    for (let i = 0; i < 40; i++) {
      const answer = await gateway.post(UPDATE);
      expect(answer.data?.updateJwk).toEqual({ __typename: 'UpdateJwkSuccess' });
    }
    expect(upstream.received).toHaveLength(40);
    expect(upstream.connections.opened - before).toBeLessThanOrEqual(2);
  });

  it('answer a write that met a socket closed while idle as in doubt, never retried', async () => {
    // The upstream drops idle connections 5 ms after each answer without saying so.
    upstream.idleCloseMs = 5;
    upstream.received.length = 0;
    const typenames: string[] = [];
    for (let i = 0; i < 40; i++) {
      const answer = await gateway.post(UPDATE);
      const result = answer.data?.updateJwk as { __typename: string } | undefined;
      typenames.push(result?.__typename ?? 'no answer');
      await new Promise((resolve) => setTimeout(resolve, i % 2 === 0 ? 5 : 1));
    }
    upstream.idleCloseMs = undefined;
    // Every write reached the upstream at most once, and every answer is one a UI can act on.
    expect(upstream.received.length).toBeLessThanOrEqual(40);
    expect(
      typenames.every(
        (t) => t === 'UpdateJwkSuccess' || t === 'UnknownOutcomeError' || t === 'UpstreamError',
      ),
    ).toBe(true);
    expect(typenames.filter((t) => t === 'UpdateJwkSuccess').length).toBe(upstream.received.length);
  });
});
