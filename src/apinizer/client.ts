import type { Dispatcher } from 'undici';
import type { OperationLimits, UpstreamConfig } from '../config.js';
import type { Logger } from '../logger.js';
import type { ApinizerCall } from '../observability/metrics.js';
import { CallBudget } from './budget.js';
import {
  ApinizerHttp,
  type BearerToken,
  createReadDispatcher,
  createWriteDispatcher,
} from './http.js';
import { ApinizerSession } from './session.js';

export interface ApinizerClientOptions {
  readonly baseUrl: URL;
  readonly upstream: UpstreamConfig;
  readonly limits: Pick<OperationLimits, 'maxUpstreamCalls' | 'maxConcurrentUpstreamCalls'>;
  readonly logger: Logger;
  /** Replaces both pools, e.g. with a MockAgent or a recording dispatcher. */
  readonly dispatcher?: Dispatcher;
  /** Told about every call (metrics). */
  readonly observe?: (call: ApinizerCall) => void;
}

// How long a readiness answer stands: probes come every few seconds from every replica's
// orchestrator, and Apinizer should not see one call each.
const REACHABILITY_TTL_MS = 5000;
const PROBE_TIMEOUT_MS = 2000;

/** The REST client shared by all requests: the connection pools, one session per operation. */
export class ApinizerClient {
  private readonly http: ApinizerHttp;
  private readonly reads: Dispatcher;
  private readonly writes: Dispatcher;

  constructor(private readonly options: ApinizerClientOptions) {
    const origin = options.baseUrl.origin;
    this.reads = options.dispatcher ?? createReadDispatcher(origin, options.upstream);
    this.writes = options.dispatcher ?? createWriteDispatcher(origin, options.upstream);
    this.http = new ApinizerHttp({
      baseUrl: options.baseUrl,
      reads: this.reads,
      writes: this.writes,
      writeConnections: options.upstream.writeConnections,
      timeouts: options.upstream,
      logger: options.logger,
      ...(options.observe ? { observe: options.observe } : {}),
    });
  }

  private reachability: { at: number; answer: Promise<boolean> } | undefined;

  /** Whether Apinizer answers HTTP at all; cached for a few seconds. */
  reachable(): Promise<boolean> {
    const now = Date.now();
    if (!this.reachability || now - this.reachability.at >= REACHABILITY_TTL_MS) {
      this.reachability = { at: now, answer: this.http.reachable(PROBE_TIMEOUT_MS) };
    }
    return this.reachability.answer;
  }

  /**
   * The REST client for one operation: the caller's token, its share of Apinizer (calls in all
   * and at once), and its request's signal, which cancels what is still pending.
   */
  session(token: BearerToken, signal?: AbortSignal): ApinizerSession {
    const budget = new CallBudget(
      this.options.limits.maxUpstreamCalls,
      this.options.limits.maxConcurrentUpstreamCalls,
      signal,
    );
    return new ApinizerSession(this.http, token, this.options.upstream.jwkUpdateStyle, budget);
  }

  /** Closes the pools; in-flight calls finish first. */
  async close(): Promise<void> {
    await Promise.all(this.pools().map((pool) => pool.close()));
  }

  /** Closes the pools now, cutting what is still in flight (after a shutdown's grace period). */
  async destroy(): Promise<void> {
    await Promise.all(this.pools().map((pool) => pool.destroy()));
  }

  private pools(): Dispatcher[] {
    return this.reads === this.writes ? [this.reads] : [this.reads, this.writes];
  }
}
