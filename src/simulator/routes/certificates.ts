import { authorize } from '../access.js';
import { parsePemCertificate } from '../crypto.js';
import { deploymentReport } from '../deploy.js';
import { badRequest, json, readFormBody, reject, type SimResponse } from '../http.js';
import { applyJwkReferences, readJwkUpdate } from '../jwk-references.js';
import type { CertificateState } from '../store.js';
import { notFound, type RouteContext, requireEnvironment } from './common.js';

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

export function getCertificate(
  { store, req }: RouteContext,
  projectName: string,
  name: string,
): SimResponse {
  const { project } = authorize(store, req, projectName, []);
  const certificate = project.certificates.get(name) ?? notFound(LABEL, name);
  return json(200, {
    success: true,
    resultList: [certificateView(certificate, true)],
    resultCount: 1,
  });
}

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
  for (const other of project.certificates.values()) {
    if (other === certificate) continue;
    const clash = other.environments.find(
      (env) => env.alias === alias && environmentNames.includes(env.environmentName),
    );
    if (clash)
      return reject(
        badRequest(
          `Alias (name: ${alias}) is already exist in environment ${clash.environmentName}!`,
        ),
      );
  }

  certificate.description = description;
  certificate.environments = environmentNames.map((environmentName) => ({
    environmentName,
    alias,
    der: parsed.der,
    subjectDn: parsed.subjectDn,
    startDate: parsed.startDate,
    endDate: parsed.endDate,
    sha1Thumbprint: parsed.sha1Thumbprint,
  }));
  applyJwkReferences(store, project, certificate.id, jwkUpdate, parsed.publicKey);
  return json(200, deploymentReport(access, faults, environmentNames));
}
