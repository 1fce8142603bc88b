/**
 * `npm run bench -- scenarios`: what the gateway costs on top of Apinizer, measured on loopback.
 * - JSON mutation (updateJwk) through the gateway vs the same PUT straight to the simulator.
 * - Multipart certificate update (PEM upload -> multipart PUT upstream).
 * - Large keystore uploads (multipart in, base64 JSON out): latency and peak memory.
 * Everything runs in this one process (client, gateway, upstream), with bounded request counts.
 */

import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent, FormData, request } from 'undici';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { selfSignedCertificate } from '../src/simulator/material.js';
import { startSimulator } from '../src/simulator/server.js';
import { createGateway } from '../src/yoga.js';
import { certificateUpdateForm } from './forms.js';

const client = new Agent({ connections: 64 });

async function listen(
  handler: Parameters<typeof createServer>[1],
): Promise<{ url: string; close: () => void }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}

interface Stats {
  count: number;
  seconds: number;
  p50: number;
  p95: number;
  p99: number;
}

async function load(count: number, concurrency: number, send: () => Promise<void>): Promise<Stats> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        next += 1;
        const t = performance.now();
        await send();
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { count, seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

const show = (name: string, s: Stats) =>
  console.log(
    `${name.padEnd(44)} ${String(s.count).padStart(5)} req  ${(s.count / s.seconds).toFixed(0).padStart(6)} req/s  p50 ${s.p50.toFixed(2)} ms  p95 ${s.p95.toFixed(2)} ms  p99 ${s.p99.toFixed(2)} ms`,
  );

/** POSTs a GraphQL request (JSON, or a multipart form with its preflight header); the answer must contain `marker`. */
async function postExpecting(url: string, body: string | FormData, marker: string): Promise<void> {
  const headers =
    typeof body === 'string'
      ? { ...auth, 'content-type': 'application/json' }
      : { ...auth, 'apollo-require-preflight': 'true' };
  await expectOk(await request(url, { dispatcher: client, method: 'POST', headers, body }), marker);
}

async function expectOk(response: Awaited<ReturnType<typeof request>>, marker: string) {
  const text = await response.body.text();
  if (!text.includes(marker)) throw new Error(`unexpected answer: ${text.slice(0, 300)}`);
}

// The request log counts the calls each scenario makes.
const simulator = await startSimulator({ recordRequests: true });
const token = simulator.demo?.token ?? '';
const config = loadConfig({
  LOG_LEVEL: 'silent',
  UPLOAD_MAX_FILE_BYTES: String(16 * 1024 * 1024),
  // The JWKS page below (50 JWKs with material) makes 51 calls; the default allows 50.
  MAX_UPSTREAM_CALLS: '64',
  MAX_COST: '64',
});
const gateway = createGateway({
  config,
  apinizerUrl: simulator.url,
  logger: createLogger('silent'),
});
const gatewayServer = await listen(gateway.handle);
const graphqlUrl = `${gatewayServer.url}/graphql`;
const auth = { authorization: `Bearer ${token}` };

const JWK = JSON.stringify({
  query:
    'mutation { updateJwk(projectName: "demo", jwkName: "demo-jwk", input: { description: "bench" }) { __typename ... on UpdateJwkSuccess { deployment { success } } } }',
});
// Warm up JIT, connection pools and the schema's caches.
await load(200, 8, async () => postExpecting(graphqlUrl, JWK, 'UpdateJwkSuccess'));

console.log(
  `node ${process.version}, ${process.platform}/${process.arch}; client, gateway and simulator share one process\n`,
);
const direct = await load(3000, 16, async () =>
  expectOk(
    await request(`${simulator.url.origin}/apiops/projects/demo/jwks/demo-jwk/`, {
      dispatcher: client,
      method: 'PUT',
      headers: { ...auth, 'content-type': 'application/json' },
      body: '{"description":"bench"}',
    }),
    'deploymentResult',
  ),
);
show('PUT jwk straight to the simulator', direct);
const viaGateway = await load(3000, 16, async () =>
  postExpecting(graphqlUrl, JWK, 'UpdateJwkSuccess'),
);
show('updateJwk through the gateway', viaGateway);
console.log(`  gateway overhead at p50: ${(viaGateway.p50 - direct.p50).toFixed(2)} ms\n`);

const pem = selfSignedCertificate({ commonName: 'bench.example.test' }).pem;
show(
  'updateCertificate, multipart PEM upload',
  await load(500, 8, async () =>
    postExpecting(graphqlUrl, certificateUpdateForm(pem, 'bench.pem'), 'UpdateCertificateSuccess'),
  ),
);

// A JWKS page: 50 JWKs with their material. One list call and 50 gets, sent as one batch,
// against what a client without batching does: the list, then the 50 gets one after another.
// Apinizer answers in 5 ms here (a stand-in for a real network and server); on bare loopback
// the simulator answers in microseconds and batching has nothing to hide.
const demoProject = simulator.store.projects.get('demo');
const template = demoProject?.jwks.get('demo-jwk');
if (!demoProject || !template) throw new Error('the simulator seed changed');
for (let i = 0; i < 50; i++) {
  demoProject.jwks.set(`bench-${i}`, {
    ...template,
    id: `bench-${i}`,
    name: `bench-${i}`,
    kid: `bench-${i}`,
  });
}
const JWKS = JSON.stringify({ query: '{ jwks(projectName: "demo") { name material } }' });
simulator.received.length = 0;
simulator.faults.delayMs = 5;
const batched = await load(20, 1, async () => postExpecting(graphqlUrl, JWKS, 'bench-49'));
show('jwks { material } for 51 JWKs, batched', batched);
console.log(`  upstream calls per query: ${simulator.received.length / 20}`);
const sequential = await load(5, 1, async () => {
  const origin = simulator.url.origin;
  await (
    await request(`${origin}/apiops/projects/demo/jwks/`, { dispatcher: client, headers: auth })
  ).body.dump();
  for (const name of demoProject.jwks.keys()) {
    await (
      await request(`${origin}/apiops/projects/demo/jwks/${name}/`, {
        dispatcher: client,
        headers: auth,
      })
    ).body.dump();
  }
});
show('the same 52 calls one after another (no gateway)', sequential);
simulator.faults.delayMs = 0;
console.log('');

// Large keystores go to a sink that answers a deployment report: the simulator would parse them.
const sink = await listen((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"success":true,"deploymentResult":{"success":true,"environmentResults":[]}}');
  });
});
const sinkGateway = createGateway({
  config,
  apinizerUrl: new URL(sink.url),
  logger: createLogger('silent'),
});
const sinkServer = await listen(sinkGateway.handle);
const KEYSTORE_QUERY =
  'mutation($input: UpdateKeystoreInput!) { updateKeystore(projectName: "demo", keystoreName: "big", input: $input) { __typename ... on Error { message } } }';
