import type {
  GenerateOptions,
  JwkCreateBody,
  JwkGenerateBody,
  KeyIdType,
} from '../apinizer/jwks.js';
import { type Outcome, validationFailure } from '../failures.js';
import {
  ALGORITHMS,
  type AlgorithmName,
  algorithmProblem,
  generateSpelling,
  type JwkKeyType,
  type JwkUse,
  type KeyShape,
} from '../jose.js';
import type { Name } from '../names.js';
import { fail, ok } from '../result.js';
import { requireName } from './names.js';

/** Apinizer's documented defaults for reading a JWK (Set) from a URL. */
export const URL_DEFAULTS = {
  connectTimeoutMs: 5000,
  readTimeoutMs: 10000,
  sizeLimitBytes: 1048576,
} as const;

export interface JwkFromUrlValue {
  readonly url: string;
  readonly kid?: string | null;
  readonly connectTimeoutMs?: number | null;
  readonly readTimeoutMs?: number | null;
  readonly sizeLimitBytes?: number | null;
}

const positiveInt = (
  value: number | null | undefined,
  fallback: number,
  max: number,
  field: string,
): Outcome<number> => {
  const n = value ?? fallback;
  return Number.isInteger(n) && n > 0 && n <= max
    ? ok(n)
    : fail(validationFailure(`${field} must be a whole number from 1 to ${max}`, field));
};

export function fromUrlBody(
  name: Name,
  description: string | undefined,
  input: JwkFromUrlValue,
  at: string,
): Outcome<JwkCreateBody> {
  let url: URL;
  try {
    url = new URL(input.url);
  } catch {
    return fail(validationFailure(`${at}.url must be an absolute http(s) URL`, `${at}.url`));
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return fail(validationFailure(`${at}.url must use http or https`, `${at}.url`));
  }
  const connect = positiveInt(
    input.connectTimeoutMs,
    URL_DEFAULTS.connectTimeoutMs,
    600_000,
    `${at}.connectTimeoutMs`,
  );
  if (!connect.ok) return connect;
  const read = positiveInt(
    input.readTimeoutMs,
    URL_DEFAULTS.readTimeoutMs,
    600_000,
    `${at}.readTimeoutMs`,
  );
  if (!read.ok) return read;
  const size = positiveInt(
    input.sizeLimitBytes,
    URL_DEFAULTS.sizeLimitBytes,
    64 * 1024 * 1024,
    `${at}.sizeLimitBytes`,
  );
  if (!size.ok) return size;
  return ok({
    name,
    ...(description === undefined ? {} : { description }),
    sourceType: 'URL',
    url: input.url,
    urlOptionConnectTimeout: connect.value,
    urlOptionReadTimeout: read.value,
    urlOptionSizeLimit: size.value,
    ...(input.kid ? { kid: input.kid } : {}),
  });
}

/**
 * JSON text must hold a JWK (an object with `kty`) or a JWK Set (`keys`); from a set with more
 * than one key, `kid` must pick one that is there.
 */
export function fromJsonBody(
  name: Name,
  description: string | undefined,
  input: { readonly json: string; readonly kid?: string | null },
  at: string,
): Outcome<JwkCreateBody> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(input.json);
  } catch {
    return fail(validationFailure(`${at}.json is not valid JSON`, `${at}.json`));
  }
  const isJwk = (v: unknown): v is { kty: unknown; kid?: unknown } =>
    typeof v === 'object' && v !== null && typeof (v as { kty?: unknown }).kty === 'string';
  const keys: unknown[] | undefined =
    typeof parsed === 'object' &&
    parsed !== null &&
    Array.isArray((parsed as { keys?: unknown }).keys)
      ? (parsed as { keys: unknown[] }).keys
      : isJwk(parsed)
        ? [parsed]
        : undefined;
  if (!keys || keys.length === 0 || !keys.every(isJwk)) {
    return fail(
      validationFailure(
        `${at}.json is neither a JWK (with "kty") nor a JWK Set (with "keys")`,
        `${at}.json`,
      ),
    );
  }
  const kid = input.kid ?? undefined;
  if (kid !== undefined && !keys.some((key) => isJwk(key) && key.kid === kid)) {
    return fail(validationFailure(`${at}.kid "${kid}" is not in the JSON`, `${at}.kid`));
  }
  if (kid === undefined && keys.length > 1) {
    return fail(
      validationFailure(`${at}.json holds ${keys.length} keys; choose one with kid`, `${at}.kid`),
    );
  }
  return ok({
    name,
    ...(description === undefined ? {} : { description }),
    sourceType: 'COPY_PASTE',
    jwkStr: input.json,
    ...(kid === undefined ? {} : { kid }),
  });
}

/** The algorithm must suit the key (when known) and the use. */
export function checkAlgorithm(
  algorithm: AlgorithmName,
  use: JwkUse,
  shape: KeyShape | undefined,
  at: string,
): Outcome<AlgorithmName> {
  const problem = shape
    ? algorithmProblem(algorithm, shape, use)
    : ALGORITHMS[algorithm].use === use
      ? undefined
      : `${ALGORITHMS[algorithm].jose} is an ${ALGORITHMS[algorithm].use.toLowerCase()} algorithm, but use is ${use}`;
  return problem
    ? fail(validationFailure(`${at}.algorithm: ${problem}`, `${at}.algorithm`))
    : ok(algorithm);
}

