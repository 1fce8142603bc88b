import type { Outcome } from '../failures.js';
import type { Name } from '../names.js';
import type { JwkUpdate } from './jwk-update.js';
import { apiopsPath, segment } from './paths.js';
import {
  type DeploymentReport,
  list,
  parseDeploymentReport,
  parseSingle,
  text,
} from './responses.js';
import { type ApinizerSession, missingAsNull } from './session.js';

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

const keystorePath = (projectName: Name, keystoreName: Name) =>
  apiopsPath('projects', segment(projectName), 'keystores', segment(keystoreName));

/** `PUT /apiops/projects/{project}/keystores/{keystore}/?jwkUpdateAction=...` */
export async function updateKeystore(
  api: ApinizerSession,
  params: {
    projectName: Name;
    keystoreName: Name;
    body: KeystoreUpdateBody;
    jwkUpdate: JwkUpdate;
  },
): Promise<Outcome<DeploymentReport>> {
  const answer = await api.json({
    method: 'PUT',
    path: keystorePath(params.projectName, params.keystoreName),
    query: api.jwkUpdateQuery(params.jwkUpdate),
    body: { json: params.body },
  });
  return answer.ok ? parseDeploymentReport(answer.value) : answer;
}

/** `GET /apiops/projects/{project}/keystores/{keystore}/`; a missing keystore is `null`. */
export async function getKeystore(
  api: ApinizerSession,
  params: { projectName: Name; keystoreName: Name },
): Promise<Outcome<Keystore | null>> {
  const answer = await api.json({
    method: 'GET',
    path: keystorePath(params.projectName, params.keystoreName),
  });
  if (!answer.ok) return missingAsNull(answer);
  return parseSingle(answer.value, (item) => parseKeystore(params.projectName, item));
}

const KEYSTORE_TYPES: readonly string[] = ['JKS', 'PKCS12'] satisfies KeyStoreType[];

export function parseKeystore(
  projectName: string,
  item: Readonly<Record<string, unknown>>,
): Keystore | undefined {
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
