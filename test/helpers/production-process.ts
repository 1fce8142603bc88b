import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** The gateway as production runs it: `node dist/server.js`, nothing between it and a signal. */
export interface ProductionProcess {
  readonly child: ChildProcess;
  readonly url: string;
  readonly output: () => string;
  /** Resident memory of the gateway process, in MiB (from /proc). */
  rssMiB(): number;
  /** Resolves with the exit code once the process has exited. */
  readonly exited: Promise<number | null>;
}

export async function startProductionProcess(
  env: Record<string, string>,
): Promise<ProductionProcess> {
  const started = await spawnGateway(['dist/server.js'], {
    PATH: process.env.PATH ?? '',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    ...env,
  });
  return {
    ...started,
    rssMiB: () => rssMiBOf(started.child.pid as number),
  };
}

/** Resident memory of a process, in MiB (from /proc). */
export function rssMiBOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? Number.NaN);
  return kib / 1024;
}

/** Starts `node <args>` in the project folder and waits for the line with the gateway's URL. */
export async function spawnGateway(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<Omit<ProductionProcess, 'rssMiB'>> {
  const child = spawn(process.execPath, args, {
    cwd: new URL('../..', import.meta.url),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk;
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 20_000);
    child.stdout?.on('data', () => {
      const match = /on (http:\/\/\S+\/graphql)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return { child, url, output: () => output, exited };
}
