/**
 * The gateway's hot path side by side with the fastest hand-written GraphQL servers, on one
 * machine, in one run: every target is its own process on loopback in front of the same
 * fixed-answer stub, loaded in turn in interleaved rounds, its medians compared with the floor
 * (the same REST call with no GraphQL at all). Each target's CPU time per request comes from
 * /proc: with the load generator on the same cores, that figure moves least between runs.
 */
import { fixedRate, saturate, type Throughput } from './load-generators.js';
import { type BenchProcess, startStub, startTargets, type Transport } from './processes.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const RATE = 1000;

interface Target {
  readonly label: string;
  readonly process: BenchProcess;
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

const fixed = (value: number, digits = 0) => value.toFixed(digits);

async function withTargets<T>(
  transport: Transport,
  run: (targets: readonly Target[]) => Promise<T>,
): Promise<T> {
  const stub = await startStub();
  const targets = await startTargets(new URL(stub.url).origin, transport);
  try {
    return await run(targets);
  } finally {
    for (const target of targets) target.process.stop();
    stub.stop();
  }
}

/** Req/s, latency, errors and gateway CPU per request for each target, at saturation. */
export async function compareThroughput(transport: Transport): Promise<void> {
  await withTargets(transport, async (targets) => {
    console.log(
      `\nThroughput, writes ${transport === 'pooled' ? 'on pooled keep-alive connections' : 'on a connection each (the default)'}: 32 connections, ${ROUNDS} interleaved rounds of ${SECONDS} s, medians`,
    );
    for (const target of targets) await saturate(target.process.url, 1); // JIT warm-up
    const runs = new Map<string, { result: Throughput; cpuMicros: number }[]>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const target of targets) {
        const cpuBefore = target.process.cpuSeconds();
        const result = await saturate(target.process.url, SECONDS);
        const cpuMicros = ((target.process.cpuSeconds() - cpuBefore) * 1e6) / result.requests;
        runs.set(target.label, [...(runs.get(target.label) ?? []), { result, cpuMicros }]);
      }
    }
    const floor = median(
      runs.get(targets[0]?.label ?? '')?.map((r) => r.result.requestsPerSecond) ?? [],
    );
    for (const target of targets) {
      const results = runs.get(target.label) ?? [];
      const rps = median(results.map((r) => r.result.requestsPerSecond));
      console.log(
        [
          target.label.padEnd(36),
          `${fixed(rps).padStart(6)} req/s`,
          `ratio ${fixed(rps / floor, 2)}`,
          `p50 ${fixed(median(results.map((r) => r.result.p50Ms)))} ms`,
          `p99 ${fixed(median(results.map((r) => r.result.p99Ms)))} ms`,
          `CPU ${fixed(median(results.map((r) => r.cpuMicros)))} µs/req`,
          `errors ${results.reduce((n, r) => n + r.result.errors, 0)}`,
        ].join('  '),
      );
    }
  });
}

/** Latency at a fixed 1,000 req/s, and what each target adds over the floor. */
export async function compareLatency(transport: Transport): Promise<void> {
  await withTargets(transport, async (targets) => {
    console.log(
      `\nAt a fixed ${RATE} req/s for ${SECONDS * 2} s, writes ${transport === 'pooled' ? 'pooled' : 'on a connection each'} (latency added over the floor):`,
    );
    const results = [];
    for (const target of targets) {
      await fixedRate(target.process.url, RATE, 2); // warm-up, right before it is measured
      results.push({ target, latency: await fixedRate(target.process.url, RATE, SECONDS * 2) });
    }
    const base = results[0]?.latency;
    for (const { target, latency } of results) {
      if (!base) continue;
      console.log(
        [
          target.label.padEnd(36),
          `p50 ${fixed(latency.p50Ms, 2)} ms (+${fixed(latency.p50Ms - base.p50Ms, 2)})`,
          `p99 ${fixed(latency.p99Ms, 2)} ms (+${fixed(latency.p99Ms - base.p99Ms, 2)})`,
          `errors ${latency.errors}/${latency.sent}`,
        ].join('  '),
      );
    }
  });
}
