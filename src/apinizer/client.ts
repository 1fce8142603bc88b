import type { Dispatcher } from 'undici';
import type { UpstreamConfig } from '../config.js';
import type { Logger } from '../logger.js';
import { ApinizerHttp, type BearerToken, createDispatcher } from './http.js';
import { ApinizerSession } from './session.js';

export interface ApinizerClientOptions {
  readonly baseUrl: URL;
  readonly upstream: UpstreamConfig;
  readonly logger: Logger;
  /** Replaces the pooled Agent, e.g. with a MockAgent or a recording dispatcher. */
  readonly dispatcher?: Dispatcher;
}

/** The REST client shared by all requests: one connection pool, one session per caller token. */
export class ApinizerClient {
  private readonly http: ApinizerHttp;
  readonly dispatcher: Dispatcher;

  constructor(private readonly options: ApinizerClientOptions) {
    this.dispatcher = options.dispatcher ?? createDispatcher(options.upstream);
    this.http = new ApinizerHttp({
      baseUrl: options.baseUrl,
      dispatcher: this.dispatcher,
      timeouts: options.upstream,
      logger: options.logger,
    });
  }

  session(token: BearerToken): ApinizerSession {
    return new ApinizerSession(this.http, token, this.options.upstream.jwkUpdateStyle);
  }

  async close(): Promise<void> {
    await this.dispatcher.close();
  }
}
