/**
 * Memory of the gateway as production runs it (`node dist/server.js`), read from /proc:
 * - soak: updateJwk at saturation for a few minutes (bounded), RSS at start, peak, and after
 *   the load has stopped and the gateway has been idle a little;
 * - uploads: 1 MiB certificate files uploaded at once in growing numbers, peak RSS against
 *   the files in flight.
 */
import { Pool } from 'undici';
import { selfSignedCertificate } from '../src/simulator/material.js';
import { certificateUpdateForm } from './forms.js';
import { saturate } from './load-generators.js';
import { type BenchProcess, startGatewayProcess, startStub } from './processes.js';

const SOAK_SECONDS = Number(process.env.SOAK_SECONDS ?? 180);
// Longer than the gateway waits (30-60 s of quiet) before it gives memory back.
const SETTLE_SECONDS = 65;
const MiB = 1024 * 1024;

const mib = (value: number) => `${value.toFixed(0)} MiB`;

/** Samples `process`'s RSS every `everyMs` until stopped; returns the peak. */
function sampleRss(process: BenchProcess, everyMs: number): { stop(): number } {
  let peak = process.rssMiB();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.rssMiB());
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, process.rssMiB());
    },
  };
}

export async function soak(): Promise<void> {
  const stub = await startStub();
  const gateway = await startGatewayProcess(new URL(stub.url).origin);
  try {
    // Start and end are measured alike: warm (JIT-compiled, pools grown, as a deployed gateway
    // is), then idle for SETTLE_SECONDS, when the gateway gives back what traffic left behind.
    await saturate(gateway.url, 5);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_SECONDS * 1000));
    const start = gateway.rssMiB();
    console.log(
      `\nSoak: updateJwk at 32 connections for ${SOAK_SECONDS} s (SOAK_SECONDS), gateway RSS from /proc`,
    );
    const sampler = sampleRss(gateway, 250);
    let requests = 0;
    let errors = 0;
    for (let elapsed = 0; elapsed < SOAK_SECONDS; elapsed += 30) {
      const run = await saturate(gateway.url, Math.min(30, SOAK_SECONDS - elapsed));
      requests += run.requests;
      errors += run.errors;
      console.log(
        `  ${elapsed + Math.min(30, SOAK_SECONDS - elapsed)} s: ${run.requestsPerSecond.toFixed(0)} req/s, RSS ${mib(gateway.rssMiB())}`,
      );
    }
    const peak = sampler.stop();
    await new Promise((resolve) => setTimeout(resolve, SETTLE_SECONDS * 1000));
    const end = gateway.rssMiB();
    console.log(
      `  ${requests} requests, ${errors} errors; RSS start ${mib(start)}, peak ${mib(peak)}, end ${mib(end)} (${SETTLE_SECONDS} s idle after the load: ${(((end - start) / start) * 100).toFixed(1)}% from the start)`,
    );
  } finally {
    gateway.stop();
    stub.stop();
  }
}

// A certificate bundle of about `bytes`: whole PEM blocks (the gateway checks the first).
function certificateFile(bytes: number): Uint8Array<ArrayBuffer> {
  const pem = selfSignedCertificate({ commonName: 'bench.example.test' }).pem;
  return new TextEncoder().encode(pem.repeat(Math.round(bytes / pem.length)));
}

/** One certificate update with `file` as a multipart upload; true when it succeeded. */
async function uploadCertificate(client: Pool, path: string, file: Uint8Array<ArrayBuffer>) {
  const response = await client.request({
    path,
    method: 'POST',
    headers: { authorization: 'Bearer bench', 'apollo-require-preflight': 'true' },
    body: certificateUpdateForm(file, 'bundle.pem'),
  });
  const text = await response.body.text();
  return response.statusCode === 200 && text.includes('UpdateCertificateSuccess');
}

export async function uploads(): Promise<void> {
  const stub = await startStub();
  const file = certificateFile(MiB);
  console.log(
    '\nUploads: 1 MiB certificate files (updateCertificate, multipart), all at once; a fresh gateway for each count, warmed with 4 uploads',
  );
  try {
    for (const inFlight of [1, 16, 64, 128, 256]) {
      const gateway = await startGatewayProcess(new URL(stub.url).origin);
      const target = new URL(gateway.url);
      const client = new Pool(target.origin, { connections: 256 });
      try {
        for (let i = 0; i < 4; i++) await uploadCertificate(client, target.pathname, file);
        await new Promise((resolve) => setTimeout(resolve, 500));
        const before = gateway.rssMiB();
        const sampler = sampleRss(gateway, 10);
        const started = performance.now();
        const answers = await Promise.all(
          Array.from({ length: inFlight }, () => uploadCertificate(client, target.pathname, file)),
        );
        const seconds = (performance.now() - started) / 1000;
        const peak = sampler.stop();
        console.log(
          `  ${String(inFlight).padStart(3)} files in flight: RSS ${mib(before)} -> peak ${mib(peak)} (+${mib(peak - before)}, ${((peak - before) / inFlight).toFixed(2)} MiB per file), ${seconds.toFixed(2)} s, ${answers.filter((ok) => !ok).length} failed`,
        );
      } finally {
        await client.close();
        gateway.stop();
      }
    }
  } finally {
    stub.stop();
  }
}
