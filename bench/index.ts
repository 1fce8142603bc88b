/**
 * `npm run bench [-- <mode>...]`, each mode bounded and stopping by itself:
 * - compare:   throughput side by side (floor, Mercurius + graphql-jit, bare Yoga, this gateway),
 *              writes on a connection each (the default) and pooled
 * - latency:   the same targets at a fixed 1,000 req/s: latency added over the floor
 * - scenarios: in-process scenarios (JSON vs straight to the simulator, PEM uploads, batching
 *              of a JWKS page, 1 and 8 MiB keystore uploads)
 * - soak:      a few minutes at saturation: RSS at start, peak and end (SOAK_SECONDS, 180)
 * - uploads:   1 MiB certificate uploads at once, 1 to 256: peak RSS against files in flight
 * With no mode: compare, latency and scenarios. The gateway runs as production runs it, from
 * dist/ (`npm run bench` builds it first).
 */
import { compareLatency, compareThroughput } from './compare.js';
import { soak, uploads } from './memory.js';

const MODES = {
  compare: async () => {
    await compareThroughput('per-write');
    await compareThroughput('pooled');
  },
  latency: async () => {
    await compareLatency('per-write');
    await compareLatency('pooled');
  },
  scenarios: async () => {
    console.log('\nScenarios (one process: client, gateway and upstream)');
    await import('./scenarios.js');
  },
  soak,
  uploads,
} as const;

type Mode = keyof typeof MODES;
const isMode = (name: string): name is Mode => Object.hasOwn(MODES, name);

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !isMode(name));
if (unknown.length > 0) {
  console.error(`Unknown mode(s) ${unknown.join(', ')}; modes: ${Object.keys(MODES).join(', ')}`);
  process.exit(2);
}
const modes: Mode[] = asked.length > 0 ? asked.filter(isMode) : ['compare', 'latency', 'scenarios'];
console.log(`node ${process.version}, ${modes.join(' + ')}`);
for (const mode of modes) await MODES[mode]();
