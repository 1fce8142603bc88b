import { X509Certificate } from 'node:crypto';
import type {
  CertificateEnvironment as CertificateEnvironmentRecord,
  Certificate as CertificateRecord,
  ExportedCertificateFile,
} from '../apinizer/certificates.js';
import { certificates } from '../apinizer/index.js';
import type { GatewayContext } from '../context.js';
import { type Outcome, validationFailure } from '../failures.js';
import {
  type CertificateInputValue,
  type CreateCertificateInputValue,
  certificateCreateForm,
  certificateForm,
} from '../preflight/certificate-input.js';
import { requireName } from '../preflight/names.js';
import { fail, ok } from '../result.js';
import { builder } from './builder.js';
import type { WriteSuccess } from './deployment.js';
import { resultOf, valueOrThrow, WRITE_ERRORS } from './errors.js';
import { FileInput } from './files.js';
import { JwkUpdateAction, UpdateScope } from './jwk-update.js';
import {
  type JwkUpdateArgs,
  loadResource,
  type OwnerRef,
  ownerOf,
  projectTarget,
  writeTarget,
  writeTargetWithJwkUpdate,
} from './resource.js';
import { afterWrite, deleteMutation, resourceSuccess } from './results.js';
import { Base64, DateTime } from './scalars.js';

const DAY_MS = 24 * 60 * 60 * 1000;

const dateOf = (iso: string | null): Date | null => {
  if (iso === null) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
};

/** Whole days, toward zero: 4.9 days left is 4, expired 3.1 days ago is -3. */
const daysUntil = (date: Date | null): number | null =>
  date === null ? null : Math.trunc((date.getTime() - Date.now()) / DAY_MS) || 0;

/** RFC 2253 order (most specific first), as Apinizer and Java print distinguished names. */
const distinguishedName = (multiline: string): string => multiline.split('\n').reverse().join(', ');

const pemOf = (der: Buffer): string =>
  `-----BEGIN CERTIFICATE-----\n${der
    .toString('base64')
    .replace(/(.{64})/g, '$1\n')
    .replace(/\n$/, '')}\n-----END CERTIFICATE-----\n`;

/**
 * An environment entry with its certificate's address and a parser for its content. A list has
 * no content, so the facts that need it (issuer, serial, PEM) fetch the certificate on demand
 * (through the request's loader, so once per certificate) and parse it once.
 */
interface CertificateEnvironmentValue extends CertificateEnvironmentRecord {
  readonly owner: OwnerRef;
  readonly parsed: () => Promise<X509Certificate | null>;
}

function environmentValues(
  certificate: CertificateRecord,
  ctx: GatewayContext,
): CertificateEnvironmentValue[] {
  const owner = ownerOf(certificate);
  return certificate.environments.map((env) => {
    let parsed: Promise<X509Certificate | null> | undefined;
    const parse = async (): Promise<X509Certificate | null> => {
      const content =
        env.base64EncodedContent ??
        (await loadResource(ctx.loaders.certificate, owner))?.environments.find(
          (e) => e.environmentName === env.environmentName,
        )?.base64EncodedContent ??
        null;
      if (content === null) return null;
      try {
        return new X509Certificate(Buffer.from(content, 'base64'));
      } catch {
        return null;
      }
    };
    return {
      ...env,
      owner,
      parsed: () => {
        parsed ??= parse();
        return parsed;
      },
    };
  });
}

