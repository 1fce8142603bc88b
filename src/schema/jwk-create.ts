import { X509Certificate } from 'node:crypto';
import type { Certificate as CertificateRecord } from '../apinizer/certificates.js';
import { jwks } from '../apinizer/index.js';
import type { JwkCreateBody } from '../apinizer/jwks.js';
import type { Key as KeyRecord } from '../apinizer/keys.js';
import type { Keystore as KeystoreRecord } from '../apinizer/keystores.js';
import type { GatewayContext } from '../context.js';
import { type Outcome, validationFailure } from '../failures.js';
import {
  ALGORITHM_NAMES,
  ALGORITHMS,
  type AlgorithmName,
  type JwkUse,
  type KeyShape,
  shapeOfKey,
} from '../jose.js';
import type { Loaders, ResourceLoader } from '../loaders.js';
import type { Name } from '../names.js';
import {
  checkAlgorithm,
  fromJsonBody,
  fromUrlBody,
  type GenerateJwkValue,
  generateBody,
  type JwkFromUrlValue,
  URL_DEFAULTS,
} from '../preflight/jwk-input.js';
import { parseKeyMaterial } from '../preflight/key-material.js';
import { requireName } from '../preflight/names.js';
import { fail, ok } from '../result.js';
import { builder } from './builder.js';
import type { WriteSuccess } from './deployment.js';
import { resultOf, WRITE_ERRORS } from './errors.js';
import { Jwk } from './jwk.js';
import { type ProjectTarget, projectTarget } from './resource.js';
import { afterWrite, resourceSuccess } from './results.js';
import { DateTime } from './scalars.js';

export const JwkAlgorithm = builder.enumType('JwkAlgorithm', {
  description:
    'JOSE algorithms, spelled as GraphQL names (RSA_OAEP_256 is RSA-OAEP-256, ECDH_ES_A128KW is ECDH-ES+A128KW, EDDSA is EdDSA, DIR is dir). The gateway sends each to Apinizer in the spelling the endpoint expects.',
  values: Object.fromEntries(
    ALGORITHM_NAMES.map((name) => {
      const info: { jose: string; use: JwkUse; deprecated?: true } = ALGORITHMS[name];
      return [
        name,
        {
          description: `${info.jose} (${info.use.toLowerCase()})`,
          ...(info.deprecated
            ? { deprecationReason: 'Deprecated by RFC 8725 / JOSE best practice' }
            : {}),
        },
      ];
    }),
  ) as Record<AlgorithmName, { description: string }>,
});

export const JwkUseEnum = builder.enumType('JwkUse', {
  values: {
    SIGNATURE: { description: 'use: sig' },
    ENCRYPTION: { description: 'use: enc' },
  } as const,
});

const KeyIdType = builder.enumType('KeyIdType', {
  description: 'How Apinizer derives the kid of a generated key when none is given.',
  values: ['TIMESTAMP', 'SHA256', 'SHA1', 'ISO_DATE', 'NONE'] as const,
});
const RsaKeySize = builder.enumType('RsaKeySize', {
  values: ['RSA_2048', 'RSA_3072', 'RSA_4096'] as const,
});
const EcCurve = builder.enumType('EcCurve', {
  values: ['P256', 'P384', 'P521', 'SECP256K1'] as const,
});
const OctKeySize = builder.enumType('OctKeySize', {
  values: ['OCT_128', 'OCT_192', 'OCT_256'] as const,
});
const OkpCurve = builder.enumType('OkpCurve', {
  values: {
    ED25519: { description: 'Signatures (EdDSA)' },
    X25519: { description: 'Key agreement (ECDH-ES)' },
  } as const,
});

const CreateJwkSuccess = resourceSuccess('CreateJwkSuccess', 'jwk', Jwk, (loaders) => loaders.jwk);
const GenerateJwkSuccess = resourceSuccess(
  'GenerateJwkSuccess',
  'jwk',
  Jwk,
  (loaders) => loaders.jwk,
);

/* ---------------------------------------------------------------- createJwk ---- */

