import type { ChildProcess } from 'node:child_process';
import { spawnGateway } from './production-process.js';

/** `npm start` as a user runs it: a child process with the embedded simulator. */
export interface StartedServer {
  readonly child: ChildProcess;
  readonly url: string;
  readonly token: string;
  readonly output: () => string;
}

export async function startServerProcess(env: Record<string, string> = {}): Promise<StartedServer> {
  const started = await spawnGateway(['--import', 'tsx', 'src/server.ts'], {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    APINIZER_URL: '',
    LOG_LEVEL: 'warn',
    ...env,
  });
  const token = /^Demo token: (\S+)$/m.exec(started.output())?.[1] ?? '';
  return { ...started, token };
}
