/** A release function; calling it more than once is harmless. */
export type Release = () => void;

interface Waiter {
  readonly weight: number;
  readonly grant: (release: Release | undefined) => void;
}

/**
 * A budget of bytes shared by all requests: a request takes its weight before it reads its body
 * and gives it back when it is answered. Waiters are served strictly in order, so a large
 * request is not starved by a stream of small ones.
 */
export class ByteBudget {
  private available: number;
  private readonly queue: Waiter[] = [];

  constructor(readonly capacity: number) {
    this.available = capacity;
  }

  /** Resolves with a release, or `undefined` when `timeoutMs` passed or `signal` fired first. */
  acquire(weight: number, timeoutMs: number, signal?: AbortSignal): Promise<Release | undefined> {
    const needed = Math.min(Math.max(weight, 0), this.capacity);
    if (this.queue.length === 0 && needed <= this.available) {
      return Promise.resolve(this.take(needed));
    }
    return new Promise((resolve) => {
      let settled = false;
      const finish = (release: Release | undefined) => {
        if (settled) {
          release?.();
          return;
        }
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', giveUp);
        resolve(release);
      };
      const waiter: Waiter = { weight: needed, grant: finish };
      const giveUp = () => {
        const index = this.queue.indexOf(waiter);
        if (index >= 0) this.queue.splice(index, 1);
        finish(undefined);
        this.drain();
      };
      const timer = setTimeout(giveUp, timeoutMs);
      signal?.addEventListener('abort', giveUp, { once: true });
      this.queue.push(waiter);
    });
  }

  /** Bytes taken right now. */
  get inUse(): number {
    return this.capacity - this.available;
  }

  private take(weight: number): Release {
    this.available -= weight;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.available += weight;
      this.drain();
    };
  }

  private drain(): void {
    for (let head = this.queue[0]; head && head.weight <= this.available; head = this.queue[0]) {
      this.queue.shift();
      head.grant(this.take(head.weight));
    }
  }
}
