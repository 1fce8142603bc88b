/**
 * `npm run load`: a bounded load on loopback that stops by itself. The gateway runs as
 * production runs it (`node dist/server.js`, NODE_ENV=production, default limits) in a child
 * process whose RSS is sampled from /proc. Two upstreams in turn:
 * - the embedded simulator (real crypto, real JWK material), and
 * - a stub that answers at once (the gateway's own cost).
 * Each gets a mixed phase (reads, writes, PEM uploads) and then an upload burst of 200
 * concurrent 5 MB keystore updates (the case that used to peak at 2.9 GB).
 */

import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent, type FormData, request } from 'undici';
import { selfSignedCertificate } from '../src/simulator/material.js';
import { startSimulator } from '../src/simulator/server.js';
import { startProductionProcess } from '../test/helpers/production-process.js';
import { certificateUpdateForm } from './forms.js';

const MIXED_SECONDS = Number(process.env.LOAD_SECONDS ?? 10);
const CONCURRENCY = 32;
const BURST = 200;
const BURST_FILE_BYTES = 5 * 1024 * 1024;

const client = new Agent({ connections: 256, bodyTimeout: 120_000, headersTimeout: 120_000 });

/** The gateway as production runs it, its RSS read from /proc (the suite's own helper). */
const startGateway = (apinizerUrl: string) =>
  startProductionProcess({ APINIZER_URL: apinizerUrl, LOG_LEVEL: 'error' });

/** An upstream that answers every call at once: a JWK for reads, a deployment for writes. */
async function startStub(): Promise<{ url: string; close: () => void }> {
  const jwk = JSON.stringify({
    resultList: [
      { name: 'demo-jwk', kid: 'k1', type: 'RSA', material: { kty: 'RSA', n: 'AQAB', e: 'AQAB' } },
    ],
  });
  const deployed = JSON.stringify({
    success: true,
    deploymentResult: {
      success: true,
      environmentResults: [{ environmentName: 'production', success: true }],
    },
  });
  const server = createServer(async (req, res) => {
    for await (const _ of req) {
      // drain the request body
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(req.method === 'GET' ? jwk : deployed);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}

type Send = () => Promise<boolean>;

interface Tally {
  requests: number;
  errors: number;
  latencies: number[];
}

async function post(url: string, token: string, body: string | FormData): Promise<boolean> {
  const headers: Record<string, string> =
    typeof body === 'string'
      ? { authorization: `Bearer ${token}`, 'content-type': 'application/json' }
      : { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' };
  try {
    const response = await request(url, { dispatcher: client, method: 'POST', headers, body });
    const text = await response.body.text();
    return (
      (response.statusCode === 200 && !text.includes('"errors"') && text.includes('Success')) ||
      (response.statusCode === 200 && text.includes('"jwk"') && !text.includes('"errors"'))
    );
  } catch {
    return false;
  }
}

async function run(tally: Tally, send: Send): Promise<void> {
  const started = performance.now();
  const ok = await send();
  tally.latencies.push(performance.now() - started);
  tally.requests += 1;
  if (!ok) tally.errors += 1;
}

function mixed(url: string, token: string): Send {
  const pem = selfSignedCertificate({ commonName: 'load.example.test' }).pem;
  const read = JSON.stringify({
    query: '{ jwk(projectName: "demo", name: "demo-jwk") { name kid material } }',
  });
  const write = JSON.stringify({
    query:
      'mutation { updateJwk(projectName: "demo", jwkName: "demo-jwk", input: { description: "load" }) { __typename } }',
  });
  let n = 0;
  return () => {
    n += 1;
    // 6 reads, 3 writes, 1 upload in every 10 requests.
    const slot = n % 10;
    return post(
      url,
      token,
      slot < 6 ? read : slot < 9 ? write : certificateUpdateForm(pem, 'load.pem'),
    );
  };
}

function keystoreBurstBody(): string {
  const keystore = Buffer.concat([
    Buffer.from('feedfeed', 'hex'),
    randomBytes(BURST_FILE_BYTES - 4),
  ]);
  return JSON.stringify({
    query:
      'mutation($input: UpdateKeystoreInput!) { updateKeystore(projectName: "demo", keystoreName: "demo-keystore", input: $input) { __typename } }',
    variables: {
      input: {
        environments: [
          {
            environmentName: 'production',
            file: { base64: keystore.toString('base64') },
            password: 'changeit',
            keyStoreType: 'JKS',
          },
        ],
      },
    },
  });
}

const percentile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};

async function measure(name: string, apinizerUrl: string, token: string, burst: boolean) {
  const gateway = await startGateway(apinizerUrl);
  let peak = gateway.rssMiB();
  const sampler = setInterval(() => {
    peak = Math.max(peak, gateway.rssMiB());
  }, 50);
  const send = mixed(gateway.url, token);
  for (let i = 0; i < 50; i++) await send(); // warm-up
  const start = gateway.rssMiB();
  peak = start;

  const tally: Tally = { requests: 0, errors: 0, latencies: [] };
  const until = performance.now() + MIXED_SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until) await run(tally, send);
    }),
  );
  const seconds = MIXED_SECONDS;
  const mixedPeak = peak;
  const line = (label: string, t: Tally, s: number, from: number, top: number, end: number) =>
    console.log(
      `${label.padEnd(40)} ${String(t.requests).padStart(6)} req ${(t.requests / s).toFixed(0).padStart(6)} req/s  errors ${String(t.errors).padStart(4)}  p99 ${percentile(t.latencies, 0.99).toFixed(1).padStart(7)} ms  RSS ${from.toFixed(0)} -> peak ${top.toFixed(0)} -> end ${end.toFixed(0)} MB`,
    );
  line(
    `${name}: mixed (6 read/3 write/1 upload)`,
    tally,
    seconds,
    start,
    mixedPeak,
    gateway.rssMiB(),
  );

  if (burst) {
    const body = keystoreBurstBody();
    const burstStart = gateway.rssMiB();
    peak = burstStart;
    const burstTally: Tally = { requests: 0, errors: 0, latencies: [] };
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: BURST }, () => run(burstTally, () => post(gateway.url, token, body))),
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    line(
      `${name}: ${BURST} x 5 MB keystores at once`,
      burstTally,
      (performance.now() - t0) / 1000,
      burstStart,
      peak,
      gateway.rssMiB(),
    );
  }
  clearInterval(sampler);
  gateway.child.kill('SIGTERM');
  await gateway.exited;
}

console.log(
  `node ${process.version}; gateway = node dist/server.js (NODE_ENV=production, default limits), ${CONCURRENCY} clients, ${MIXED_SECONDS} s mixed phase\n`,
);
const simulator = await startSimulator();
await measure('simulator', simulator.url.href, simulator.demo?.token ?? '', false);
await simulator.close();
const stub = await startStub();
await measure('stub', stub.url, 'load-token', true);
stub.close();
await client.close();
