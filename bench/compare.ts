/**
 * `npm run bench:compare`: the gateway's hot path side by side with the fastest hand-written
 * GraphQL servers, on one machine, in one run. Every target is its own process on loopback in
 * front of the same fixed-answer stub; autocannon loads each in turn, in interleaved rounds, and
 * the medians are compared with the floor (the same REST call with no GraphQL at all).
 * A second phase holds 1,000 req/s and reports the latency each target adds over the floor.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import autocannon from 'autocannon';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 32;

interface Target {
  readonly name: string;
  readonly url: string;
  readonly child: ChildProcess;
}

async function start(
  name: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<Target> {
  const child = spawn(process.execPath, args, {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      const match = /(?:listening|on) (http:\/\/\S+\/graphql)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code}: ${output}`)));
  });
  return { name, url, child };
}

const BODY = JSON.stringify({
  query:
    'mutation($projectName: String!, $jwkName: String!, $input: UpdateJwkInput!) { updateJwk(projectName: $projectName, jwkName: $jwkName, input: $input) { __typename ... on UpdateJwkSuccess { deployment { success environmentResults { environmentName success message } } } } }',
  variables: { projectName: 'demo', jwkName: 'demo-jwk', input: { description: 'bench' } },
});

interface Run {
  readonly requests: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
}

function load(url: string, options: { seconds: number; rate?: number }): Promise<Run> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer bench' },
        body: BODY,
        connections: options.rate ? 16 : CONNECTIONS,
        duration: options.seconds,
        ...(options.rate ? { overallRate: options.rate } : {}),
        expectBody: undefined,
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          requests: result.requests.average,
          p50: result.latency.p50,
          p99: result.latency.p99,
          errors: result.errors + result.non2xx,
        });
      },
    );
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

const tsx = ['--import', 'tsx', 'bench/targets.ts'];
const stub = await start('stub', [...tsx, 'stub']);
const upstream = new URL(stub.url).origin;
const targets = [
  await start('floor (no GraphQL)', [...tsx, 'floor', upstream]),
  await start('Fastify + Mercurius + graphql-jit', [...tsx, 'mercurius', upstream]),
  await start('bare graphql-yoga', [...tsx, 'yoga', upstream]),
  await start('this gateway (node dist/server.js)', ['dist/server.js'], {
    APINIZER_URL: upstream,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'error',
  }),
];

console.log(
  `node ${process.version}; ${CONNECTIONS} connections, ${ROUNDS} interleaved rounds of ${SECONDS} s; updateJwk against a fixed-answer stub\n`,
);
for (const target of targets) await load(target.url, { seconds: 1 }); // warm-up
const runs = new Map<string, Run[]>(targets.map((t) => [t.name, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const target of targets)
    runs.get(target.name)?.push(await load(target.url, { seconds: SECONDS }));
}
const floor = median(runs.get(targets[0]?.name ?? '')?.map((r) => r.requests) ?? []);
for (const target of targets) {
  const results = runs.get(target.name) ?? [];
  const rps = median(results.map((r) => r.requests));
  console.log(
    `${target.name.padEnd(38)} ${rps.toFixed(0).padStart(7)} req/s  ratio ${(rps / floor).toFixed(2)}  p50 ${median(results.map((r) => r.p50)).toFixed(1)} ms  p99 ${median(results.map((r) => r.p99)).toFixed(1)} ms  errors ${results.reduce((n, r) => n + r.errors, 0)}`,
  );
}

console.log('\nAt a fixed 1,000 req/s (latency added over the floor):');
const fixed = new Map<string, Run>();
for (const target of targets)
  fixed.set(target.name, await load(target.url, { seconds: SECONDS * 2, rate: 1000 }));
const base = fixed.get(targets[0]?.name ?? '');
for (const target of targets) {
  const run = fixed.get(target.name);
  if (!run || !base) continue;
  console.log(
    `${target.name.padEnd(38)} p50 ${run.p50.toFixed(2)} ms (+${(run.p50 - base.p50).toFixed(2)})  p99 ${run.p99.toFixed(2)} ms (+${(run.p99 - base.p99).toFixed(2)})  errors ${run.errors}`,
  );
}
for (const target of [...targets, stub]) target.child.kill('SIGKILL');
