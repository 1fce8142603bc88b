import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/*
 * A large request body (an inline keystore, or a hostile 6 MB query) leaves tens of MB of
 * garbage in V8's large-object space: the raw bytes, the decoded text, the parsed strings.
 * V8 only collects it once the heap has grown far past that, so RSS climbs by hundreds of MB
 * under such traffic and stays there. After a large body has been answered, the gateway asks
 * for a collection, at most once per interval; with little live data it takes a few ms.
 */

/** Bodies at least this large are worth a collection afterwards. */
export const LARGE_BODY_BYTES = 4 * 1024 * 1024;

const exposeGc = (): (() => void) | undefined => {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
};

// V8's gc(), fetched once for every reclaimer of the process (`null`: not asked for yet).
let gcFunction: (() => void) | undefined | null = null;
const collect = (): (() => void) | undefined => {
  if (gcFunction === null) gcFunction = exposeGc();
  return gcFunction;
};

/**
 * Returns `nudge()`: a collection soon after each large body, but never more often than once
 * per `minIntervalMs` (under a flood of large bodies that caps the cost at a few ms per interval).
 */
export function largeBodyReclaimer(minIntervalMs = 250): { nudge(): void } {
  const gc = collect();
  let last = 0;
  let timer: NodeJS.Timeout | undefined;
  const run = () => {
    timer = undefined;
    last = Date.now();
    gc?.();
  };
  return {
    nudge() {
      if (!gc || timer) return;
      timer = setTimeout(run, Math.max(0, last + minIntervalMs - Date.now())).unref();
    },
  };
}

/**
 * V8 grows its old space by up to 4x of what survived the last full collection before it
 * collects again; under sustained traffic that is mostly garbage promoted from requests in
 * flight, and RSS peaked at ~220 MB against ~30 MB live. A fixed growth step bounds that, and
 * trades against latency: measured at saturation (RSS peak) and at 1,000 req/s (p99), V8's own
 * ~220 MB / 5.4-6.9 ms; 50% ~140 MB / 13.6-14.6 ms (a full collection every ~4 s); 150% (the
 * default) ~172 MB / 6.9-8.1 ms. 0 leaves V8's heuristics. V8 reads the flag at every
 * collection, so setting it at start-up works without a command-line flag.
 */
export function limitHeapGrowth(percent: number): void {
  if (percent > 0) setFlagsFromString(`--heap-growing-percent=${percent}`);
}

/**
 * Gives back what a burst of traffic left behind: V8 keeps the heap it grew to (and the RSS)
 * until allocation resumes. Once a whole period (30 s) passes with no request after some
 * traffic, one full collection (a few ms with little live data; V8 then unmaps the freed
 * pages). It has a price: the first ~0.7 s of traffic after it ran slow (at 1,000 req/s,
 * latencies of 5 ms and more instead of ~0.6 ms), so it waits for a quiet half-minute rather
 * than a pause between bursts. Returns `served()`, to be called for each request, and `stop()`.
 */
export function idleReclaimer(periodMs = 30_000): { served(): void; stop(): void } {
  const gc = collect();
  let served = 0;
  let seen = 0;
  let collected = true;
  const timer = gc
    ? setInterval(() => {
        if (served !== seen) {
          seen = served;
          collected = false;
        } else if (!collected) {
          collected = true;
          gc();
        }
      }, periodMs).unref()
    : undefined;
  return {
    served: () => {
      served += 1;
    },
    stop: () => clearInterval(timer),
  };
}
