import type {
  KeyStoreType,
  KeystoreCreateBody,
  KeystoreEnvironmentBody,
  KeystoreUpdateBody,
} from '../apinizer/keystores.js';
import type { UploadConfig } from '../config.js';
import { type Outcome, validationFailure } from '../failures.js';
import { fail, ok } from '../result.js';
import { type FileInputValue, readFileInput } from './files.js';
import { checkKeystoreFormat } from './keystore-format.js';
import { checkEnvironmentList, renameAndDescription, requireName } from './names.js';

export interface KeystoreEnvironmentInputValue {
  readonly environmentName: string;
  readonly file: FileInputValue;
  readonly password: string;
  readonly alias?: string | null;
  readonly keyStoreType: KeyStoreType;
}

export interface UpdateKeystoreInputValue {
  readonly name?: string | null;
  readonly description?: string | null;
  readonly environments?: readonly KeystoreEnvironmentInputValue[] | null;
}

/** Checks the input and builds the partial-update body: only the fields given are sent. */
export async function keystoreUpdateBody(
  input: UpdateKeystoreInputValue,
  uploads: UploadConfig,
): Promise<Outcome<KeystoreUpdateBody>> {
  const base = renameAndDescription(input);
  if (!base.ok) return base;
  const body: { -readonly [K in keyof KeystoreUpdateBody]: KeystoreUpdateBody[K] } = {
    ...base.value,
  };
  if (input.environments) {
    const list = await keystoreEnvironmentList(input.environments, uploads, 'input.environments');
    if (!list.ok) return list;
    body.keyStoreEnvironmentList = list.value;
  }
  return ok(body);
}

export async function keystoreEnvironmentList(
  environments: readonly KeystoreEnvironmentInputValue[],
  uploads: UploadConfig,
  field: string,
): Promise<Outcome<KeystoreEnvironmentBody[]>> {
  const problem = checkEnvironmentList(environments, field);
  if (problem) return fail(problem);
  const list: KeystoreEnvironmentBody[] = [];
  for (const [index, env] of environments.entries()) {
    const at = `${field}[${index}]`;
    if (env.password === '')
      return fail(validationFailure(`${at}.password must not be empty`, `${at}.password`));
    const file = await readFileInput(env.file, `${at}.file`, uploads, 'keystore');
    if (!file.ok) return file;
    const format = checkKeystoreFormat(file.value.bytes, env.keyStoreType, `${at}.file`);
    if (!format.ok) return format;
    list.push({
      environmentName: env.environmentName,
      file: file.value.bytes.toString('base64'),
      password: env.password,
      ...(env.alias ? { alias: env.alias } : {}),
      keyStoreType: env.keyStoreType,
    });
  }
  return ok(list);
}

export interface CreateKeystoreInputValue {
  readonly name: string;
  readonly description?: string | null;
  readonly environments: readonly KeystoreEnvironmentInputValue[];
}

/** A create needs a name and at least one environment's keystore. */
export async function keystoreCreateBody(
  input: CreateKeystoreInputValue,
  uploads: UploadConfig,
): Promise<Outcome<KeystoreCreateBody>> {
  const name = requireName(input.name, 'input.name');
  if (!name.ok) return name;
  const list = await keystoreEnvironmentList(input.environments, uploads, 'input.environments');
  if (!list.ok) return list;
  return ok({
    name: name.value,
    ...(typeof input.description === 'string' ? { description: input.description } : {}),
    keyStoreEnvironmentList: list.value,
  });
}
