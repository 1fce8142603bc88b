import { authorize } from '../access.js';
import { deploymentReport } from '../deploy.js';
import { json, readJsonBody, type SimResponse } from '../http.js';
import type { JwkState } from '../store.js';
import { notFound, type RouteContext, readNewName, readOptionalText } from './common.js';

const LABEL = 'JWK';

const MATERIAL_FIELD: Readonly<Record<JwkState['type'], string>> = {
  RSA: 'rsa',
  EC: 'ec',
  OCT: 'oct',
  OKP: 'okp',
};

/** A JWK as Apinizer reads it; `withMaterial` for a get (a list leaves key material out). */
export function jwkView(
  projectId: string,
  jwk: JwkState,
  withMaterial: boolean,
): Record<string, unknown> {
  return {
    name: jwk.name,
    description: jwk.description,
    projectId,
    sourceType: jwk.sourceType,
    sourceId: jwk.sourceId,
    sourceUrl: jwk.sourceUrl,
    type: jwk.type,
    kid: jwk.kid,
    ...(withMaterial ? { [MATERIAL_FIELD[jwk.type]]: jwk.material } : {}),
  };
}

export function getJwk(
  { store, req }: RouteContext,
  projectName: string,
  name: string,
): SimResponse {
  const { project } = authorize(store, req, projectName, []);
  const jwk = project.jwks.get(name) ?? notFound(LABEL, name);
  return json(200, { success: true, resultList: [jwkView(project.id, jwk, true)], resultCount: 1 });
}

/** Name and description only; the JWK is detached from its source and redeployed everywhere. */
export function updateJwk(
  { store, faults, req }: RouteContext,
  projectName: string,
  name: string,
): SimResponse {
  const access = authorize(store, req, projectName, ['MANAGE']);
  const { project } = access;
  const jwk = project.jwks.get(name) ?? notFound(LABEL, name);
  const body = readJsonBody(req);
  const newName = readNewName(body, name, project.jwks, LABEL);
  const description = readOptionalText(body, 'description');

  if (newName !== undefined && newName !== name) {
    project.jwks.delete(name);
    jwk.name = newName;
    project.jwks.set(newName, jwk);
  }
  if (description !== undefined) jwk.description = description;
  jwk.sourceId = null;
  jwk.sourceUrl = null;
  return json(200, deploymentReport(access, faults, [...store.environments]));
}
