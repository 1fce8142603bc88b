import type { Outcome } from '../failures.js';
import { fail } from '../result.js';

/**
 * One operation's share of Apinizer: at most `maxCalls` calls in all and `maxConcurrent` at
 * once, so a single operation can neither fan out without bound nor take the whole connection
 * pool from everyone else. Calls beyond the concurrency wait their turn in order.
 */
export class CallBudget {
  private used = 0;
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly maxCalls: number,
    private readonly maxConcurrent: number,
    /** The operation's request signal: fires when its client goes away. */
    private readonly signal?: AbortSignal,
  ) {}

  /** Runs `call` within the budget, or answers LIMIT without calling when it is used up. */
  async run<T>(call: (signal?: AbortSignal) => Promise<Outcome<T>>): Promise<Outcome<T>> {
    if (this.used >= this.maxCalls) {
      return fail({
        kind: 'LIMIT',
        message: `This operation needs more than ${this.maxCalls} calls to Apinizer, the most one operation may make; the rest were not sent. Ask for fewer resources at once.`,
      });
    }
    this.used += 1;
    if (this.active >= this.maxConcurrent) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    this.active += 1;
    try {
      // A cancelled operation still takes its turn, but its call ends at once (aborted signal).
      return await call(this.signal);
    } finally {
      this.active -= 1;
      this.waiting.shift()?.();
    }
  }
}
