import { zipSync } from 'fflate';
import { authorize } from '../access.js';
import { type ParsedCertificate, parsePemCertificate } from '../crypto.js';
import { deploymentReport } from '../deploy.js';
import { badRequest, json, readFormBody, reject, type SimResponse } from '../http.js';
import { applyJwkReferences, readJwkUpdate } from '../jwk-references.js';
import {
  type CertificateEnvironmentState,
  type CertificateState,
  newId,
  type ProjectState,
} from '../store.js';
import {
  alreadyExists,
  deleteResource,
  getResource,
  listAnswer,
  notFound,
  type RouteContext,
  requireEnvironment,
} from './common.js';

const LABEL = 'Certificate';

export function certificateView(
  certificate: CertificateState,
  withContent: boolean,
): Record<string, unknown> {
  return {
    name: certificate.name,
    description: certificate.description,
    certificateEnvironmentList: certificate.environments.map((env) => ({
      environmentName: env.environmentName,
      alias: env.alias,
      startDate: env.startDate,
      endDate: env.endDate,
      sha1Thumbprint: env.sha1Thumbprint,
      subjectDn: env.subjectDn,
      ...(withContent ? { base64EncodedContent: env.der.toString('base64') } : {}),
    })),
  };
}

export function listCertificates({ store, req }: RouteContext, projectName: string): SimResponse {
  const { project } = authorize(store, req, projectName, []);
  return json(
    200,
    listAnswer([...project.certificates.values()].map((cert) => certificateView(cert, false))),
  );
}

/** The admin project's certificates deployed to an environment: its truststore. */
export function truststore({ store, req }: RouteContext, environmentName: string): SimResponse {
  const { project } = authorize(store, req, 'admin', []);
  if (!store.environments.has(environmentName)) {
    return reject(badRequest(`Environment (name: ${environmentName}) is not found!`));
  }
  const trusted = [...project.certificates.values()]
    .map((cert) => ({
      ...cert,
      environments: cert.environments.filter((env) => env.environmentName === environmentName),
    }))
    .filter((cert) => cert.environments.length > 0);
  return json(200, listAnswer(trusted.map((cert) => certificateView(cert, true))));
}

function environmentsOf(
  parsed: ParsedCertificate,
  alias: string,
  environmentNames: readonly string[],
): CertificateEnvironmentState[] {
  return environmentNames.map((environmentName) => ({
    environmentName,
    alias,
    der: parsed.der,
    subjectDn: parsed.subjectDn,
    startDate: parsed.startDate,
    endDate: parsed.endDate,
    sha1Thumbprint: parsed.sha1Thumbprint,
  }));
}

function checkAliasFree(
  project: ProjectState,
  alias: string,
  environmentNames: readonly string[],
  except?: CertificateState,
): void {
  for (const other of project.certificates.values()) {
    if (other === except) continue;
    const clash = other.environments.find(
      (env) => env.alias === alias && environmentNames.includes(env.environmentName),
    );
    if (clash)
      reject(
        badRequest(
          `Alias (name: ${alias}) is already exist in environment ${clash.environmentName}!`,
        ),
      );
  }
}

export async function createCertificate(
  ctx: RouteContext,
  projectName: string,
): Promise<SimResponse> {
  const access = authorize(ctx.store, ctx.req, projectName, ['MANAGE']);
  const { project } = access;
  const { form, alias, description, environmentNames, parsed } = await readCertificateForm(ctx);
  const name = requiredText(form, 'certificateName');
  if (project.certificates.has(name)) return alreadyExists(LABEL, name);
  checkAliasFree(project, alias, environmentNames);
  project.certificates.set(name, {
    id: newId(),
    name,
    description,
    environments: environmentsOf(parsed, alias, environmentNames),
  });
  return json(200, deploymentReport(access, ctx.faults, environmentNames));
}

export const deleteCertificate = (
  ctx: RouteContext,
  projectName: string,
  name: string,
): SimResponse => deleteResource(ctx, projectName, name, (project) => project.certificates, LABEL);

/** A zip with one DER `.cer` per environment, named `{cert}-{env}.cer`. */
export function exportCertificate(
  { store, req }: RouteContext,
  projectName: string,
  name: string,
): SimResponse {
  const { project } = authorize(store, req, projectName, []);
  const certificate = project.certificates.get(name) ?? notFound(LABEL, name);
  const files = Object.fromEntries(
    certificate.environments.map((env) => [
      `${name}-${env.environmentName}.cer`,
      new Uint8Array(env.der),
    ]),
  );
  return { status: 200, contentType: 'application/zip', body: Buffer.from(zipSync(files)) };
}

export const getCertificate = (ctx: RouteContext, projectName: string, name: string): SimResponse =>
  getResource(
    ctx,
    projectName,
    name,
    (project) => project.certificates,
    LABEL,
    (_id, cert) => certificateView(cert, true),
  );

const requiredText = (form: FormData, field: string): string => {
  const value = form.get(field);
  if (typeof value !== 'string' || value.trim() === '') {
    return reject(badRequest(`${field} value can not be empty!`));
  }
  return value;
};

/** Reads the certificate form (all fields required) and parses the PEM for real. */
export async function readCertificateForm(ctx: RouteContext) {
  const form = await readFormBody(ctx.req);
  const alias = requiredText(form, 'alias');
  const description =
    typeof form.get('certificateDescription') === 'string'
      ? String(form.get('certificateDescription'))
      : '';
  const environmentNames = requiredText(form, 'environmentList')
    .split(',')
    .map((name) => requireEnvironment(ctx.store, name.trim()));
  const file = form.get('pemEncodedFile');
  if (file === null || typeof file === 'string' || file.size === 0) {
    return reject(badRequest('pemEncodedFile can not be empty!'));
  }
  const parsed = parsePemCertificate(Buffer.from(await file.arrayBuffer()));
  if (!parsed) return reject(badRequest('pemEncodedFile is not a valid PEM encoded certificate!'));
  return { form, alias, description, environmentNames, parsed };
}

/** Replaces the certificate whole (deleted and created anew); the name cannot change. */
export async function updateCertificate(
  ctx: RouteContext,
  projectName: string,
  name: string,
): Promise<SimResponse> {
  const { store, faults, req } = ctx;
  const access = authorize(store, req, projectName, ['MANAGE']);
  const jwkUpdate = readJwkUpdate(req.query);
  const { project } = access;
  const certificate = project.certificates.get(name) ?? notFound(LABEL, name);
  const { alias, description, environmentNames, parsed } = await readCertificateForm(ctx);
  checkAliasFree(project, alias, environmentNames, certificate);
  certificate.description = description;
  certificate.environments = environmentsOf(parsed, alias, environmentNames);
  applyJwkReferences(store, project, certificate.id, jwkUpdate, parsed.publicKey);
  return json(200, deploymentReport(access, faults, environmentNames));
}
