import type { KeyObject } from 'node:crypto';
import { authorize } from '../access.js';
import { openKeystore } from '../crypto.js';
import { deploymentReport } from '../deploy.js';
import { badRequest, json, readJsonBody, reject, type SimResponse } from '../http.js';
import { applyJwkReferences, readJwkUpdate } from '../jwk-references.js';
import type { KeystoreEnvironmentState, KeystoreState, SimulatorStore } from '../store.js';
import {
  decodeBase64Field,
  notFound,
  type RouteContext,
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

export function getKeystore(
  { store, req }: RouteContext,
  projectName: string,
  name: string,
): SimResponse {
  const { project } = authorize(store, req, projectName, []);
  const keystore = project.keystores.get(name) ?? notFound(LABEL, name);
  return json(200, {
    success: true,
    resultList: [keystoreView(project.id, keystore)],
    resultCount: 1,
  });
}

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
    publicKey ??= opened.publicKey;
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
