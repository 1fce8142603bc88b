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

const collect = (): (() => void) | undefined => {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
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
