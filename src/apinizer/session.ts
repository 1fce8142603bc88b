import type { JwkUpdateStyle } from '../config.js';
import type { Failure, Outcome } from '../failures.js';
import { ok } from '../result.js';
import type { ApinizerAnswer, ApinizerHttp, ApinizerRequest, BearerToken } from './http.js';
import { type JwkUpdate, jwkUpdateQuery } from './jwk-update.js';
import {
  type DeploymentReport,
  type ItemParser,
  parseDeploymentReport,
  parseResultList,
  parseSingle,
} from './responses.js';

/** The REST client bound to one caller's token: every endpoint function takes one. */
export class ApinizerSession {
  constructor(
    private readonly http: ApinizerHttp,
    private readonly token: BearerToken,
    private readonly jwkUpdateStyle: JwkUpdateStyle,
  ) {}

  json(req: ApinizerRequest): Promise<Outcome<unknown>> {
    return this.http.sendJson(this.token, req);
  }

  /** A write: Apinizer answers with the deployment report. */
  async write(req: ApinizerRequest): Promise<Outcome<DeploymentReport>> {
    const answer = await this.json(req);
    return answer.ok ? parseDeploymentReport(answer.value) : answer;
  }

  /** A list read: `{"resultList": [...]}`, each item parsed. */
  async list<T>(req: ApinizerRequest, parseItem: ItemParser<T>): Promise<Outcome<T[]>> {
    const answer = await this.json(req);
    return answer.ok ? parseResultList(answer.value, parseItem) : answer;
  }

  /** A get: a one-item list; a missing resource is `null`. */
  async single<T>(req: ApinizerRequest, parseItem: ItemParser<T>): Promise<Outcome<T | null>> {
    const answer = await this.json(req);
    return answer.ok ? parseSingle(answer.value, parseItem) : missingAsNull(answer);
  }

  bytes(req: ApinizerRequest): Promise<Outcome<ApinizerAnswer>> {
    return this.http.send(this.token, req);
  }

  jwkUpdateQuery(update: JwkUpdate): URLSearchParams {
    return jwkUpdateQuery(update, this.jwkUpdateStyle);
  }
}

/**
 * Apinizer reports a missing resource as a failure; for a read that is an ordinary answer.
 * A missing project or environment stays a failure: the question itself was wrong.
 */
export function missingAsNull<T>(outcome: Outcome<T | null>): Outcome<T | null> {
  if (outcome.ok || !isMissingResource(outcome.failure)) return outcome;
  return ok(null);
}

const isMissingResource = (failure: Failure): boolean =>
  failure.kind === 'NOT_FOUND' &&
  failure.resourceType !== 'PROJECT' &&
  failure.resourceType !== 'ENVIRONMENT';
