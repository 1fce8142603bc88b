import type { Outcome } from '../failures.js';
import type { Name } from '../names.js';
import { apiopsAction, apiopsPath, segment } from './paths.js';
import { type DeploymentReport, isObject, type JsonObject, text } from './responses.js';
import type { ApinizerSession } from './session.js';

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
  readonly material: JsonObject | null;
}

export interface JwkUpdateBody {
  readonly name?: Name;
  readonly description?: string;
}

export type JwkUseType = 'SIGNATURE' | 'ENCRYPTION';

interface FromStoredMaterial {
  readonly environmentName: string;
  readonly useType: JwkUseType;
  /** A JOSE algorithm name (RS256, RSA-OAEP-256, ECDH-ES+A128KW, EdDSA, ...). */
  readonly algorithm: string;
}

/** `POST /apiops/projects/{project}/jwks/`: one body per source, told apart by `sourceType`. */
export type JwkCreateBody = { readonly name: Name; readonly description?: string } & (
  | {
      readonly sourceType: 'URL';
      readonly url: string;
      readonly urlOptionConnectTimeout: number;
      readonly urlOptionReadTimeout: number;
      readonly urlOptionSizeLimit: number;
      readonly kid?: string;
    }
  | { readonly sourceType: 'COPY_PASTE'; readonly jwkStr: string; readonly kid?: string }
  | ({ readonly sourceType: 'CERTIFICATE'; readonly certificateName: Name } & FromStoredMaterial)
  | ({
      readonly sourceType: 'PUBLIC_KEY' | 'PRIVATE_KEY';
      readonly keyName: Name;
    } & FromStoredMaterial)
  | ({
      readonly sourceType: 'KEYSTORE';
      readonly keyStoreName: Name;
      readonly aliasName: string;
    } & FromStoredMaterial)
);

export type KeyIdType = 'TIMESTAMP' | 'SHA256' | 'SHA1' | 'ISO_DATE' | 'NONE';

/** The options of one generated key, in Apinizer's generate spelling. */
export interface GenerateOptions {
  readonly keySize?: number;
  readonly curveType?: string;
  readonly keyUseType: JwkUseType;
  /** Generate spells algorithms with underscores: RSA256, RSA_OAEP_256, ECDH_ES_A128KW. */
  readonly algorithm: string;
  readonly keyIdType?: KeyIdType;
  /** Epoch milliseconds. */
  readonly notBeforeTime?: number;
  readonly expirationTime?: number;
  readonly passwordSaltLength?: number;
  readonly passwordIterationCount?: number;
}

export interface JwkGenerateBody {
  readonly name: Name;
  readonly description?: string;
  readonly type: JwkType;
  readonly kid?: string;
  readonly rsa?: GenerateOptions;
  readonly ec?: GenerateOptions;
  readonly oct?: GenerateOptions;
  readonly okp?: GenerateOptions;
}

const jwksPath = (projectName: Name) => apiopsPath('projects', segment(projectName), 'jwks');
const jwkPath = (projectName: Name, jwkName: Name) =>
  apiopsPath('projects', segment(projectName), 'jwks', segment(jwkName));

/** `GET /apiops/projects/{project}/jwks/` (no key material) */
export function listJwks(
  api: ApinizerSession,
  params: { projectName: Name },
): Promise<Outcome<Jwk[]>> {
  return api.list({ method: 'GET', path: jwksPath(params.projectName) }, (item) =>
    parseJwk(params.projectName, item),
  );
}

/** `GET /apiops/projects/{project}/jwks/{jwk}/` (with key material); a missing JWK is `null`. */
export function getJwk(
  api: ApinizerSession,
  params: { projectName: Name; jwkName: Name },
): Promise<Outcome<Jwk | null>> {
  return api.single({ method: 'GET', path: jwkPath(params.projectName, params.jwkName) }, (item) =>
    parseJwk(params.projectName, item),
  );
}

/** `POST /apiops/projects/{project}/jwks/` with a `sourceType`. */
export function createJwk(
  api: ApinizerSession,
  params: { projectName: Name; body: JwkCreateBody },
): Promise<Outcome<DeploymentReport>> {
  return api.write(
    {
      method: 'POST',
      path: jwksPath(params.projectName),
      body: { json: params.body },
    },
    { resourceType: 'JWK', name: params.body.name },
  );
}

/** `POST /apiops/projects/{project}/jwks/generate` */
export function generateJwk(
  api: ApinizerSession,
  params: { projectName: Name; body: JwkGenerateBody },
): Promise<Outcome<DeploymentReport>> {
  return api.write(
    {
      method: 'POST',
      path: apiopsAction('projects', segment(params.projectName), 'jwks', 'generate'),
      body: { json: params.body },
    },
    { resourceType: 'JWK', name: params.body.name },
  );
}

/** `PUT /apiops/projects/{project}/jwks/{jwk}/`: name and description only; detaches from the source. */
export function updateJwk(
  api: ApinizerSession,
  params: { projectName: Name; jwkName: Name; body: JwkUpdateBody },
): Promise<Outcome<DeploymentReport>> {
  return api.write(
    {
      method: 'PUT',
      path: jwkPath(params.projectName, params.jwkName),
      body: { json: params.body },
    },
    { resourceType: 'JWK', name: params.jwkName },
  );
}

/** `DELETE /apiops/projects/{project}/jwks/{jwk}/` */
export function deleteJwk(
  api: ApinizerSession,
  params: { projectName: Name; jwkName: Name },
): Promise<Outcome<DeploymentReport>> {
  return api.write(
    { method: 'DELETE', path: jwkPath(params.projectName, params.jwkName) },
    { resourceType: 'JWK', name: params.jwkName },
  );
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

export function parseJwk(projectName: string, item: JsonObject): Jwk | undefined {
  if (typeof item.name !== 'string') return undefined;
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
    material: [item.rsa, item.ec, item.oct, item.okp].find(isObject) ?? null,
  };
}
