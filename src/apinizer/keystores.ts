import type { Outcome } from '../failures.js';
import type { Name } from '../names.js';
import type { JwkUpdate } from './jwk-update.js';
import { apiopsPath, segment } from './paths.js';
import { type DeploymentReport, type JsonObject, list, text } from './responses.js';
import type { ApinizerSession } from './session.js';

export type KeyStoreType = 'JKS' | 'PKCS12';

export interface KeystoreEnvironment {
  readonly environmentName: string;
  readonly keyStoreType: KeyStoreType | null;
  /** Base64 of the keystore file, when Apinizer returns it. */
  readonly file: string | null;
}

export interface Keystore {
  readonly projectName: string;
  readonly name: string;
  readonly description: string | null;
  readonly projectId: string | null;
  readonly environments: readonly KeystoreEnvironment[];
}

/** One entry of `keyStoreEnvironmentList` as Apinizer takes it. */
export interface KeystoreEnvironmentBody {
  readonly environmentName: string;
  readonly file: string;
  readonly password: string;
  readonly alias?: string;
  readonly keyStoreType: KeyStoreType;
}

/** A partial update: only the fields present are changed. */
export interface KeystoreUpdateBody {
  readonly name?: Name;
  readonly description?: string;
  readonly keyStoreEnvironmentList?: readonly KeystoreEnvironmentBody[];
}

export interface KeystoreCreateBody {
  readonly name: Name;
  readonly description?: string;
  readonly keyStoreEnvironmentList: readonly KeystoreEnvironmentBody[];
}

const keystoresPath = (projectName: Name) =>
  apiopsPath('projects', segment(projectName), 'keystores');
const keystorePath = (projectName: Name, keystoreName: Name) =>
  apiopsPath('projects', segment(projectName), 'keystores', segment(keystoreName));

/** `GET /apiops/projects/{project}/keystores/` */
export function listKeystores(
  api: ApinizerSession,
  params: { projectName: Name },
): Promise<Outcome<Keystore[]>> {
  return api.list({ method: 'GET', path: keystoresPath(params.projectName) }, (item) =>
    parseKeystore(params.projectName, item),
  );
}

/** `GET /apiops/projects/{project}/keystores/{keystore}/`; a missing keystore is `null`. */
export function getKeystore(
  api: ApinizerSession,
  params: { projectName: Name; keystoreName: Name },
): Promise<Outcome<Keystore | null>> {
  return api.single(
    { method: 'GET', path: keystorePath(params.projectName, params.keystoreName) },
    (item) => parseKeystore(params.projectName, item),
  );
}

/** `POST /apiops/projects/{project}/keystores/` */
export function createKeystore(
  api: ApinizerSession,
  params: { projectName: Name; body: KeystoreCreateBody },
): Promise<Outcome<DeploymentReport>> {
  return api.write(
    {
      method: 'POST',
      path: keystoresPath(params.projectName),
      body: { json: params.body },
    },
    { resourceType: 'KEYSTORE', name: params.body.name },
  );
}

/** `PUT /apiops/projects/{project}/keystores/{keystore}/?jwkUpdateAction=...` */
export function updateKeystore(
  api: ApinizerSession,
  params: { projectName: Name; keystoreName: Name; body: KeystoreUpdateBody; jwkUpdate: JwkUpdate },
): Promise<Outcome<DeploymentReport>> {
  return api.write(
    {
      method: 'PUT',
      path: keystorePath(params.projectName, params.keystoreName),
      query: api.jwkUpdateQuery(params.jwkUpdate),
      body: { json: params.body },
    },
    { resourceType: 'KEYSTORE', name: params.keystoreName },
  );
}

/** `DELETE /apiops/projects/{project}/keystores/{keystore}/`: undeploys it everywhere. */
export function deleteKeystore(
  api: ApinizerSession,
  params: { projectName: Name; keystoreName: Name },
): Promise<Outcome<DeploymentReport>> {
  return api.write(
    {
      method: 'DELETE',
      path: keystorePath(params.projectName, params.keystoreName),
    },
    { resourceType: 'KEYSTORE', name: params.keystoreName },
  );
}

const KEYSTORE_TYPES: readonly string[] = ['JKS', 'PKCS12'] satisfies KeyStoreType[];

export function parseKeystore(projectName: string, item: JsonObject): Keystore | undefined {
  if (typeof item.name !== 'string') return undefined;
  return {
    projectName,
    name: item.name,
    description: text(item.description),
    projectId: text(item.projectId),
    environments: list(item.keyStoreEnvironmentList).flatMap((env) => {
      if (typeof env.environmentName !== 'string') return [];
      const type = env.type ?? env.keyStoreType;
      return [
        {
          environmentName: env.environmentName,
          keyStoreType:
            typeof type === 'string' && KEYSTORE_TYPES.includes(type)
              ? (type as KeyStoreType)
              : null,
          file: text(env.file),
        },
      ];
    }),
  };
}
