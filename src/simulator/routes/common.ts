import { authorize } from '../access.js';
import { deploymentReport } from '../deploy.js';
import type { SimulatorFaults } from '../faults.js';
import { badRequest, json, reject, type SimRequest, type SimResponse } from '../http.js';
import type { ProjectState, SimulatorStore } from '../store.js';

export interface RouteContext {
  readonly store: SimulatorStore;
  readonly faults: SimulatorFaults;
  readonly req: SimRequest;
}

/** `Keystore (name: x) is not found! Try create operation.`: Apinizer's 400 for a missing name. */
export const notFound = (label: string, name: string): never =>
  reject(badRequest(`${label} (name: ${name}) is not found! Try create operation.`));

export const alreadyExists = (label: string, name: string): never =>
  reject(badRequest(`${label} (name: ${name}) is already exist!`));

/** A rename: a string, not blank, not another resource's name in the project. */
export function readNewName(
  body: Record<string, unknown>,
  current: string,
  taken: ReadonlyMap<string, unknown>,
  label: string,
): string | undefined {
  if (!('name' in body) || body.name === null) return undefined;
  if (typeof body.name !== 'string' || body.name.trim() === '') {
    return reject(badRequest(`${label} name can not be empty!`));
  }
  if (body.name !== current && taken.has(body.name)) alreadyExists(label, body.name);
  return body.name;
}

export function readOptionalText(body: Record<string, unknown>, field: string): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') return reject(badRequest(`${field} must be a string!`));
  return value;
}

export function requireEnvironment(store: SimulatorStore, environmentName: unknown): string {
  if (typeof environmentName !== 'string' || environmentName.trim() === '') {
    return reject(badRequest('environmentName value can not be empty!'));
  }
  if (!store.environments.has(environmentName)) {
    return reject(badRequest(`Environment (name: ${environmentName}) is not found!`));
  }
  return environmentName;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function decodeBase64Field(value: unknown, field: string): Buffer {
  if (typeof value !== 'string' || value === '')
    return reject(badRequest(`${field} value can not be empty!`));
  if (!BASE64.test(value) || value.length % 4 !== 0) {
    return reject(badRequest(`${field} is not valid base64!`));
  }
  return Buffer.from(value, 'base64');
}

export function readList(
  body: Record<string, unknown>,
  field: string,
): Record<string, unknown>[] | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'object' || item === null)) {
    return reject(badRequest(`${field} must be a list of objects!`));
  }
  return value as Record<string, unknown>[];
}

/** A required name for a create: a string, not blank, not taken in the project. */
export function readCreateName(
  body: Record<string, unknown>,
  taken: ReadonlyMap<string, unknown>,
  label: string,
): string {
  if (typeof body.name !== 'string' || body.name.trim() === '') {
    return reject(badRequest(`${label} name can not be empty!`));
  }
  if (taken.has(body.name)) {
    alreadyExists(label, body.name);
  }
  return body.name;
}

export const listAnswer = (items: readonly unknown[]) => ({
  success: true,
  resultList: items,
  resultCount: items.length,
});

/** JWKs made from a deleted resource keep their key but lose the reference. */
export function detachJwksFrom(store: SimulatorStore, sourceId: string): void {
  for (const project of store.projects.values()) {
    for (const jwk of project.jwks.values()) {
      if (jwk.sourceId === sourceId) jwk.sourceId = null;
    }
  }
}

interface Deployable {
  readonly id: string;
  readonly environments: readonly { readonly environmentName: string }[];
}

/** GET of one resource: the one-item list Apinizer answers, or its "not found" text. */
export function getResource<T>(
  { store, req }: RouteContext,
  projectName: string,
  name: string,
  collection: (project: ProjectState) => ReadonlyMap<string, T>,
  label: string,
  view: (projectId: string, item: T) => unknown,
): SimResponse {
  const { project } = authorize(store, req, projectName, []);
  const item = collection(project).get(name) ?? notFound(label, name);
  return json(200, listAnswer([view(project.id, item)]));
}

/** DELETE: the resource goes, JWKs made from it lose the reference, each environment undeploys it. */
export function deleteResource<T extends Deployable>(
  { store, faults, req }: RouteContext,
  projectName: string,
  name: string,
  collection: (project: ProjectState) => Map<string, T>,
  label: string,
): SimResponse {
  const access = authorize(store, req, projectName, ['MANAGE']);
  const items = collection(access.project);
  const item = items.get(name) ?? notFound(label, name);
  items.delete(name);
  detachJwksFrom(store, item.id);
  const environments = item.environments.map((env) => env.environmentName);
  return json(200, deploymentReport(access, faults, environments, 'undeploy'));
}
