/**
 * The processes a benchmark loads, each on its own: started with `node`, found by the URL it
 * prints, measured from /proc (CPU time, resident memory), killed at the end.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { rssMiBOf } from '../test/helpers/production-process.js';

export interface BenchProcess {
  readonly name: string;
  /** Its GraphQL endpoint (or the stub's origin). */
  readonly url: string;
  readonly child: ChildProcess;
  /** User + system CPU time it has used so far, in seconds. */
  cpuSeconds(): number;
  /** Resident memory now, in MiB. */
  rssMiB(): number;
  stop(): void;
}

// Linux's USER_HZ: /proc/<pid>/stat counts CPU time in these ticks.
const TICKS_PER_SECOND = 100;

export async function startProcess(
  name: string,
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<BenchProcess> {
  const child = spawn(process.execPath, args, {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start: ${output}`)), 30_000);
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      const match = /(?:listening|on) (http:\/\/\S+\/graphql)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code}: ${output}`)));
  });
  child.stdout?.resume();
  const pid = child.pid as number;
  return {
    name,
    url,
    child,
    cpuSeconds: () => {
      // Fields after the command name (which may hold spaces): utime is the 12th, stime the 13th.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
    },
    rssMiB: () => rssMiBOf(pid),
    stop: () => child.kill('SIGKILL'),
  };
}

export type Transport = 'per-write' | 'pooled';

/** The fixed-answer upstream every target calls. */
export const startStub = () =>
  startProcess('stub', ['--import', 'tsx', 'bench/targets.ts', 'stub']);

/**
 * The side-by-side targets, all making the same REST call on the same transport: the floor
 * (no GraphQL), Fastify + Mercurius + graphql-jit, a bare Yoga server, and this gateway as
 * production runs it (`node dist/server.js`, NODE_ENV=production, default limits, metrics on).
 */
export async function startTargets(upstream: string, transport: Transport) {
  const handWritten = (kind: string) =>
    startProcess(kind, ['--import', 'tsx', 'bench/targets.ts', kind, upstream], {
      BENCH_WRITES: transport,
    });
  return [
    { label: 'floor (no GraphQL)', process: await handWritten('floor') },
    { label: 'Fastify + Mercurius + graphql-jit', process: await handWritten('mercurius') },
    { label: 'bare graphql-yoga', process: await handWritten('yoga') },
    {
      label: 'this gateway (node dist/server.js)',
      process: await startGatewayProcess(upstream, { APINIZER_WRITE_CONNECTIONS: transport }),
    },
  ];
}

/** The gateway as production runs it, in front of `upstream`, with default settings but `env`. */
export const startGatewayProcess = (upstream: string, env: Record<string, string> = {}) =>
  startProcess('gateway', ['dist/server.js'], {
    APINIZER_URL: upstream,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'error',
    ...env,
  });