const JwkFromUrlInput = builder.inputType('JwkFromUrlInput', {
  description: 'Apinizer fetches a JWK or JWK Set from the URL (and can refresh it from there).',
  fields: (t) => ({
    name: t.string({ required: true }),
    description: t.string(),
    url: t.string({ required: true }),
    kid: t.string({ description: 'Which key of a JWK Set to take.' }),
    connectTimeoutMs: t.int({ defaultValue: URL_DEFAULTS.connectTimeoutMs }),
    readTimeoutMs: t.int({ defaultValue: URL_DEFAULTS.readTimeoutMs }),
    sizeLimitBytes: t.int({ defaultValue: URL_DEFAULTS.sizeLimitBytes }),
  }),
});

const JwkFromJsonInput = builder.inputType('JwkFromJsonInput', {
  description: 'A JWK or JWK Set as JSON text (what Apinizer calls copy-paste).',
  fields: (t) => ({
    name: t.string({ required: true }),
    description: t.string(),
    json: t.string({ required: true, description: 'May be SECRET: a private JWK.' }),
    kid: t.string({ description: 'Which key of a JWK Set to take.' }),
  }),
});

type InputFields = PothosSchemaTypes.InputFieldBuilder<
  typeof builder.$inferSchemaTypes,
  'InputObject'
>;

/** What every JWK made from stored material names: itself, the environment, use and algorithm. */
const fromStoredFields = (t: InputFields, algorithmNote: string) => ({
  name: t.string({ required: true }),
  description: t.string(),
  environmentName: t.string({
    required: true,
    description: 'The environment whose material to use.',
  }),
  use: t.field({ type: JwkUseEnum, required: true, description: 'What the key is for.' }),
  algorithm: t.field({ type: JwkAlgorithm, required: true, description: algorithmNote }),
});

const CHECKED_AGAINST_KEY = 'Checked against the key before the call.';

const JwkFromCertificateInput = builder.inputType('JwkFromCertificateInput', {
  fields: (t) => ({
    certificateName: t.string({ required: true }),
    ...fromStoredFields(t, CHECKED_AGAINST_KEY),
  }),
});

const JwkFromKeyInput = builder.inputType('JwkFromKeyInput', {
  description: 'From a stored public or private key (the JWK takes its source type from the key).',
  fields: (t) => ({
    keyName: t.string({ required: true }),
    ...fromStoredFields(t, CHECKED_AGAINST_KEY),
  }),
});

const JwkFromKeystoreInput = builder.inputType('JwkFromKeystoreInput', {
  fields: (t) => ({
    keystoreName: t.string({ required: true }),
    alias: t.string({ required: true, description: 'The keystore entry.' }),
    ...fromStoredFields(
      t,
      'Checked against the use before the call (the gateway cannot open the keystore).',
    ),
  }),
});

const CreateJwkInput = builder.inputType('CreateJwkInput', {
  description: 'A JWK from exactly one source.',
  isOneOf: true,
  fields: (t) => ({
    fromUrl: t.field({ type: JwkFromUrlInput }),
    fromJson: t.field({ type: JwkFromJsonInput }),
    fromCertificate: t.field({ type: JwkFromCertificateInput }),
    fromKey: t.field({ type: JwkFromKeyInput }),
    fromKeystore: t.field({ type: JwkFromKeystoreInput }),
  }),
});

interface FromStored {
  readonly name: string;
  readonly description?: string | null;
  readonly environmentName: string;
  readonly use: JwkUse;
  readonly algorithm: AlgorithmName;
}

interface CreateJwkValue {
  readonly fromUrl?:
    | (JwkFromUrlValue & { readonly name: string; readonly description?: string | null })
    | null;
  readonly fromJson?: {
    readonly name: string;
    readonly description?: string | null;
    readonly json: string;
    readonly kid?: string | null;
  } | null;
  readonly fromCertificate?: (FromStored & { readonly certificateName: string }) | null;
  readonly fromKey?: (FromStored & { readonly keyName: string }) | null;
  readonly fromKeystore?:
    | (FromStored & { readonly keystoreName: string; readonly alias: string })
    | null;
}

/** What the gateway learns about a stored source's key in one environment. */
interface Inspection {
  readonly shape?: KeyShape;
  readonly sourceType?: 'PUBLIC_KEY' | 'PRIVATE_KEY';
}

