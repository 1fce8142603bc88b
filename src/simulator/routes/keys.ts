import type { KeyObject } from 'node:crypto';
import { authorize } from '../access.js';
import { parseKeyContent } from '../crypto.js';
import { deploymentReport } from '../deploy.js';
import { badRequest, json, readJsonBody, reject, type SimResponse } from '../http.js';
import { applyJwkReferences, readJwkUpdate } from '../jwk-references.js';
import { type KeyEnvironmentState, type KeyState, newId, type SimulatorStore } from '../store.js';
import {
  decodeBase64Field,
  deleteResource,
  getResource,
  listAnswer,
  notFound,
  type RouteContext,
  readCreateName,
  readList,
  readNewName,
  readOptionalText,
  requireEnvironment,
} from './common.js';

const LABEL = 'Key';
const KEY_TYPES = ['SECRET_KEY', 'PRIVATE_KEY', 'PUBLIC_KEY'] as const;
type KeyType = (typeof KEY_TYPES)[number];

export function keyView(projectId: string, key: KeyState): Record<string, unknown> {
  return {
    name: key.name,
    description: key.description,
    projectId,
    keyType: key.keyType,
    cryptoKeyInfoEnvironmentList: key.environments.map((env) => ({ ...env })),
  };
}

export function listKeys({ store, req }: RouteContext, projectName: string): SimResponse {
  const { project } = authorize(store, req, projectName, []);
  return json(200, listAnswer([...project.keys.values()].map((key) => keyView(project.id, key))));
}

export function createKey({ store, faults, req }: RouteContext, projectName: string): SimResponse {
  const access = authorize(store, req, projectName, ['MANAGE']);
  const { project } = access;
  const body = readJsonBody(req);
  const name = readCreateName(body, project.keys, LABEL);
  const keyType =
    readKeyType(body.keyType) ?? reject(badRequest('keyType value can not be empty!'));
  const list = readList(body, 'cryptoKeyInfoEnvironmentList');
  if (!list || list.length === 0)
    return reject(badRequest('cryptoKeyInfoEnvironmentList can not be empty!'));
  const { environments } = readKeyEnvironments(store, list, keyType);
  project.keys.set(name, {
    id: newId(),
    name,
    description: readOptionalText(body, 'description') ?? '',
    keyType,
    environments,
  });
  return json(
    200,
    deploymentReport(
      access,
      faults,
      environments.map((env) => env.environmentName),
    ),
  );
}

export const deleteKey = (ctx: RouteContext, projectName: string, name: string): SimResponse =>
  deleteResource(ctx, projectName, name, (project) => project.keys, LABEL);

export const getKey = (ctx: RouteContext, projectName: string, name: string): SimResponse =>
  getResource(ctx, projectName, name, (project) => project.keys, LABEL, keyView);

export function readKeyType(value: unknown): KeyType | undefined {
  if (value === undefined || value === null) return undefined;
  const keyType = KEY_TYPES.find((type) => type === value);
  return (
    keyType ??
    reject(badRequest(`keyType value '${String(value)}' is invalid! Use ${KEY_TYPES.join(', ')}.`))
  );
}

/** Reads each environment's key material and checks it is a key of `keyType`. */
export function readKeyEnvironments(
  store: SimulatorStore,
  list: readonly Record<string, unknown>[],
  keyType: KeyType,
): { environments: KeyEnvironmentState[]; key: KeyObject | undefined } {
  let key: KeyObject | undefined;
  const environments = list.map((item) => {
    const environmentName = requireEnvironment(store, item.environmentName);
    const bytes = decodeBase64Field(item.content, 'content');
    const parsed = parseKeyContent(bytes, keyType);
    if (keyType !== 'SECRET_KEY' && !parsed) {
      return reject(badRequest(`Key content is not a valid ${keyType}!`));
    }
    key ??= parsed;
    const alias = typeof item.alias === 'string' && item.alias !== '' ? item.alias : null;
    return { environmentName, content: bytes.toString('base64'), alias };
  });
  return { environments, key };
}

export function updateKey(
  { store, faults, req }: RouteContext,
  projectName: string,
  name: string,
): SimResponse {
  const access = authorize(store, req, projectName, ['MANAGE']);
  const jwkUpdate = readJwkUpdate(req.query);
  const { project } = access;
  const key = project.keys.get(name) ?? notFound(LABEL, name);
  const body = readJsonBody(req);
  const newName = readNewName(body, name, project.keys, LABEL);
  const description = readOptionalText(body, 'description');
  const keyType = readKeyType(body.keyType) ?? key.keyType;
  const list = readList(body, 'cryptoKeyInfoEnvironmentList');
  const read = list ? readKeyEnvironments(store, list, keyType) : undefined;
  if (!read && keyType !== key.keyType) {
    // The stored material must still be a key of the new type.
    readKeyEnvironments(
      store,
      key.environments.map((env) => ({ ...env })),
      keyType,
    );
  }

  if (newName !== undefined && newName !== name) {
    project.keys.delete(name);
    key.name = newName;
    project.keys.set(newName, key);
  }
  if (description !== undefined) key.description = description;
  key.keyType = keyType;
  if (read) {
    key.environments = read.environments;
    applyJwkReferences(store, project, key.id, jwkUpdate, read.key);
  }
  return json(
    200,
    deploymentReport(
      access,
      faults,
      key.environments.map((env) => env.environmentName),
    ),
  );
}
