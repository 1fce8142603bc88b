import type { CertificateCreateForm, CertificateForm } from '../apinizer/certificates.js';
import type { UploadConfig } from '../config.js';
import { type Outcome, validationFailure } from '../failures.js';
import { asName } from '../names.js';
import { fail, ok } from '../result.js';
import { checkPemCertificate } from './certificate-pem.js';
import { type FileInputValue, readFileInput } from './files.js';
import { checkEnvironmentNames, requireName } from './names.js';

export interface CertificateInputValue {
  readonly alias: string;
  readonly description: string;
  readonly environmentNames: readonly string[];
  readonly pemFile: FileInputValue;
}

/** Checks a certificate write (every field required, as Apinizer says) and builds its form. */
export async function certificateForm(
  input: CertificateInputValue,
  uploads: UploadConfig,
): Promise<Outcome<CertificateForm>> {
  if (asName(input.alias) === undefined) {
    return fail(validationFailure('input.alias must not be empty', 'input.alias'));
  }
  if (input.environmentNames.length === 0) {
    return fail(
      validationFailure(
        'input.environmentNames must list at least one environment',
        'input.environmentNames',
      ),
    );
  }
  const namesProblem = checkEnvironmentNames(
    input.environmentNames,
    (i) => `input.environmentNames[${i}]`,
  );
  if (namesProblem) return fail(namesProblem);
  const file = await readFileInput(input.pemFile, 'input.pemFile', uploads, 'certificate.pem');
  if (!file.ok) return file;
  const certificate = checkPemCertificate(file.value.bytes, 'input.pemFile');
  if (!certificate.ok) return certificate;
  return ok({
    alias: input.alias,
    description: input.description,
    environmentNames: input.environmentNames,
    pemFile: file.value,
  });
}

export interface CreateCertificateInputValue extends CertificateInputValue {
  readonly name: string;
}

/** A create also names the certificate (it cannot be renamed later). */
export async function certificateCreateForm(
  input: CreateCertificateInputValue,
  uploads: UploadConfig,
): Promise<Outcome<CertificateCreateForm>> {
  const name = requireName(input.name, 'input.name');
  if (!name.ok) return name;
  const form = await certificateForm(input, uploads);
  if (!form.ok) return form;
  return ok({ ...form.value, certificateName: name.value });
}