/** How one kind of stored source is read and inspected. */
interface StoredKind<T> {
  readonly label: string;
  readonly resourceType: 'CERTIFICATE' | 'KEY' | 'KEYSTORE';
  readonly loaderOf: (loaders: Loaders) => ResourceLoader<T>;
  /** The key in `environmentName`, or undefined when the resource has nothing there. */
  readonly inspect: (
    resource: T,
    environmentName: string,
    at: string,
  ) => Outcome<Inspection> | undefined;
}

const CERTIFICATE_SOURCE: StoredKind<CertificateRecord> = {
  label: 'Certificate',
  resourceType: 'CERTIFICATE',
  loaderOf: (loaders) => loaders.certificate,
  inspect: (certificate, environmentName) => {
    const env = certificate.environments.find((e) => e.environmentName === environmentName);
    if (!env) return undefined;
    try {
      const der = Buffer.from(env.base64EncodedContent ?? '', 'base64');
      const shape = shapeOfKey(new X509Certificate(der).publicKey);
      return ok(shape ? { shape } : {});
    } catch {
      return ok({});
    }
  },
};

const KEY_SOURCE: StoredKind<KeyRecord> = {
  label: 'Key',
  resourceType: 'KEY',
  loaderOf: (loaders) => loaders.key,
  inspect: (key, environmentName, at) => {
    const { keyType } = key;
    if (keyType !== 'PUBLIC_KEY' && keyType !== 'PRIVATE_KEY') {
      return fail(
        validationFailure(
          `Key ${key.name} is a ${keyType ?? 'key of unknown type'}; a JWK is made from a public or private key`,
          `${at}.keyName`,
        ),
      );
    }
    const env = key.environments.find((e) => e.environmentName === environmentName);
    if (!env) return undefined;
    const parsed = parseKeyMaterial(Buffer.from(env.content ?? '', 'base64'), keyType);
    const shape = parsed && shapeOfKey(parsed);
    return ok({ sourceType: keyType, ...(shape ? { shape } : {}) });
  },
};

const KEYSTORE_SOURCE: StoredKind<KeystoreRecord> = {
  label: 'Keystore',
  resourceType: 'KEYSTORE',
  loaderOf: (loaders) => loaders.keystore,
  // Without the password the gateway cannot open the keystore: it checks the entry exists only.
  inspect: (keystore, environmentName) =>
    keystore.environments.some((e) => e.environmentName === environmentName) ? ok({}) : undefined,
};

/**
 * A source is looked up in the project, then among the global resources (project admin), as
 * Apinizer does. If the global lookup itself fails (a token without access to admin, say), the
 * answer is "unknown" and Apinizer decides; only "in neither" is a NotFoundError here.
 */
async function loadSource<T>(
  loader: ResourceLoader<T>,
  project: Name,
  name: Name,
): Promise<Outcome<T | null | 'unknown'>> {
  const own = await loader.load({ projectName: project, name });
  if (!own.ok || own.value !== null || project === 'admin') return own;
  const global = await loader.load({ projectName: 'admin' as Name, name });
  return global.ok ? global : ok('unknown');
}

/** Reads the source the JWK will be made from, to know its key before Apinizer is asked. */
async function inspectSource<T>(
  ctx: GatewayContext,
  project: Name,
  kind: StoredKind<T>,
  sourceName: Name,
  environmentName: Name,
  at: string,
): Promise<Outcome<Inspection>> {
  const loaded = await loadSource(kind.loaderOf(ctx.loaders), project, sourceName);
  if (!loaded.ok) return loaded;
  if (loaded.value === 'unknown') return ok({});
  if (loaded.value === null) {
    return fail({
      kind: 'NOT_FOUND',
      message: `${kind.label} (name: ${sourceName}) is not found!`,
      resourceType: kind.resourceType,
      name: sourceName,
    });
  }
  return (
    kind.inspect(loaded.value, environmentName, at) ??
    fail({
      kind: 'NOT_FOUND',
      message: `${kind.label} ${sourceName} has no material for environment ${environmentName}`,
      resourceType: 'ENVIRONMENT',
      name: environmentName,
    })
  );
}

