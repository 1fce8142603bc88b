import type {
  KeyCreateBody,
  KeyEnvironmentBody,
  KeyType,
  KeyUpdateBody,
} from '../apinizer/keys.js';
import type { UploadConfig } from '../config.js';
import type { Outcome } from '../failures.js';
import { fail, ok } from '../result.js';
import { type FileInputValue, readFileInput } from './files.js';
import { checkKeyMaterial } from './key-material.js';
import { checkEnvironmentList, renameAndDescription, requireName } from './names.js';

export interface KeyEnvironmentInputValue {
  readonly environmentName: string;
  readonly content: FileInputValue;
  readonly alias?: string | null;
}

export interface UpdateKeyInputValue {
  readonly name?: string | null;
  readonly description?: string | null;
  readonly keyType?: KeyType | null;
  readonly environments?: readonly KeyEnvironmentInputValue[] | null;
}

/**
 * Checks the input and builds the partial-update body. Key material is checked against
 * `keyType` when the input gives one; otherwise Apinizer checks it against the stored type.
 */
export async function keyUpdateBody(
  input: UpdateKeyInputValue,
  uploads: UploadConfig,
): Promise<Outcome<KeyUpdateBody>> {
  const base = renameAndDescription(input);
  if (!base.ok) return base;
  const body: { -readonly [K in keyof KeyUpdateBody]: KeyUpdateBody[K] } = { ...base.value };
  if (input.keyType) body.keyType = input.keyType;
  if (input.environments) {
    const list = await keyEnvironmentList(
      input.environments,
      input.keyType ?? undefined,
      uploads,
      'input.environments',
    );
    if (!list.ok) return list;
    body.cryptoKeyInfoEnvironmentList = list.value;
  }
  return ok(body);
}

export async function keyEnvironmentList(
  environments: readonly KeyEnvironmentInputValue[],
  keyType: KeyType | undefined,
  uploads: UploadConfig,
  field: string,
): Promise<Outcome<KeyEnvironmentBody[]>> {
  const problem = checkEnvironmentList(environments, field);
  if (problem) return fail(problem);
  const list: KeyEnvironmentBody[] = [];
  for (const [index, env] of environments.entries()) {
    const at = `${field}[${index}].content`;
    const content = await readFileInput(env.content, at, uploads, 'key');
    if (!content.ok) return content;
    if (keyType) {
      const material = checkKeyMaterial(content.value.bytes, keyType, at);
      if (!material.ok) return material;
    }
    list.push({
      environmentName: env.environmentName,
      content: content.value.bytes.toString('base64'),
      ...(env.alias ? { alias: env.alias } : {}),
    });
  }
  return ok(list);
}

export interface CreateKeyInputValue {
  readonly name: string;
  readonly description?: string | null;
  readonly keyType: KeyType;
  readonly environments: readonly KeyEnvironmentInputValue[];
}

/** A create needs a name, a key type and the material for at least one environment. */
export async function keyCreateBody(
  input: CreateKeyInputValue,
  uploads: UploadConfig,
): Promise<Outcome<KeyCreateBody>> {
  const name = requireName(input.name, 'input.name');
  if (!name.ok) return name;
  const list = await keyEnvironmentList(
    input.environments,
    input.keyType,
    uploads,
    'input.environments',
  );
  if (!list.ok) return list;
  return ok({
    name: name.value,
    ...(typeof input.description === 'string' ? { description: input.description } : {}),
    keyType: input.keyType,
    cryptoKeyInfoEnvironmentList: list.value,
  });
}
