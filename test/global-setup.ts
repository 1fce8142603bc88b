import { execFileSync } from 'node:child_process';

/** Compiles the gateway once (`npm run build`): tests of the production start run dist/server.js. */
export default function setup(): void {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    cwd: new URL('..', import.meta.url),
    stdio: 'inherit',
  });
}
