import type { JwkUpdateStyle } from '../config.js';
import type { Failure, Outcome, ResourceType } from '../failures.js';
import { fail, ok } from '../result.js';
import type { CallBudget } from './budget.js';
import {
  type ApinizerAnswer,
  type ApinizerHttp,
  type ApinizerRequest,
  type BearerToken,
  unknownOutcome,
} from './http.js';
import { type JwkUpdate, jwkUpdateQuery } from './jwk-update.js';
import {
  type DeploymentReport,
  type ItemParser,
  parseDeploymentReport,
  parseResultList,
  parseSingle,
} from './responses.js';

/** The resource a write is about, named in the error when its outcome is unknown. */
export interface WrittenResource {
  readonly resourceType: ResourceType;
  readonly name: string;
}

/**
 * The REST client bound to one operation: the caller's token and the operation's call budget.
 * Every endpoint function takes one.
 */
export class ApinizerSession {
  constructor(
    private readonly http: ApinizerHttp,
    private readonly token: BearerToken,
    private readonly jwkUpdateStyle: JwkUpdateStyle,
    private readonly budget: CallBudget,
  ) {}

  json(req: ApinizerRequest): Promise<Outcome<unknown>> {
    return this.budget.run((signal) => this.http.sendJson(this.token, req, signal));
  }

  /**
   * A write: Apinizer answers with the deployment report. A 2xx that is not one means the write
   * was accepted but its result cannot be told, so it is in doubt like a cut connection.
   */
  async write(req: ApinizerRequest, resource: WrittenResource): Promise<Outcome<DeploymentReport>> {
    const answer = await this.json(req);
    const report = answer.ok ? parseDeploymentReport(answer.value) : answer;
    if (
      answer.ok &&
      !report.ok &&
      report.failure.kind === 'UPSTREAM' &&
      report.failure.reason === 'INVALID_RESPONSE'
    ) {
      return inDoubt(unknownOutcome(req.method, report.failure.message), resource);
    }
    return report.ok ? report : inDoubt(report.failure, resource);
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
    return this.budget.run((signal) => this.http.send(this.token, req, signal));
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

/** Names the resource in an unknown-outcome failure; any other failure passes unchanged. */
function inDoubt(failure: Failure, resource: WrittenResource): { ok: false; failure: Failure } {
  if (failure.kind !== 'UNKNOWN_OUTCOME') return fail(failure);
  const what = `${resource.resourceType.toLowerCase()} "${resource.name}"`;
  return fail({
    ...failure,
    message: failure.message.replace('the resource', `the ${what}`),
    resourceType: resource.resourceType,
    name: resource.name,
  });
}