export type RsaKeySize = 'RSA_2048' | 'RSA_3072' | 'RSA_4096';
export type EcCurve = 'P256' | 'P384' | 'P521' | 'SECP256K1';
export type OctKeySize = 'OCT_128' | 'OCT_192' | 'OCT_256';
export type OkpCurve = 'ED25519' | 'X25519';

interface GenerateCommon {
  readonly use: JwkUse;
  readonly algorithm: AlgorithmName;
  readonly keyIdType?: KeyIdType | null;
  readonly notBefore?: Date | null;
  readonly expiresAt?: Date | null;
}

export interface GenerateKeyValue {
  readonly rsa?: (GenerateCommon & { readonly keySize: RsaKeySize }) | null;
  readonly ec?: (GenerateCommon & { readonly curve: EcCurve }) | null;
  readonly oct?:
    | (GenerateCommon & {
        readonly keySize: OctKeySize;
        readonly passwordSaltLength?: number | null;
        readonly passwordIterationCount?: number | null;
      })
    | null;
  readonly okp?: (GenerateCommon & { readonly curve: OkpCurve }) | null;
}

export interface GenerateJwkValue {
  readonly name: string;
  readonly description?: string | null;
  readonly kid?: string | null;
  readonly key: GenerateKeyValue;
}

const EC_CURVES = { P256: 'P-256', P384: 'P-384', P521: 'P-521', SECP256K1: 'secp256k1' } as const;
const bits = (size: string): number => Number(size.replace(/^\D+_/, ''));

interface ChosenKey {
  readonly member: 'rsa' | 'ec' | 'oct' | 'okp';
  readonly type: JwkKeyType;
  readonly options: GenerateCommon;
  readonly shape: KeyShape;
  readonly sizeOrCurve: { readonly keySize: number } | { readonly curveType: string };
}

/** The one key kind the oneOf input gives, with what it says about the key. */
function chosenKey(key: GenerateKeyValue): ChosenKey | undefined {
  if (key.rsa) {
    const keySize = bits(key.rsa.keySize);
    return {
      member: 'rsa',
      type: 'RSA',
      options: key.rsa,
      shape: { type: 'RSA' },
      sizeOrCurve: { keySize },
    };
  }
  if (key.ec) {
    const shape: KeyShape = { type: 'EC', curve: EC_CURVES[key.ec.curve] };
    return {
      member: 'ec',
      type: 'EC',
      options: key.ec,
      shape,
      sizeOrCurve: { curveType: key.ec.curve },
    };
  }
  if (key.oct) {
    const keySize = bits(key.oct.keySize);
    const shape: KeyShape = { type: 'OCT', octBits: keySize };
    return { member: 'oct', type: 'OCT', options: key.oct, shape, sizeOrCurve: { keySize } };
  }
  if (key.okp) {
    const shape: KeyShape = {
      type: 'OKP',
      curve: key.okp.curve === 'ED25519' ? 'Ed25519' : 'X25519',
    };
    return {
      member: 'okp',
      type: 'OKP',
      options: key.okp,
      shape,
      sizeOrCurve: { curveType: key.okp.curve },
    };
  }
  return undefined;
}

/** Checks a generate request (algorithm against type, size, curve and use; dates) and builds its body. */
export function generateBody(input: GenerateJwkValue): Outcome<JwkGenerateBody> {
  const name = requireName(input.name, 'input.name');
  if (!name.ok) return name;
  const chosen = chosenKey(input.key);
  if (!chosen)
    return fail(validationFailure('input.key needs one of rsa, ec, oct, okp', 'input.key'));
  const { member, type, options, shape, sizeOrCurve } = chosen;
  const at = `input.key.${member}`;
  const algorithm = checkAlgorithm(options.algorithm, options.use, shape, at);
  if (!algorithm.ok) return algorithm;
  const { notBefore, expiresAt } = options;
  if (notBefore && expiresAt && notBefore.getTime() >= expiresAt.getTime()) {
    return fail(validationFailure(`${at}.expiresAt must be after notBefore`, `${at}.expiresAt`));
  }
  if (expiresAt && expiresAt.getTime() <= Date.now()) {
    return fail(validationFailure(`${at}.expiresAt is in the past`, `${at}.expiresAt`));
  }
  const oct = input.key.oct;
  const generated: GenerateOptions = {
    ...sizeOrCurve,
    keyUseType: options.use,
    algorithm: generateSpelling(options.algorithm),
    ...(options.keyIdType ? { keyIdType: options.keyIdType } : {}),
    ...(notBefore ? { notBeforeTime: notBefore.getTime() } : {}),
    ...(expiresAt ? { expirationTime: expiresAt.getTime() } : {}),
    ...(oct?.passwordSaltLength ? { passwordSaltLength: oct.passwordSaltLength } : {}),
    ...(oct?.passwordIterationCount ? { passwordIterationCount: oct.passwordIterationCount } : {}),
  };
  return ok({
    name: name.value,
    ...(typeof input.description === 'string' ? { description: input.description } : {}),
    type,
    ...(input.kid ? { kid: input.kid } : {}),
    [member]: generated,
  });
}