export const CertificateEnvironment = builder
  .objectRef<CertificateEnvironmentValue>('CertificateEnvironment')
  .implement({
    description: 'The certificate as deployed to one environment.',
    fields: (t) => ({
      environmentName: t.exposeString('environmentName'),
      alias: t.exposeString('alias', { nullable: true }),
      subject: t.exposeString('subjectDn', {
        nullable: true,
        description: 'Subject distinguished name, e.g. "CN=api.example.com, O=Example".',
      }),
      notBefore: t.field({
        type: DateTime,
        nullable: true,
        resolve: (env) => dateOf(env.startDate),
      }),
      notAfter: t.field({ type: DateTime, nullable: true, resolve: (env) => dateOf(env.endDate) }),
      daysUntilExpiry: t.int({
        nullable: true,
        description:
          'Whole days until notAfter, toward zero; negative once expired (see `expired`).',
        resolve: (env) => daysUntil(dateOf(env.endDate)),
      }),
      expired: t.boolean({
        nullable: true,
        resolve: (env) => {
          const end = dateOf(env.endDate);
          return end === null ? null : end.getTime() <= Date.now();
        },
      }),
      sha1Thumbprint: t.exposeString('sha1Thumbprint', { nullable: true }),
      issuer: t.string({
        nullable: true,
        description: 'Issuer distinguished name (read from the certificate itself).',
        resolve: async (env) => {
          const cert = await env.parsed();
          return cert ? distinguishedName(cert.issuer) : null;
        },
      }),
      serialNumber: t.string({
        nullable: true,
        description: 'Serial number, hexadecimal.',
        resolve: async (env) => (await env.parsed())?.serialNumber ?? null,
      }),
      publicKeyType: t.string({
        nullable: true,
        description: 'rsa, ec, ed25519, ... with the size or curve, e.g. "rsa 2048".',
        resolve: async (env) => {
          const key = (await env.parsed())?.publicKey;
          if (!key) return null;
          const details = key.asymmetricKeyDetails;
          const size = details?.modulusLength ?? details?.namedCurve;
          return size === undefined
            ? String(key.asymmetricKeyType)
            : `${key.asymmetricKeyType} ${size}`;
        },
      }),
      pem: t.string({
        nullable: true,
        description: 'The certificate as PEM text.',
        resolve: async (env) => {
          const cert = await env.parsed();
          return cert ? pemOf(cert.raw) : null;
        },
      }),
    }),
  });

export const Certificate = builder.objectRef<CertificateRecord>('Certificate').implement({
  description: 'An X.509 certificate, per environment.',
  fields: (t) => ({
    projectName: t.exposeString('projectName'),
    name: t.exposeString('name'),
    description: t.exposeString('description', { nullable: true }),
    environments: t.field({
      type: [CertificateEnvironment],
      resolve: (cert, _args, ctx) => environmentValues(cert, ctx),
    }),
    notAfter: t.field({
      type: DateTime,
      nullable: true,
      description: 'The earliest expiry over its environments.',
      resolve: (cert) => earliestExpiry(cert),
    }),
  }),
});

function earliestExpiry(cert: CertificateRecord): Date | null {
  const ends = cert.environments
    .map((env) => dateOf(env.endDate))
    .filter((d): d is Date => d !== null);
  return ends.length === 0 ? null : new Date(Math.min(...ends.map((d) => d.getTime())));
}

builder.queryField('certificates', (t) =>
  t.field({
    type: [Certificate],
    description:
      'GET /apiops/projects/{projectName}/certificates/. With expiringWithinDays, only certificates that expire (in any environment) within that many days from now, or already have, soonest first.',
    args: {
      projectName: t.arg.string({ required: true }),
      expiringWithinDays: t.arg.int(),
    },
    resolve: async (_root, args, ctx) => {
      const target = valueOrThrow(projectTarget(ctx, args.projectName));
      const days = args.expiringWithinDays;
      if (days !== null && days !== undefined && days < 0) {
        valueOrThrow(
          fail(validationFailure('expiringWithinDays must be 0 or more', 'expiringWithinDays')),
        );
      }
      const all = valueOrThrow(await ctx.loaders.certificates.load(target.projectName));
      if (days === null || days === undefined) return all;
      const horizon = Date.now() + days * DAY_MS;
      return all
        .map((cert) => ({ cert, end: earliestExpiry(cert) }))
        .filter(({ end }) => end !== null && end.getTime() <= horizon)
        .sort((a, b) => (a.end?.getTime() ?? 0) - (b.end?.getTime() ?? 0))
        .map(({ cert }) => cert);
    },
  }),
);

