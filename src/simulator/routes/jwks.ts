import { authorize } from '../access.js';
import { deploymentReport } from '../deploy.js';
import { apiError, badRequest, json, readJsonBody, reject, type SimResponse } from '../http.js';
import {
  type DerivedJwk,
  fetchJwkText,
  generateJwk,
  jwkFromJson,
  jwkFromStoredSource,
  pickJwk,
} from '../jwk-sources.js';
import { type JwkState, newId, type ProjectState } from '../store.js';
import {
  getResource,
  listAnswer,
  notFound,
  type RouteContext,
  readCreateName,
  readNewName,
  readOptionalText,
} from './common.js';

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

export function listJwks({ store, req }: RouteContext, projectName: string): SimResponse {
  const { project } = authorize(store, req, projectName, []);
  return json(
    200,
    listAnswer([...project.jwks.values()].map((jwk) => jwkView(project.id, jwk, false))),
  );
}

const STORED_SOURCES = ['CERTIFICATE', 'PUBLIC_KEY', 'PRIVATE_KEY', 'KEYSTORE'] as const;

/** Makes a JWK from the body's source, as create and the parse-from-* shortcuts do. */
async function deriveJwk(
  store: RouteContext['store'],
  project: ProjectState,
  sourceType: unknown,
  body: Record<string, unknown>,
): Promise<DerivedJwk> {
  const kid = typeof body.kid === 'string' && body.kid !== '' ? body.kid : undefined;
  if (sourceType === 'URL') {
    const url = String(body.url ?? '');
    return jwkFromJson(pickJwk(await fetchJwkText(body), kid), url);
  }
  if (sourceType === 'COPY_PASTE') {
    if (typeof body.jwkStr !== 'string' || body.jwkStr === '')
      return reject(badRequest('jwkStr value can not be empty!'));
    return jwkFromJson(pickJwk(body.jwkStr, kid), null);
  }
  const stored = STORED_SOURCES.find((type) => type === sourceType);
  if (!stored) return reject(badRequest('Source type is required!'));
  const admin = store.projects.get('admin');
  const scopes = admin && admin !== project ? [project, admin] : [project];
  return jwkFromStoredSource(scopes, stored, body);
}

function saveJwk(
  project: ProjectState,
  name: string,
  description: string,
  sourceType: JwkState['sourceType'],
  derived: DerivedJwk,
): void {
  project.jwks.set(name, {
    id: newId(),
    name,
    description,
    sourceType,
    sourceId: derived.sourceId,
    sourceUrl: derived.sourceUrl,
    type: derived.type,
    kid: derived.kid,
    material: derived.material,
  });
}

export async function createJwk(
  { store, faults, req }: RouteContext,
  projectName: string,
): Promise<SimResponse> {
  const access = authorize(store, req, projectName, ['MANAGE']);
  const { project } = access;
  const body = readJsonBody(req);
  const name = readCreateName(body, project.jwks, LABEL);
  const derived = await deriveJwk(store, project, body.sourceType, body);
  saveJwk(
    project,
    name,
    readOptionalText(body, 'description') ?? '',
    body.sourceType as JwkState['sourceType'],
    derived,
  );
  return json(200, deploymentReport(access, faults, [...store.environments]));
}

export function generate({ store, faults, req }: RouteContext, projectName: string): SimResponse {
  const access = authorize(store, req, projectName, ['MANAGE']);
  const { project } = access;
  const body = readJsonBody(req);
  const name = readCreateName(body, project.jwks, LABEL);
  saveJwk(
    project,
    name,
    readOptionalText(body, 'description') ?? '',
    'GENERATE',
    generateJwk(body),
  );
  return json(200, deploymentReport(access, faults, [...store.environments]));
}

const PARSE_SOURCES: Readonly<Record<string, JwkState['sourceType']>> = {
  'parse-from-url': 'URL',
  'parse-from-clipboard': 'COPY_PASTE',
  'parse-from-certificate': 'CERTIFICATE',
  'parse-from-keystore': 'KEYSTORE',
};

/** `POST .../jwks/parse-from-*`: the JWK a source would give, without saving it. */
export async function parse(
  ctx: RouteContext,
  projectName: string,
  action: string,
): Promise<SimResponse> {
  const { project } = authorize(ctx.store, ctx.req, projectName, []);
  const body = readJsonBody(ctx.req);
  const sourceType =
    action === 'parse-from-key'
      ? body.keyType === 'PRIVATE_KEY'
        ? 'PRIVATE_KEY'
        : 'PUBLIC_KEY'
      : (PARSE_SOURCES[action] ??
        reject(apiError(404, 'not_found', `No endpoint POST jwks/${action}`)));
  const derived = await deriveJwk(ctx.store, project, sourceType, body);
  return json(200, listAnswer([{ type: derived.type, kid: derived.kid, jwk: derived.material }]));
}

export function deleteJwk(
  { store, faults, req }: RouteContext,
  projectName: string,
  name: string,
): SimResponse {
  const access = authorize(store, req, projectName, ['MANAGE']);
  access.project.jwks.get(name) ?? notFound(LABEL, name);
  access.project.jwks.delete(name);
  return json(200, deploymentReport(access, faults, [...store.environments], 'undeploy'));
}

export const getJwk = (ctx: RouteContext, projectName: string, name: string): SimResponse =>
  getResource(
    ctx,
    projectName,
    name,
    (project) => project.jwks,
    LABEL,
    (projectId, jwk) => jwkView(projectId, jwk, true),
  );

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
