import type { Outcome } from '../failures.js';
import type { Name } from '../names.js';
import type { JwkUpdate } from './jwk-update.js';
import { apiopsPath, segment } from './paths.js';
import { type DeploymentReport, type JsonObject, list, text } from './responses.js';
import type { ApinizerSession } from './session.js';

export type KeyType = 'SECRET_KEY' | 'PRIVATE_KEY' | 'PUBLIC_KEY';

export interface KeyEnvironment {
  readonly environmentName: string;
  readonly alias: string | null;
  /** Base64 of the key material, when Apinizer returns it. */
  readonly content: string | null;
}

export interface Key {
  readonly projectName: string;
  readonly name: string;
  readonly description: string | null;
  readonly projectId: string | null;
  readonly keyType: KeyType | null;
  readonly environments: readonly KeyEnvironment[];
}

export interface KeyEnvironmentBody {
  readonly environmentName: string;
  readonly content: string;
  readonly alias?: string;
}

export interface KeyUpdateBody {
  readonly name?: Name;
  readonly description?: string;
  readonly keyType?: KeyType;
  readonly cryptoKeyInfoEnvironmentList?: readonly KeyEnvironmentBody[];
}

export interface KeyCreateBody {
  readonly name: Name;
  readonly description?: string;
  readonly keyType: KeyType;
  readonly cryptoKeyInfoEnvironmentList: readonly KeyEnvironmentBody[];
}

const keysPath = (projectName: Name) => apiopsPath('projects', segment(projectName), 'keys');
const keyPath = (projectName: Name, keyName: Name) =>
  apiopsPath('projects', segment(projectName), 'keys', segment(keyName));

/** `GET /apiops/projects/{project}/keys/` */
export function listKeys(
  api: ApinizerSession,
  params: { projectName: Name },
): Promise<Outcome<Key[]>> {
  return api.list({ method: 'GET', path: keysPath(params.projectName) }, (item) =>
    parseKey(params.projectName, item),
  );
}

/** `GET /apiops/projects/{project}/keys/{key}/`; a missing key is `null`. */
export function getKey(
  api: ApinizerSession,
  params: { projectName: Name; keyName: Name },
): Promise<Outcome<Key | null>> {
  return api.single({ method: 'GET', path: keyPath(params.projectName, params.keyName) }, (item) =>
    parseKey(params.projectName, item),
  );
}

/** `POST /apiops/projects/{project}/keys/` */
export function createKey(
  api: ApinizerSession,
  params: { projectName: Name; body: KeyCreateBody },
): Promise<Outcome<DeploymentReport>> {
  return api.write(
    {
      method: 'POST',
      path: keysPath(params.projectName),
      body: { json: params.body },
    },
    { resourceType: 'KEY', name: params.body.name },
  );
}

/** `PUT /apiops/projects/{project}/keys/{key}/?jwkUpdateAction=...` */
export function updateKey(
  api: ApinizerSession,
  params: { projectName: Name; keyName: Name; body: KeyUpdateBody; jwkUpdate: JwkUpdate },
): Promise<Outcome<DeploymentReport>> {
  return api.write(
    {
      method: 'PUT',
      path: keyPath(params.projectName, params.keyName),
      query: api.jwkUpdateQuery(params.jwkUpdate),
      body: { json: params.body },
    },
    { resourceType: 'KEY', name: params.keyName },
  );
}

/** `DELETE /apiops/projects/{project}/keys/{key}/` */
export function deleteKey(
  api: ApinizerSession,
  params: { projectName: Name; keyName: Name },
): Promise<Outcome<DeploymentReport>> {
  return api.write(
    { method: 'DELETE', path: keyPath(params.projectName, params.keyName) },
    { resourceType: 'KEY', name: params.keyName },
  );
}

const KEY_TYPES: readonly string[] = [
  'SECRET_KEY',
  'PRIVATE_KEY',
  'PUBLIC_KEY',
] satisfies KeyType[];

export function parseKey(projectName: string, item: JsonObject): Key | undefined {
  if (typeof item.name !== 'string') return undefined;
  return {
    projectName,
    name: item.name,
    description: text(item.description),
    projectId: text(item.projectId),
    keyType:
      typeof item.keyType === 'string' && KEY_TYPES.includes(item.keyType)
        ? (item.keyType as KeyType)
        : null,
    environments: list(item.cryptoKeyInfoEnvironmentList).flatMap((env) =>
      typeof env.environmentName === 'string'
        ? [
            {
              environmentName: env.environmentName,
              alias: text(env.alias),
              content: text(env.content),
            },
          ]
        : [],
    ),
  };
}