builder.queryField('certificate', (t) =>
  t.field({
    type: Certificate,
    nullable: true,
    description: 'One certificate, or null when the project has none by that name.',
    args: {
      projectName: t.arg.string({ required: true }),
      name: t.arg.string({ required: true }),
    },
    resolve: (_root, args, ctx) => loadResource(ctx.loaders.certificate, args),
  }),
);

builder.queryField('truststoreCertificates', (t) =>
  t.field({
    type: [Certificate],
    description:
      "GET /apiops/projects/admin/certificates/truststore/{environmentName}/: the environment's trusted (global) certificates.",
    args: { environmentName: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const api = valueOrThrow(ctx.api);
      const environmentName = valueOrThrow(requireName(args.environmentName, 'environmentName'));
      return valueOrThrow(await certificates.listTruststoreCertificates(api, { environmentName }));
    },
  }),
);

const UpdateCertificateInput = builder.inputType('UpdateCertificateInput', {
  description: 'Every field is required: Apinizer replaces the certificate whole (its name stays).',
  fields: (t) => ({
    alias: t.string({ required: true, description: 'Unique per environment.' }),
    description: t.string({ required: true }),
    environmentNames: t.stringList({ required: true }),
    pemFile: t.field({ type: FileInput, required: true, description: 'A PEM X.509 certificate.' }),
  }),
});

const CreateCertificateInput = builder.inputType('CreateCertificateInput', {
  fields: (t) => ({
    name: t.string({ required: true, description: 'Unique in the project; cannot change later.' }),
    alias: t.string({ required: true, description: 'Unique per environment.' }),
    description: t.string({ required: true }),
    environmentNames: t.stringList({ required: true }),
    pemFile: t.field({ type: FileInput, required: true, description: 'A PEM X.509 certificate.' }),
  }),
});

const UpdateCertificateSuccess = resourceSuccess(
  'UpdateCertificateSuccess',
  'certificate',
  Certificate,
  (loaders) => loaders.certificate,
);
const CreateCertificateSuccess = resourceSuccess(
  'CreateCertificateSuccess',
  'certificate',
  Certificate,
  (loaders) => loaders.certificate,
);

const ExportedCertificate = builder
  .objectRef<ExportedCertificateFile>('ExportedCertificateFile')
  .implement({
    description: 'One DER file from the export, for one environment.',
    fields: (t) => ({
      fileName: t.exposeString('fileName', {
        description: 'As Apinizer names it: {certificate}-{environment}.cer',
      }),
      environmentName: t.exposeString('environmentName', { nullable: true }),
      der: t.field({
        type: Base64,
        description: 'The DER bytes, base64.',
        resolve: (f) => f.der.toString('base64'),
      }),
      pem: t.string({ resolve: (f) => pemOf(f.der) }),
    }),
  });

class ExportSuccess {
  constructor(readonly files: readonly ExportedCertificateFile[]) {}
}

const ExportCertificateSuccess = builder
  .objectRef<ExportSuccess>('ExportCertificateSuccess')
  .implement({
    isTypeOf: (value) => value instanceof ExportSuccess,
    fields: (t) => ({
      files: t.field({ type: [ExportedCertificate], resolve: (s) => s.files }),
    }),
  });

interface UpdateCertificateArgs extends JwkUpdateArgs {
  readonly projectName: string;
  readonly certificateName: string;
  readonly input: CertificateInputValue;
}

