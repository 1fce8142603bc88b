import type { SimResponse } from './http.js';

/** A canned answer for the next request(s), whatever the route would have said. */
export interface InjectedAnswer {
  readonly status: number;
  readonly body: string;
  readonly contentType?: string;
  /** How many requests get it. @default 1 */
  readonly times?: number;
}

/**
 * Ways to make the simulator misbehave on purpose: an environment whose deployments fail, a
 * server error or a non-JSON answer, a slow answer. Tests set them; `reset()` clears them.
 */
export class SimulatorFaults {
  private readonly failingEnvironments = new Map<string, string>();
  private readonly queued: { answer: SimResponse; remaining: number }[] = [];
  /** Milliseconds to wait before answering every request. */
  delayMs = 0;

  failDeployments(
    environmentName: string,
    message = 'Deployment failed: gateway pods did not respond',
  ): void {
    this.failingEnvironments.set(environmentName, message);
  }

  deploymentFailure(environmentName: string): string | undefined {
    return this.failingEnvironments.get(environmentName);
  }

  answerNext(answer: InjectedAnswer): void {
    this.queued.push({
      answer: {
        status: answer.status,
        body: answer.body,
        contentType: answer.contentType ?? 'application/json',
      },
      remaining: answer.times ?? 1,
    });
  }

  takeInjectedAnswer(): SimResponse | undefined {
    const first = this.queued[0];
    if (!first) return undefined;
    first.remaining -= 1;
    if (first.remaining <= 0) this.queued.shift();
    return first.answer;
  }

  reset(): void {
    this.failingEnvironments.clear();
    this.queued.length = 0;
    this.delayMs = 0;
  }
}
