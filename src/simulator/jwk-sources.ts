import { createHash, generateKeyPairSync, type KeyObject, randomBytes } from 'node:crypto';
import { Agent, request } from 'undici';
import {
  ALGORITHM_NAMES,
  ALGORITHMS,
  type AlgorithmName,
  algorithmByJose,
  algorithmProblem,
  generateSpelling,
  JWK_MEMBERS,
  type JwkUse,
  shapeOfKey,
} from '../jose.js';
import { openKeystore, parseDerCertificate, parseKeyContent } from './crypto.js';
import { badRequest, reject } from './http.js';
import type { JwkState, ProjectState } from './store.js';

/** A JWK as made from a source: its type, kid and standard members (RFC 7517). */
export interface DerivedJwk {
  readonly type: JwkState['type'];
  readonly kid: string | null;
  readonly material: Record<string, unknown>;
  readonly sourceId: string | null;
  readonly sourceUrl: string | null;
}

const USES: Readonly<Record<JwkUse, string>> = { SIGNATURE: 'sig', ENCRYPTION: 'enc' };

function readUse(value: unknown): JwkUse {
  if (value === 'SIGNATURE' || value === 'ENCRYPTION') return value;
  return reject(badRequest('useType value can not be empty! Use SIGNATURE or ENCRYPTION.'));
}

function jwkTypeOf(kty: unknown): JwkState['type'] {
  if (kty === 'RSA' || kty === 'EC' || kty === 'OKP') return kty;
  if (kty === 'oct') return 'OCT';
  return reject(badRequest(`JWK kty '${String(kty)}' is not supported!`));
}

/** A key with the chosen use and algorithm, which must suit it. */
export function jwkFromKey(
  key: KeyObject,
  body: Record<string, unknown>,
  sourceId: string,
): DerivedJwk {
  const use = readUse(body.useType);
  const jose = typeof body.algorithm === 'string' ? body.algorithm : '';
  const algorithm =
    algorithmByJose(jose) ?? reject(badRequest(`Algorithm '${jose}' is not supported!`));
  const shape = shapeOfKey(key) ?? reject(badRequest('The key cannot be used as a JWK!'));
  const problem = algorithmProblem(algorithm, shape, use);
  if (problem) return reject(badRequest(`${problem}!`));
  const material = {
    ...(key.export({ format: 'jwk' }) as Record<string, unknown>),
    use: USES[use],
    alg: jose,
  };
  const kid = thumbprint(material, 'sha256');
  return { type: shape.type, kid, material: { ...material, kid }, sourceId, sourceUrl: null };
}

/** RFC 7638 JWK thumbprint, base64url. */
export function thumbprint(jwk: Record<string, unknown>, hash: 'sha256' | 'sha1'): string {
  const required: Readonly<Record<string, readonly string[]>> = {
    RSA: ['e', 'kty', 'n'],
    EC: ['crv', 'kty', 'x', 'y'],
    OKP: ['crv', 'kty', 'x'],
    oct: ['k', 'kty'],
  };
  const members = required[String(jwk.kty)] ?? ['kty'];
  const canonical = JSON.stringify(Object.fromEntries(members.map((m) => [m, jwk[m]])));
  return createHash(hash).update(canonical).digest('base64url');
}

/** Picks one key from a JWK or a JWK Set, by `kid` when given. */
export function pickJwk(text: string, kid: string | undefined): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return reject(badRequest('JWK content is not valid JSON!'));
  }
  const candidates = (
    typeof parsed === 'object' &&
    parsed !== null &&
    Array.isArray((parsed as { keys?: unknown }).keys)
      ? (parsed as { keys: unknown[] }).keys
      : [parsed]
  ).filter(
    (item): item is Record<string, unknown> =>
      typeof item === 'object' && item !== null && 'kty' in item,
  );
  const chosen = kid
    ? candidates.find((item) => item.kid === kid)
    : candidates.length === 1
      ? candidates[0]
      : undefined;
  if (!chosen) {
    return reject(
      badRequest(
        kid
          ? `JWK (kid: ${kid}) is not found in the key set!`
          : 'The key set holds more than one key; choose one with kid!',
      ),
    );
  }
  return Object.fromEntries(Object.entries(chosen).filter(([member]) => JWK_MEMBERS.has(member)));
}