async function updateCertificate(
  ctx: GatewayContext,
  args: UpdateCertificateArgs,
): Promise<Outcome<WriteSuccess>> {
  const target = writeTargetWithJwkUpdate(
    ctx,
    args.projectName,
    args.certificateName,
    'certificateName',
    args,
  );
  if (!target.ok) return target;
  const { api, projectName, name, jwkUpdate } = target.value;
  const form = await certificateForm(args.input, ctx.uploads);
  if (!form.ok) return form;
  return afterWrite(
    ctx.loaders,
    certificates.updateCertificate(api, {
      projectName,
      certificateName: name,
      form: form.value,
      jwkUpdate,
    }),
    projectName,
    name,
  );
}

async function createCertificate(
  ctx: GatewayContext,
  args: { readonly projectName: string; readonly input: CreateCertificateInputValue },
): Promise<Outcome<WriteSuccess>> {
  const target = projectTarget(ctx, args.projectName);
  if (!target.ok) return target;
  const { api, projectName } = target.value;
  const form = await certificateCreateForm(args.input, ctx.uploads);
  if (!form.ok) return form;
  return afterWrite(
    ctx.loaders,
    certificates.createCertificate(api, { projectName, form: form.value }),
    projectName,
    form.value.certificateName,
  );
}

async function exportCertificate(
  ctx: GatewayContext,
  args: { readonly projectName: string; readonly certificateName: string },
): Promise<Outcome<ExportSuccess>> {
  const target = writeTarget(ctx, args.projectName, args.certificateName, 'certificateName');
  if (!target.ok) return target;
  const { api, projectName, name } = target.value;
  const files = await certificates.exportCertificate(api, { projectName, certificateName: name });
  return files.ok ? ok(new ExportSuccess(files.value)) : files;
}

builder.mutationField('updateCertificate', (t) =>
  t.errorUnionField({
    types: [UpdateCertificateSuccess, ...WRITE_ERRORS],
    union: { name: 'UpdateCertificateResult' },
    description:
      'PUT /apiops/projects/{projectName}/certificates/{certificateName}/ as multipart/form-data: replaces the certificate and deploys it.',
    args: {
      projectName: t.arg.string({ required: true }),
      certificateName: t.arg.string({ required: true }),
      input: t.arg({ type: UpdateCertificateInput, required: true }),
      jwkUpdateAction: t.arg({ type: JwkUpdateAction, defaultValue: 'NULLIFY' }),
      updateScope: t.arg({ type: UpdateScope }),
    },
    resolve: async (_root, args, ctx) => resultOf(await updateCertificate(ctx, args), ctx),
  }),
);

builder.mutationField('createCertificate', (t) =>
  t.errorUnionField({
    types: [CreateCertificateSuccess, ...WRITE_ERRORS],
    union: { name: 'CreateCertificateResult' },
    description:
      'POST /apiops/projects/{projectName}/certificates/ as multipart/form-data: a new certificate, deployed to its environments.',
    args: {
      projectName: t.arg.string({ required: true }),
      input: t.arg({ type: CreateCertificateInput, required: true }),
    },
    resolve: async (_root, args, ctx) => resultOf(await createCertificate(ctx, args), ctx),
  }),
);

builder.mutationField('exportCertificate', (t) =>
  t.errorUnionField({
    types: [ExportCertificateSuccess, ...WRITE_ERRORS],
    union: { name: 'ExportCertificateResult' },
    description:
      "GET /apiops/projects/{projectName}/certificates/{certificateName}/export/: the per-environment DER files from Apinizer's zip.",
    args: {
      projectName: t.arg.string({ required: true }),
      certificateName: t.arg.string({ required: true }),
    },
    resolve: async (_root, args, ctx) => resultOf(await exportCertificate(ctx, args), ctx),
  }),
);

deleteMutation({
  field: 'deleteCertificate',
  nameArg: 'certificateName',
  description:
    'DELETE /apiops/projects/{projectName}/certificates/{certificateName}/: undeploys it from every environment.',
  remove: (api, projectName, name) =>
    certificates.deleteCertificate(api, { projectName, certificateName: name }),
});
