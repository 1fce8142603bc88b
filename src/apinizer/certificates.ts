import { FormData } from 'undici';
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

const certificatePath = (projectName: Name, certificateName: Name) =>
  apiopsPath('projects', segment(projectName), 'certificates', segment(certificateName));

export function certificateFormData(form: CertificateForm): FormData {
  const data = new FormData();
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

/** `PUT /apiops/projects/{project}/certificates/{cert}/` as multipart/form-data; replaces it whole. */
export async function updateCertificate(
  api: ApinizerSession,
  params: {
    projectName: Name;
    certificateName: Name;
    form: CertificateForm;
    jwkUpdate: JwkUpdate;
  },
): Promise<Outcome<DeploymentReport>> {
  const answer = await api.json({
    method: 'PUT',
    path: certificatePath(params.projectName, params.certificateName),
    query: api.jwkUpdateQuery(params.jwkUpdate),
    body: { form: certificateFormData(params.form) },
  });
  return answer.ok ? parseDeploymentReport(answer.value) : answer;
}

/** `GET /apiops/projects/{project}/certificates/{cert}/`; a missing certificate is `null`. */
export async function getCertificate(
  api: ApinizerSession,
  params: { projectName: Name; certificateName: Name },
): Promise<Outcome<Certificate | null>> {
  const answer = await api.json({
    method: 'GET',
    path: certificatePath(params.projectName, params.certificateName),
  });
  if (!answer.ok) return missingAsNull(answer);
  return parseSingle(answer.value, (item) => parseCertificate(params.projectName, item));
}

export function parseCertificate(
  projectName: string,
  item: Readonly<Record<string, unknown>>,
): Certificate | undefined {
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
