import { unzipSync } from 'fflate';
import { FormData } from 'undici';
import type { Outcome } from '../failures.js';
import type { Name } from '../names.js';
import { fail, ok } from '../result.js';
import type { JwkUpdate } from './jwk-update.js';
import { apiopsPath, segment } from './paths.js';
import { type DeploymentReport, type JsonObject, list, text } from './responses.js';
import type { ApinizerSession } from './session.js';

export interface CertificateEnvironment {
  readonly environmentName: string;
  readonly alias: string | null;
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly base64EncodedContent: string | null;
  readonly sha1Thumbprint: string | null;
  readonly subjectDn: string | null;
}

export interface Certificate {
  readonly projectName: string;
  readonly name: string;
  readonly description: string | null;
  readonly environments: readonly CertificateEnvironment[];
}

/** The form Apinizer takes on certificate writes; on update every field is required. */
export interface CertificateForm {
  readonly alias: string;
  readonly description: string;
  readonly environmentNames: readonly string[];
  readonly pemFile: { readonly bytes: Uint8Array<ArrayBuffer>; readonly fileName: string };
}

/** A create also names the certificate; its name cannot change afterwards. */
export interface CertificateCreateForm extends CertificateForm {
  readonly certificateName: Name;
}

/** One DER file from Apinizer's export zip (`{cert}-{env}.cer`). */
export interface ExportedCertificateFile {
  readonly fileName: string;
  readonly environmentName: string | null;
  readonly der: Buffer;
}

const certificatesPath = (projectName: Name) =>
  apiopsPath('projects', segment(projectName), 'certificates');
const certificatePath = (projectName: Name, certificateName: Name) =>
  apiopsPath('projects', segment(projectName), 'certificates', segment(certificateName));

export function certificateFormData(form: CertificateForm | CertificateCreateForm): FormData {
  const data = new FormData();
  if ('certificateName' in form) data.set('certificateName', form.certificateName);
  data.set('alias', form.alias);
  data.set('certificateDescription', form.description);
  data.set('environmentList', form.environmentNames.join(','));
  data.set(
    'pemEncodedFile',
    new Blob([form.pemFile.bytes], { type: 'application/x-pem-file' }),
    form.pemFile.fileName,
  );
  return data;
}

/** `GET /apiops/projects/{project}/certificates/` (no content) */
export function listCertificates(
  api: ApinizerSession,
  params: { projectName: Name },
): Promise<Outcome<Certificate[]>> {
  return api.list({ method: 'GET', path: certificatesPath(params.projectName) }, (item) =>
    parseCertificate(params.projectName, item),
  );
}

/** `GET /apiops/projects/{project}/certificates/{cert}/`; a missing certificate is `null`. */
export function getCertificate(
  api: ApinizerSession,
  params: { projectName: Name; certificateName: Name },
): Promise<Outcome<Certificate | null>> {
  return api.single(
    { method: 'GET', path: certificatePath(params.projectName, params.certificateName) },
    (item) => parseCertificate(params.projectName, item),
  );
}

/** `GET /apiops/projects/admin/certificates/truststore/{environment}/`: the environment's trusted certificates. */
export function listTruststoreCertificates(
  api: ApinizerSession,
  params: { environmentName: Name },
): Promise<Outcome<Certificate[]>> {
  return api.list(
    {
      method: 'GET',
      path: apiopsPath(
        'projects',
        'admin',
        'certificates',
        'truststore',
        segment(params.environmentName),
      ),
    },
    (item) => parseCertificate('admin', item),
  );
}

/** `POST /apiops/projects/{project}/certificates/` as multipart/form-data. */
export function createCertificate(
  api: ApinizerSession,
  params: { projectName: Name; form: CertificateCreateForm },
): Promise<Outcome<DeploymentReport>> {
  return api.write(
    {
      method: 'POST',
      path: certificatesPath(params.projectName),
      body: { form: certificateFormData(params.form) },
    },
    { resourceType: 'CERTIFICATE', name: params.form.certificateName },
  );
}

/** `PUT /apiops/projects/{project}/certificates/{cert}/` as multipart/form-data; replaces it whole. */
export function updateCertificate(
  api: ApinizerSession,
  params: { projectName: Name; certificateName: Name; form: CertificateForm; jwkUpdate: JwkUpdate },
): Promise<Outcome<DeploymentReport>> {
  return api.write(
    {
      method: 'PUT',
      path: certificatePath(params.projectName, params.certificateName),
      query: api.jwkUpdateQuery(params.jwkUpdate),
      body: { form: certificateFormData(params.form) },
    },
    { resourceType: 'CERTIFICATE', name: params.certificateName },
  );
}

/** `DELETE /apiops/projects/{project}/certificates/{cert}/` */
export function deleteCertificate(
  api: ApinizerSession,
  params: { projectName: Name; certificateName: Name },
): Promise<Outcome<DeploymentReport>> {
  return api.write(
    {
      method: 'DELETE',
      path: certificatePath(params.projectName, params.certificateName),
    },
    { resourceType: 'CERTIFICATE', name: params.certificateName },
  );
}

/** `GET .../certificates/{cert}/export/`: a zip with one DER `.cer` per environment. */
export async function exportCertificate(
  api: ApinizerSession,
  params: { projectName: Name; certificateName: Name },
): Promise<Outcome<ExportedCertificateFile[]>> {
  const answer = await api.bytes({
    method: 'GET',
    path: apiopsPath(
      'projects',
      segment(params.projectName),
      'certificates',
      segment(params.certificateName),
      'export',
    ),
  });
  if (!answer.ok) return answer;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(answer.value.bytes);
  } catch {
    return fail({
      kind: 'UPSTREAM',
      reason: 'INVALID_RESPONSE',
      status: answer.value.status,
      message: "Apinizer's certificate export is not a readable zip file",
    });
  }
  const prefix = `${params.certificateName}-`;
  return ok(
    Object.entries(entries)
      .filter(([fileName]) => !fileName.endsWith('/'))
      .map(([fileName, bytes]) => {
        const base = fileName.split('/').pop() ?? fileName;
        const environmentName =
          base.startsWith(prefix) && base.endsWith('.cer')
            ? base.slice(prefix.length, -'.cer'.length)
            : null;
        return { fileName: base, environmentName, der: Buffer.from(bytes) };
      }),
  );
}

export function parseCertificate(projectName: string, item: JsonObject): Certificate | undefined {
  if (typeof item.name !== 'string') return undefined;
  return {
    projectName,
    name: item.name,
    description: text(item.description),
    environments: list(item.certificateEnvironmentList).flatMap((env) =>
      typeof env.environmentName === 'string'
        ? [
            {
              environmentName: env.environmentName,
              alias: text(env.alias),
              startDate: text(env.startDate),
              endDate: text(env.endDate),
              base64EncodedContent: text(env.base64EncodedContent),
              sha1Thumbprint: text(env.sha1Thumbprint),
              subjectDn: text(env.subjectDn),
            },
          ]
        : [],
    ),
  };
}
