import type { KeyObject } from 'node:crypto';

/**
 * JOSE algorithms as Apinizer offers them for JWKs (RFC 7518, 8037, 8812, ECDH-1PU draft), with
 * the key each one needs. Shared by the gateway's preflight and the simulator: it is data about
 * the standards, not about either side.
 */

export type JwkKeyType = 'RSA' | 'EC' | 'OCT' | 'OKP';
export type JwkUse = 'SIGNATURE' | 'ENCRYPTION';
/** JWK `crv` names. */
export type Curve = 'P-256' | 'P-384' | 'P-521' | 'secp256k1' | 'Ed25519' | 'X25519';

interface AlgorithmInfo {
  /** The JOSE `alg` name (what create-from-source takes). */
  readonly jose: string;
  readonly keyTypes: readonly JwkKeyType[];
  readonly use: JwkUse;
  /** Curves the algorithm works with (EC and OKP). */
  readonly curves?: readonly Curve[];
  /** Exact symmetric key size in bits (key wrapping), or the minimum (HMAC). */
  readonly octBits?: { readonly exact?: number; readonly min?: number };
  readonly deprecated?: true;
}

const ecdhCurves: readonly Curve[] = ['P-256', 'P-384', 'P-521', 'X25519'];
const sig = (
  jose: string,
  keyTypes: readonly JwkKeyType[],
  extra: Partial<AlgorithmInfo> = {},
): AlgorithmInfo => ({
  jose,
  keyTypes,
  use: 'SIGNATURE',
  ...extra,
});
const enc = (
  jose: string,
  keyTypes: readonly JwkKeyType[],
  extra: Partial<AlgorithmInfo> = {},
): AlgorithmInfo => ({
  jose,
  keyTypes,
  use: 'ENCRYPTION',
  ...extra,
});

/** Keys are GraphQL-safe names (the `JwkAlgorithm` enum); values say what each needs. */
export const ALGORITHMS = {
  RS256: sig('RS256', ['RSA']),
  RS384: sig('RS384', ['RSA']),
  RS512: sig('RS512', ['RSA']),
  PS256: sig('PS256', ['RSA']),
  PS384: sig('PS384', ['RSA']),
  PS512: sig('PS512', ['RSA']),
  ES256: sig('ES256', ['EC'], { curves: ['P-256'] }),
  ES384: sig('ES384', ['EC'], { curves: ['P-384'] }),
  ES512: sig('ES512', ['EC'], { curves: ['P-521'] }),
  ES256K: sig('ES256K', ['EC'], { curves: ['secp256k1'] }),
  HS256: sig('HS256', ['OCT'], { octBits: { min: 256 } }),
  HS384: sig('HS384', ['OCT'], { octBits: { min: 384 } }),
  HS512: sig('HS512', ['OCT'], { octBits: { min: 512 } }),
  EDDSA: sig('EdDSA', ['OKP'], { curves: ['Ed25519'] }),
  RSA_OAEP_256: enc('RSA-OAEP-256', ['RSA']),
  RSA_OAEP_384: enc('RSA-OAEP-384', ['RSA']),
  RSA_OAEP_512: enc('RSA-OAEP-512', ['RSA']),
  RSA_OAEP: enc('RSA-OAEP', ['RSA'], { deprecated: true }),
  RSA1_5: enc('RSA1_5', ['RSA'], { deprecated: true }),
  ECDH_ES: enc('ECDH-ES', ['EC', 'OKP'], { curves: ecdhCurves }),
  ECDH_ES_A128KW: enc('ECDH-ES+A128KW', ['EC', 'OKP'], { curves: ecdhCurves }),
  ECDH_ES_A192KW: enc('ECDH-ES+A192KW', ['EC', 'OKP'], { curves: ecdhCurves }),
  ECDH_ES_A256KW: enc('ECDH-ES+A256KW', ['EC', 'OKP'], { curves: ecdhCurves }),
  ECDH_1PU: enc('ECDH-1PU', ['EC', 'OKP'], { curves: ecdhCurves }),
  ECDH_1PU_A128KW: enc('ECDH-1PU+A128KW', ['EC', 'OKP'], { curves: ecdhCurves }),
  ECDH_1PU_A192KW: enc('ECDH-1PU+A192KW', ['EC', 'OKP'], { curves: ecdhCurves }),
  ECDH_1PU_A256KW: enc('ECDH-1PU+A256KW', ['EC', 'OKP'], { curves: ecdhCurves }),
  A128KW: enc('A128KW', ['OCT'], { octBits: { exact: 128 } }),
  A192KW: enc('A192KW', ['OCT'], { octBits: { exact: 192 } }),
  A256KW: enc('A256KW', ['OCT'], { octBits: { exact: 256 } }),
  A128GCMKW: enc('A128GCMKW', ['OCT'], { octBits: { exact: 128 } }),
  A192GCMKW: enc('A192GCMKW', ['OCT'], { octBits: { exact: 192 } }),
  A256GCMKW: enc('A256GCMKW', ['OCT'], { octBits: { exact: 256 } }),
  DIR: enc('dir', ['OCT']),
  PBES2_HS256_A128KW: enc('PBES2-HS256+A128KW', ['OCT']),
  PBES2_HS384_A192KW: enc('PBES2-HS384+A192KW', ['OCT']),
  PBES2_HS512_A256KW: enc('PBES2-HS512+A256KW', ['OCT']),
} as const satisfies Record<string, AlgorithmInfo>;

