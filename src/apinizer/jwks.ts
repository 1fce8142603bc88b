import type { Outcome } from '../failures.js';
import type { Name } from '../names.js';
import { apiopsPath, segment } from './paths.js';
import {
  type DeploymentReport,
  isObject,
  parseDeploymentReport,
  parseSingle,
  text,
} from './responses.js';
import { type ApinizerSession, missingAsNull } from './session.js';

export type JwkSourceType =
  | 'URL'
  | 'COPY_PASTE'
  | 'CERTIFICATE'
  | 'PUBLIC_KEY'
  | 'PRIVATE_KEY'
  | 'KEYSTORE'
  | 'GENERATE';

export type JwkType = 'RSA' | 'EC' | 'OCT' | 'OKP';

export interface Jwk {
  readonly projectName: string;
  readonly name: string;
  readonly description: string | null;
  readonly projectId: string | null;
  readonly sourceType: JwkSourceType | null;
  readonly sourceId: string | null;
  readonly sourceUrl: string | null;
  readonly type: JwkType | null;
  readonly kid: string | null;
  /** The key material object (`rsa`/`ec`/`oct`/`okp`), present on a get, absent from a list. */
  readonly material: Readonly<Record<string, unknown>> | null;
}

export interface JwkUpdateBody {
  readonly name?: Name;
  readonly description?: string;
}

const jwkPath = (projectName: Name, jwkName: Name) =>
  apiopsPath('projects', segment(projectName), 'jwks', segment(jwkName));

/** `PUT /apiops/projects/{project}/jwks/{jwk}/`: name and description only; detaches from the source. */
export async function updateJwk(
  api: ApinizerSession,
  params: { projectName: Name; jwkName: Name; body: JwkUpdateBody },
): Promise<Outcome<DeploymentReport>> {
  const answer = await api.json({
    method: 'PUT',
    path: jwkPath(params.projectName, params.jwkName),
    body: { json: params.body },
  });
  return answer.ok ? parseDeploymentReport(answer.value) : answer;
}

/** `GET /apiops/projects/{project}/jwks/{jwk}/` (with key material); a missing JWK is `null`. */
export async function getJwk(
  api: ApinizerSession,
  params: { projectName: Name; jwkName: Name },
): Promise<Outcome<Jwk | null>> {
  const answer = await api.json({
    method: 'GET',
    path: jwkPath(params.projectName, params.jwkName),
  });
  if (!answer.ok) return missingAsNull(answer);
  return parseSingle(answer.value, (item) => parseJwk(params.projectName, item));
}

const SOURCE_TYPES: readonly string[] = [
  'URL',
  'COPY_PASTE',
  'CERTIFICATE',
  'PUBLIC_KEY',
  'PRIVATE_KEY',
  'KEYSTORE',
  'GENERATE',
] satisfies JwkSourceType[];
const JWK_TYPES: readonly string[] = ['RSA', 'EC', 'OCT', 'OKP'] satisfies JwkType[];

const oneOf = <T extends string>(allowed: readonly string[], value: unknown): T | null =>
  typeof value === 'string' && allowed.includes(value.toUpperCase())
    ? (value.toUpperCase() as T)
    : null;

export function parseJwk(
  projectName: string,
  item: Readonly<Record<string, unknown>>,
): Jwk | undefined {
  if (typeof item.name !== 'string') return undefined;
  const material = [item.rsa, item.ec, item.oct, item.okp].find(isObject) ?? null;
  return {
    projectName,
    name: item.name,
    description: text(item.description),
    projectId: text(item.projectId),
    sourceType: oneOf<JwkSourceType>(SOURCE_TYPES, item.sourceType),
    sourceId: text(item.sourceId),
    sourceUrl: text(item.sourceUrl),
    type: oneOf<JwkType>(JWK_TYPES, item.type),
    kid: text(item.kid),
    material,
  };
}