type Inspect = (
  ctx: GatewayContext,
  project: Name,
  source: Name,
  env: Name,
  at: string,
) => Promise<Outcome<Inspection>>;

const inspectWith =
  <T>(kind: StoredKind<T>): Inspect =>
  (ctx, project, source, env, at) =>
    inspectSource(ctx, project, kind, source, env, at);

/** The stored source the input names: where it sits in the input, its name, how to inspect it. */
function storedSource(input: CreateJwkValue) {
  if (input.fromCertificate) {
    const value = input.fromCertificate;
    return {
      at: 'input.fromCertificate',
      value,
      sourceName: value.certificateName,
      nameField: 'certificateName',
      inspect: inspectWith(CERTIFICATE_SOURCE),
    };
  }
  if (input.fromKey) {
    const value = input.fromKey;
    return {
      at: 'input.fromKey',
      value,
      sourceName: value.keyName,
      nameField: 'keyName',
      inspect: inspectWith(KEY_SOURCE),
    };
  }
  if (input.fromKeystore) {
    const value = input.fromKeystore;
    return {
      at: 'input.fromKeystore',
      value,
      sourceName: value.keystoreName,
      nameField: 'keystoreName',
      inspect: inspectWith(KEYSTORE_SOURCE),
    };
  }
  return undefined;
}

async function createJwkBody(
  ctx: GatewayContext,
  target: ProjectTarget,
  input: CreateJwkValue,
): Promise<Outcome<JwkCreateBody>> {
  const { fromUrl, fromJson } = input;
  if (fromUrl) {
    const name = requireName(fromUrl.name, 'input.fromUrl.name');
    if (!name.ok) return name;
    return fromUrlBody(name.value, fromUrl.description ?? undefined, fromUrl, 'input.fromUrl');
  }
  if (fromJson) {
    const name = requireName(fromJson.name, 'input.fromJson.name');
    if (!name.ok) return name;
    return fromJsonBody(name.value, fromJson.description ?? undefined, fromJson, 'input.fromJson');
  }
  const stored = storedSource(input);
  if (!stored) return fail(validationFailure('input needs exactly one source', 'input'));
  const { at, value } = stored;
  const name = requireName(value.name, `${at}.name`);
  if (!name.ok) return name;
  const sourceName = requireName(stored.sourceName, `${at}.${stored.nameField}`);
  if (!sourceName.ok) return sourceName;
  const environmentName = requireName(value.environmentName, `${at}.environmentName`);
  if (!environmentName.ok) return environmentName;
  const inspected = await stored.inspect(
    ctx,
    target.projectName,
    sourceName.value,
    environmentName.value,
    at,
  );
  if (!inspected.ok) return inspected;
  const algorithm = checkAlgorithm(value.algorithm, value.use, inspected.value.shape, at);
  if (!algorithm.ok) return algorithm;
  const common = {
    name: name.value,
    ...(typeof value.description === 'string' ? { description: value.description } : {}),
    environmentName: environmentName.value,
    useType: value.use,
    algorithm: ALGORITHMS[value.algorithm].jose,
  };
  if (input.fromKeystore) {
    return ok({
      ...common,
      sourceType: 'KEYSTORE',
      keyStoreName: sourceName.value,
      aliasName: input.fromKeystore.alias,
    });
  }
  if (input.fromKey) {
    return ok({
      ...common,
      sourceType: inspected.value.sourceType ?? 'PUBLIC_KEY',
      keyName: sourceName.value,
    });
  }
  return ok({ ...common, sourceType: 'CERTIFICATE', certificateName: sourceName.value });
}

async function createJwk(
  ctx: GatewayContext,
  args: { readonly projectName: string; readonly input: CreateJwkValue },
): Promise<Outcome<WriteSuccess>> {
  const target = projectTarget(ctx, args.projectName);
  if (!target.ok) return target;
  const body = await createJwkBody(ctx, target.value, args.input);
  if (!body.ok) return body;
  return afterWrite(
    ctx.loaders,
    jwks.createJwk(target.value.api, {
      projectName: target.value.projectName,
      body: body.value,
    }),
    target.value.projectName,
    body.value.name,
  );
}

