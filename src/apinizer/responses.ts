import type { Failure, Outcome } from '../failures.js';
import { fail, ok } from '../result.js';

export interface EnvironmentDeployment {
  readonly environmentName: string;
  readonly success: boolean;
  readonly message: string | null;
}

/** What Apinizer reports after a write: the call succeeded; deployment may have failed per environment. */
export interface DeploymentReport {
  readonly success: boolean;
  readonly message: string | null;
  readonly environmentResults: readonly EnvironmentDeployment[];
}

export type JsonObject = Readonly<Record<string, unknown>>;

export type ItemParser<T> = (item: JsonObject) => T | undefined;

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const invalid = (what: string): Failure => ({
  kind: 'UPSTREAM',
  reason: 'INVALID_RESPONSE',
  status: 200,
  message: `Apinizer's answer is not the documented JSON: ${what}`,
});

/** Some releases say `"success": true`, others `"status": "SUCCESS"`. */
function saysSuccess(body: JsonObject): boolean | undefined {
  if (typeof body.success === 'boolean') return body.success;
  if (typeof body.status === 'string') return body.status.toUpperCase() === 'SUCCESS';
  return undefined;
}

/** A 200 that says it did not succeed is an upstream failure in Apinizer's own words. */
function unsuccessful(body: JsonObject): Failure {
  const words = [body.error_description, body.message, body.error].find(
    (value) => typeof value === 'string',
  );
  return {
    kind: 'UPSTREAM',
    reason: 'HTTP_ERROR',
    status: 200,
    message: typeof words === 'string' ? words : 'Apinizer reported that the operation failed',
  };
}

const optionalText = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export function parseDeploymentReport(json: unknown): Outcome<DeploymentReport> {
  if (!isObject(json)) return fail(invalid('expected an object'));
  const success = saysSuccess(json);
  if (success === undefined) return fail(invalid('no "success" flag'));
  if (!success) return fail(unsuccessful(json));
  const result = json.deploymentResult;
  // A write with nothing to deploy (no environments) may come back without a report.
  if (result === undefined || result === null) {
    return ok({ success: true, message: null, environmentResults: [] });
  }
  if (!isObject(result) || typeof result.success !== 'boolean') {
    return fail(invalid('"deploymentResult" has no "success" flag'));
  }
  const list = result.environmentResults ?? [];
  if (!Array.isArray(list)) return fail(invalid('"environmentResults" is not a list'));
  const environmentResults: EnvironmentDeployment[] = [];
  for (const item of list) {
    if (!isObject(item) || typeof item.environmentName !== 'string') {
      return fail(invalid('an environment result has no "environmentName"'));
    }
    environmentResults.push({
      environmentName: item.environmentName,
      success: item.success === true,
      message: optionalText(item.message),
    });
  }
  return ok({ success: result.success, message: optionalText(result.message), environmentResults });
}

/** Reads `{"success": true, "resultList": [...]}` and parses each item. */
export function parseResultList<T>(json: unknown, parseItem: ItemParser<T>): Outcome<T[]> {
  if (!isObject(json)) return fail(invalid('expected an object'));
  const success = saysSuccess(json);
  if (success === false) return fail(unsuccessful(json));
  if (!Array.isArray(json.resultList)) return fail(invalid('no "resultList"'));
  const items: T[] = [];
  for (const raw of json.resultList) {
    const item = isObject(raw) ? parseItem(raw) : undefined;
    if (item === undefined) return fail(invalid('an item in "resultList" has an unexpected shape'));
    items.push(item);
  }
  return ok(items);
}

/** A get answers a one-item list; an empty list means the resource does not exist. */
export function parseSingle<T>(json: unknown, parseItem: ItemParser<T>): Outcome<T | null> {
  const list = parseResultList(json, parseItem);
  if (!list.ok) return list;
  return ok(list.value[0] ?? null);
}

export const text = optionalText;

export function list(value: unknown): readonly JsonObject[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}