for (const mib of [1, 8]) {
  const file = Buffer.concat([
    Buffer.from('feedfeed00000002', 'hex'),
    randomBytes(mib * 1024 * 1024 - 8),
  ]);
  const keystoreForm = () => {
    const form = new FormData();
    form.set(
      'operations',
      JSON.stringify({
        query: KEYSTORE_QUERY,
        variables: {
          input: {
            environments: [
              {
                environmentName: 'production',
                file: { upload: null },
                password: 'x',
                keyStoreType: 'JKS',
              },
            ],
          },
        },
      }),
    );
    form.set('map', JSON.stringify({ 0: ['variables.input.environments.0.file.upload'] }));
    form.set('0', new Blob([file]), 'big.jks');
    return form;
  };
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const stats = await load(40, 4, async () =>
    postExpecting(`${sinkServer.url}/graphql`, keystoreForm(), 'UpdateKeystoreSuccess'),
  );
  clearInterval(sampler);
  show(`updateKeystore, ${mib} MiB JKS upload (4 at a time)`, stats);
  console.log(
    `  RSS before ${(before / 2 ** 20).toFixed(0)} MiB, peak ${(peak / 2 ** 20).toFixed(0)} MiB (+${((peak - before) / 2 ** 20).toFixed(0)} MiB for 4 uploads in flight)`,
  );
}

gatewayServer.close();
sinkServer.close();
sink.close();
await gateway.close();
await sinkGateway.close();
await simulator.close();
await client.close();