builder.mutationField('createJwk', (t) =>
  t.errorUnionField({
    types: [CreateJwkSuccess, ...WRITE_ERRORS],
    union: { name: 'CreateJwkResult' },
    description:
      'POST /apiops/projects/{projectName}/jwks/ with the sourceType of the chosen source. For a certificate or key source, the gateway reads it first and checks the algorithm against its key.',
    args: {
      projectName: t.arg.string({ required: true }),
      input: t.arg({ type: CreateJwkInput, required: true }),
    },
    resolve: async (_root, args, ctx) => resultOf(await createJwk(ctx, args), ctx),
  }),
);

/* -------------------------------------------------------------- generateJwk ---- */

/** The options every generated key takes, whatever its type. */
const generateOptionFields = (t: InputFields) => ({
  use: t.field({ type: JwkUseEnum, required: true, description: 'What the key is for.' }),
  algorithm: t.field({
    type: JwkAlgorithm,
    required: true,
    description: 'Must suit the key type, size or curve, and the use.',
  }),
  keyIdType: t.field({ type: KeyIdType }),
  notBefore: t.field({ type: DateTime, description: 'Not valid before (nbf).' }),
  expiresAt: t.field({ type: DateTime, description: 'Not valid after (exp).' }),
});

const GenerateRsaJwkInput = builder.inputType('GenerateRsaJwkInput', {
  fields: (t) => ({
    keySize: t.field({ type: RsaKeySize, required: true }),
    ...generateOptionFields(t),
  }),
});

const GenerateEcJwkInput = builder.inputType('GenerateEcJwkInput', {
  fields: (t) => ({
    curve: t.field({ type: EcCurve, required: true }),
    ...generateOptionFields(t),
  }),
});

const GenerateOctJwkInput = builder.inputType('GenerateOctJwkInput', {
  fields: (t) => ({
    keySize: t.field({ type: OctKeySize, required: true }),
    ...generateOptionFields(t),
    passwordSaltLength: t.int({ description: 'PBES2 only.' }),
    passwordIterationCount: t.int({ description: 'PBES2 only.' }),
  }),
});

const GenerateOkpJwkInput = builder.inputType('GenerateOkpJwkInput', {
  fields: (t) => ({
    curve: t.field({ type: OkpCurve, required: true }),
    ...generateOptionFields(t),
  }),
});

const GenerateJwkKeyInput = builder.inputType('GenerateJwkKeyInput', {
  description: 'The kind of key to generate, with its options: exactly one.',
  isOneOf: true,
  fields: (t) => ({
    rsa: t.field({ type: GenerateRsaJwkInput }),
    ec: t.field({ type: GenerateEcJwkInput }),
    oct: t.field({ type: GenerateOctJwkInput }),
    okp: t.field({ type: GenerateOkpJwkInput }),
  }),
});

const GenerateJwkInput = builder.inputType('GenerateJwkInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    description: t.string(),
    kid: t.string({ description: 'An explicit key id; otherwise keyIdType decides.' }),
    key: t.field({ type: GenerateJwkKeyInput, required: true }),
  }),
});

async function generateJwk(
  ctx: GatewayContext,
  args: { readonly projectName: string; readonly input: GenerateJwkValue },
): Promise<Outcome<WriteSuccess>> {
  const target = projectTarget(ctx, args.projectName);
  if (!target.ok) return target;
  const body = generateBody(args.input);
  if (!body.ok) return body;
  return afterWrite(
    ctx.loaders,
    jwks.generateJwk(target.value.api, {
      projectName: target.value.projectName,
      body: body.value,
    }),
    target.value.projectName,
    body.value.name,
  );
}

builder.mutationField('generateJwk', (t) =>
  t.errorUnionField({
    types: [GenerateJwkSuccess, ...WRITE_ERRORS],
    union: { name: 'GenerateJwkResult' },
    description:
      'POST /apiops/projects/{projectName}/jwks/generate: a new RSA, EC, OCT or OKP key; the algorithm is checked against it first.',
    args: {
      projectName: t.arg.string({ required: true }),
      input: t.arg({ type: GenerateJwkInput, required: true }),
    },
    resolve: async (_root, args, ctx) => resultOf(await generateJwk(ctx, args), ctx),
  }),
);
