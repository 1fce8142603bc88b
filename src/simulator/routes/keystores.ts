import type { KeyObject } from 'node:crypto';
import { authorize } from '../access.js';
import { openKeystore } from '../crypto.js';
import { deploymentReport } from '../deploy.js';
import { badRequest, json, readJsonBody, reject, type SimResponse } from '../http.js';
import { applyJwkReferences, readJwkUpdate } from '../jwk-references.js';
import {
  type KeystoreEnvironmentState,
  type KeystoreState,
  newId,
  type SimulatorStore,
} from '../store.js';
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

const LABEL = 'Keystore';

export function keystoreView(projectId: string, keystore: KeystoreState): Record<string, unknown> {
  return {
    name: keystore.name,
    description: keystore.description,
    projectId,
    keyStoreEnvironmentList: keystore.environments.map((env) => ({
      environmentName: env.environmentName,
      type: env.type,
      file: env.file,
    })),
  };
}

export function listKeystores({ store, req }: RouteContext, projectName: string): SimResponse {
  const { project } = authorize(store, req, projectName, []);
  return json(
    200,
    listAnswer([...project.keystores.values()].map((ks) => keystoreView(project.id, ks))),
  );
}

export function createKeystore(
  { store, faults, req }: RouteContext,
  projectName: string,
): SimResponse {
  const access = authorize(store, req, projectName, ['MANAGE']);
  const { project } = access;
  const body = readJsonBody(req);
  const name = readCreateName(body, project.keystores, LABEL);
  const list = readList(body, 'keyStoreEnvironmentList');
  if (!list || list.length === 0)
    return reject(badRequest('keyStoreEnvironmentList can not be empty!'));
  const { environments } = readKeystoreEnvironments(store, list);
  project.keystores.set(name, {
    id: newId(),
    name,
    description: readOptionalText(body, 'description') ?? '',
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

export const deleteKeystore = (ctx: RouteContext, projectName: string, name: string): SimResponse =>
  deleteResource(ctx, projectName, name, (project) => project.keystores, LABEL);

export const getKeystore = (ctx: RouteContext, projectName: string, name: string): SimResponse =>
  getResource(ctx, projectName, name, (project) => project.keystores, LABEL, keystoreView);

/** Reads and opens each environment's keystore; returns the entries and the first public key. */
export function readKeystoreEnvironments(
  store: SimulatorStore,
  list: readonly Record<string, unknown>[],
): { environments: KeystoreEnvironmentState[]; publicKey: KeyObject | undefined } {
  let publicKey: KeyObject | undefined;
  const environments = list.map((item): KeystoreEnvironmentState => {
    const environmentName = requireEnvironment(store, item.environmentName);
    const type = item.keyStoreType;
    if (type !== 'JKS' && type !== 'PKCS12') {
      return reject(badRequest('keyStoreType value can not be empty! Use JKS or PKCS12.'));
    }
    if (typeof item.password !== 'string' || item.password === '') {
      return reject(badRequest('password value can not be empty!'));
    }
    const alias = typeof item.alias === 'string' && item.alias !== '' ? item.alias : null;
    const bytes = decodeBase64Field(item.file, 'file');
    const opened = openKeystore(bytes, type, item.password, alias);
    if (!opened.ok) return reject(badRequest(opened.message));
    publicKey ??= opened.privateKey ?? opened.publicKey;
    return {
      environmentName,
      type,
      file: bytes.toString('base64'),
      password: item.password,
      alias,
    };
  });
  return { environments, publicKey };
}

export function updateKeystore(
  { store, faults, req }: RouteContext,
  projectName: string,
  name: string,
): SimResponse {
  const access = authorize(store, req, projectName, ['MANAGE']);
  const jwkUpdate = readJwkUpdate(req.query);
  const { project } = access;
  const keystore = project.keystores.get(name) ?? notFound(LABEL, name);
  const body = readJsonBody(req);
  const newName = readNewName(body, name, project.keystores, LABEL);
  const description = readOptionalText(body, 'description');
  const list = readList(body, 'keyStoreEnvironmentList');
  const opened = list ? readKeystoreEnvironments(store, list) : undefined;

  if (newName !== undefined && newName !== name) {
    project.keystores.delete(name);
    keystore.name = newName;
    project.keystores.set(newName, keystore);
  }
  if (description !== undefined) keystore.description = description;
  if (opened) {
    keystore.environments = opened.environments;
    applyJwkReferences(store, project, keystore.id, jwkUpdate, opened.publicKey);
  }
  const environmentNames = keystore.environments.map((env) => env.environmentName);
  return json(200, deploymentReport(access, faults, environmentNames));
}
