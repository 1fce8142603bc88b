import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProductionProcess } from './helpers/production-process.js';
import {
  deploymentAnswer,
  type RecordingUpstream,
  startRecordingUpstream,
} from './helpers/recording-upstream.js';

/*
 * SIGTERM straight to the production start (`node dist/server.js`), as a container runtime
 * sends it, with ten writes in flight in a slow Apinizer.
 */

let upstream: RecordingUpstream;
beforeAll(async () => {
  upstream = await startRecordingUpstream({ ...deploymentAnswer(), delayMs: 1500 });
});
afterAll(async () => {
  await upstream.close();
});

const update = (url: string, i: number) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer t' },
    body: JSON.stringify({
      query: `mutation { updateJwk(projectName: "demo", jwkName: "jwk-${i}", input: { description: "d" }) { __typename } }`,
    }),
  }).then(async (response) => ({ status: response.status, body: await response.json() }));

const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
};

describe('graceful shutdown', () => {
  it('finishes 10 of 10 writes in flight, refuses new work with 503, reports not ready, exits 0', async () => {
    upstream.requests.length = 0;
    const gateway = await startProductionProcess({ APINIZER_URL: upstream.url.href });
    const writes = Array.from({ length: 10 }, (_, i) => update(gateway.url, i));
    await until(() => upstream.requests.length === 10);

    gateway.child.kill('SIGTERM');
    await until(() => gateway.output().includes('SIGTERM: draining'));
    const refused = await update(gateway.url, 99);
    expect(refused.status).toBe(503);
    expect(refused.body.errors[0].extensions.code).toBe('SHUTTING_DOWN');
    const readiness = await fetch(new URL('/readiness', gateway.url));
    expect(readiness.status).toBe(503);

    const answers = await Promise.all(writes);
    expect(answers.map((a) => a.body.data?.updateJwk.__typename)).toEqual(
      Array(10).fill('UpdateJwkSuccess'),
    );
    expect(await gateway.exited).toBe(0);
    // Each write reached Apinizer once; the refused one never did.
    expect(upstream.requests.map((r) => r.method)).toEqual(Array(10).fill('PUT'));
  });

  it('reports ready before, and a second signal exits at once', async () => {
    upstream.requests.length = 0;
    const gateway = await startProductionProcess({ APINIZER_URL: upstream.url.href });
    const readiness = await fetch(new URL('/readiness', gateway.url));
    expect(readiness.status).toBe(200);
    expect(await readiness.json()).toEqual({ status: 'ready' });
    const pending = update(gateway.url, 1).catch(() => 'cut');
    await until(() => upstream.requests.some((r) => r.method === 'PUT'));
    gateway.child.kill('SIGTERM');
    await until(() => gateway.output().includes('SIGTERM: draining'));
    gateway.child.kill('SIGTERM');
    expect(await gateway.exited).toBe(1);
    expect(gateway.output()).toMatch(/SIGTERM again: exiting now/);
    await pending;
  });
});