export type AlgorithmName = keyof typeof ALGORITHMS;
export const ALGORITHM_NAMES = Object.keys(ALGORITHMS) as AlgorithmName[];

/** Apinizer's generate endpoint spells algorithms with underscores, and RS256 as RSA256. */
export function generateSpelling(name: AlgorithmName): string {
  if (name === 'EDDSA') return 'EdDSA';
  return name.replace(/^RS(\d{3})$/, 'RSA$1');
}

export function algorithmByJose(jose: string): AlgorithmName | undefined {
  return ALGORITHM_NAMES.find((name) => ALGORITHMS[name].jose === jose);
}

/** What is known about a key when its algorithm is chosen. */
export interface KeyShape {
  readonly type: JwkKeyType;
  readonly curve?: Curve;
  readonly octBits?: number;
}

/** Why `algorithm` cannot be used with this key for this use, or undefined when it can. */
export function algorithmProblem(
  name: AlgorithmName,
  key: KeyShape,
  use: JwkUse,
): string | undefined {
  const info: AlgorithmInfo = ALGORITHMS[name];
  if (info.use !== use) {
    return `${info.jose} is an ${info.use.toLowerCase()} algorithm, but use is ${use}`;
  }
  if (!info.keyTypes.includes(key.type)) {
    return `${info.jose} needs a ${info.keyTypes.join(' or ')} key, but the key is ${key.type}`;
  }
  if (info.curves && key.curve && !info.curves.includes(key.curve)) {
    return `${info.jose} needs curve ${info.curves.join(' or ')}, but the key is on ${key.curve}`;
  }
  if (info.octBits && key.octBits !== undefined) {
    const { exact, min } = info.octBits;
    if (exact !== undefined && key.octBits !== exact) {
      return `${info.jose} needs a ${exact}-bit key, but the key has ${key.octBits} bits`;
    }
    if (min !== undefined && key.octBits < min) {
      return `${info.jose} needs a key of at least ${min} bits, but the key has ${key.octBits} bits`;
    }
  }
  return undefined;
}

const NODE_CURVES: Readonly<Record<string, Curve>> = {
  prime256v1: 'P-256',
  secp384r1: 'P-384',
  secp521r1: 'P-521',
  secp256k1: 'secp256k1',
};

/** The JWK type and curve of a node:crypto key; undefined for a kind JWKs cannot hold. */
export function shapeOfKey(key: KeyObject): KeyShape | undefined {
  switch (key.asymmetricKeyType) {
    case 'rsa':
    case 'rsa-pss':
      return { type: 'RSA' };
    case 'ec': {
      const curve = NODE_CURVES[key.asymmetricKeyDetails?.namedCurve ?? ''];
      return curve ? { type: 'EC', curve } : { type: 'EC' };
    }
    case 'ed25519':
      return { type: 'OKP', curve: 'Ed25519' };
    case 'x25519':
      return { type: 'OKP', curve: 'X25519' };
    default:
      return undefined;
  }
}

/** JWK members that are secret (RFC 7518 section 6). */
export const PRIVATE_JWK_MEMBERS: ReadonlySet<string> = new Set([
  'd',
  'p',
  'q',
  'dp',
  'dq',
  'qi',
  'oth',
  'k',
]);

/** Members of a JWK per RFC 7517/7518/8037; anything else an API adds is left out. */
export const JWK_MEMBERS: ReadonlySet<string> = new Set([
  'kty',
  'use',
  'key_ops',
  'alg',
  'kid',
  'x5u',
  'x5c',
  'x5t',
  'x5t#S256',
  'n',
  'e',
  'crv',
  'x',
  'y',
  ...PRIVATE_JWK_MEMBERS,
]);