export function jwkFromJson(
  material: Record<string, unknown>,
  sourceUrl: string | null,
): DerivedJwk {
  return {
    type: jwkTypeOf(material.kty),
    kid: typeof material.kid === 'string' ? material.kid : null,
    material,
    sourceId: null,
    sourceUrl,
  };
}

const positive = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : fallback;

/** Fetches a JWK (Set) with Apinizer's documented connect/read timeouts and size limit. */
export async function fetchJwkText(body: Record<string, unknown>): Promise<string> {
  const url = typeof body.url === 'string' ? body.url : '';
  if (!/^https?:\/\//.test(url)) return reject(badRequest('url value must be an http(s) URL!'));
  const connectTimeout = positive(body.urlOptionConnectTimeout, 5000);
  const readTimeout = positive(body.urlOptionReadTimeout, 10000);
  const sizeLimit = positive(body.urlOptionSizeLimit, 1048576);
  const agent = new Agent({ connect: { timeout: connectTimeout } });
  try {
    const response = await request(url, {
      dispatcher: agent,
      headersTimeout: readTimeout,
      bodyTimeout: readTimeout,
    });
    if (response.statusCode !== 200) {
      await response.body.dump();
      return reject(badRequest(`JWK URL answered HTTP ${response.statusCode}!`));
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of response.body) {
      size += (chunk as Buffer).length;
      if (size > sizeLimit)
        return reject(badRequest(`JWK URL content is larger than ${sizeLimit} bytes!`));
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
  } catch (error) {
    if (error instanceof Error && error.message === 'simulator failure') throw error;
    const code = (error as { code?: string }).code ?? 'error';
    return reject(badRequest(`JWK URL could not be read (${code})!`));
  } finally {
    await agent.close();
  }
}

function environmentEntry<T extends { environmentName: string }>(
  list: readonly T[],
  environmentName: unknown,
): T {
  const entry = list.find((env) => env.environmentName === environmentName);
  return (
    entry ?? reject(badRequest(`Environment (name: ${String(environmentName)}) is not found!`))
  );
}

/** Looks a source up in the project, then among the global (admin) resources. */
function lookup<T>(
  projects: readonly ProjectState[],
  pick: (p: ProjectState) => Map<string, T>,
  name: unknown,
  label: string,
): T {
  for (const project of projects) {
    const found = typeof name === 'string' ? pick(project).get(name) : undefined;
    if (found) return found;
  }
  return reject(badRequest(`${label} (name: ${String(name)}) is not found!`));
}

export function jwkFromStoredSource(
  projects: readonly ProjectState[],
  sourceType: 'CERTIFICATE' | 'PUBLIC_KEY' | 'PRIVATE_KEY' | 'KEYSTORE',
  body: Record<string, unknown>,
): DerivedJwk {
  if (sourceType === 'CERTIFICATE') {
    const certificate = lookup(
      projects,
      (p) => p.certificates,
      body.certificateName,
      'Certificate',
    );
    const env = environmentEntry(certificate.environments, body.environmentName);
    return jwkFromKey(parseDerCertificate(env.der).publicKey, body, certificate.id);
  }
  if (sourceType === 'KEYSTORE') {
    const keystore = lookup(projects, (p) => p.keystores, body.keyStoreName, 'Keystore');
    const env = environmentEntry(keystore.environments, body.environmentName);
    const alias =
      typeof body.aliasName === 'string' && body.aliasName !== '' ? body.aliasName : null;
    const opened = openKeystore(Buffer.from(env.file, 'base64'), env.type, env.password, alias);
    if (!opened.ok) return reject(badRequest(opened.message));
    const key =
      opened.privateKey ??
      opened.publicKey ??
      reject(badRequest('The keystore entry holds no usable key!'));
    return jwkFromKey(key, body, keystore.id);
  }
  const key = lookup(projects, (p) => p.keys, body.keyName, 'Key');
  if (key.keyType !== sourceType) {
    return reject(badRequest(`Key (name: ${key.name}) is a ${key.keyType}, not a ${sourceType}!`));
  }
  const env = environmentEntry(key.environments, body.environmentName);
  const parsed = parseKeyContent(Buffer.from(env.content, 'base64'), key.keyType);
  return jwkFromKey(parsed ?? reject(badRequest('Key content can not be parsed!')), body, key.id);
}

const GENERATE_CURVES: Readonly<Record<string, string>> = {
  P256: 'prime256v1',
  P384: 'secp384r1',
  P521: 'secp521r1',
  SECP256K1: 'secp256k1',
};

function generatedKid(keyIdType: unknown, material: Record<string, unknown>): string | null {
  switch (keyIdType) {
    case 'TIMESTAMP':
      return String(Date.now());
    case 'SHA256':
      return thumbprint(material, 'sha256');
    case 'SHA1':
      return thumbprint(material, 'sha1');
    case 'ISO_DATE':
      return new Date().toISOString();
    default:
      return null;
  }
}

/** `POST .../jwks/generate`: a new key of the type, with options under `rsa`/`ec`/`oct`/`okp`. */
export function generateJwk(body: Record<string, unknown>): DerivedJwk {
  const type = jwkTypeOf(body.type === 'OCT' ? 'oct' : body.type);
  const options = body[type.toLowerCase()];
  if (typeof options !== 'object' || options === null) {
    return reject(badRequest(`${type.toLowerCase()} options can not be empty!`));
  }
  const o = options as Record<string, unknown>;
  const use = readUse(o.keyUseType);
  const algorithm: AlgorithmName =
    ALGORITHM_NAMES.find((name) => generateSpelling(name) === o.algorithm) ??
    reject(badRequest(`Algorithm '${String(o.algorithm)}' is not supported!`));
  let key: KeyObject | undefined;
  let material: Record<string, unknown>;
  if (type === 'OCT') {
    const bits = o.keySize;
    if (bits !== 128 && bits !== 192 && bits !== 256)
      return reject(badRequest('OCT keySize must be 128, 192 or 256!'));
    const problem = algorithmProblem(algorithm, { type, octBits: bits }, use);
    if (problem) return reject(badRequest(`${problem}!`));
    material = { kty: 'oct', k: randomBytes(bits / 8).toString('base64url') };
  } else {
    key = generateKey(type, o);
    const shape = shapeOfKey(key) ?? reject(badRequest('Unsupported key'));
    const problem = algorithmProblem(algorithm, shape, use);
    if (problem) return reject(badRequest(`${problem}!`));
    material = key.export({ format: 'jwk' }) as Record<string, unknown>;
  }
  const explicitKid = typeof body.kid === 'string' && body.kid !== '' ? body.kid : null;
  const kid = explicitKid ?? generatedKid(o.keyIdType, material);
  const jose = ALGORITHMS[algorithm].jose;
  return {
    type,
    kid,
    material: {
      ...material,
      use: USES[use],
      alg: jose,
      ...(kid ? { kid } : {}),
      ...(typeof o.notBeforeTime === 'number' ? { nbf: Math.floor(o.notBeforeTime / 1000) } : {}),
      ...(typeof o.expirationTime === 'number' ? { exp: Math.floor(o.expirationTime / 1000) } : {}),
    },
    sourceId: null,
    sourceUrl: null,
  };
}

function generateKey(type: 'RSA' | 'EC' | 'OKP', o: Record<string, unknown>): KeyObject {
  if (type === 'RSA') {
    const bits = o.keySize;
    if (bits !== 2048 && bits !== 3072 && bits !== 4096)
      return reject(badRequest('RSA keySize must be 2048, 3072 or 4096!'));
    return generateKeyPairSync('rsa', { modulusLength: bits }).privateKey;
  }
  if (type === 'EC') {
    const namedCurve = GENERATE_CURVES[String(o.curveType)];
    if (!namedCurve)
      return reject(badRequest('EC curveType must be P256, P384, P521 or SECP256K1!'));
    return generateKeyPairSync('ec', { namedCurve }).privateKey;
  }
  if (o.curveType === 'ED25519') return generateKeyPairSync('ed25519').privateKey;
  if (o.curveType === 'X25519') return generateKeyPairSync('x25519').privateKey;
  return reject(badRequest('OKP curveType must be ED25519 or X25519!'));
}
