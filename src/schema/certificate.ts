import type {
  CertificateEnvironment as CertificateEnvironmentRecord,
  Certificate as CertificateRecord,
} from '../apinizer/certificates.js';
import { certificates } from '../apinizer/index.js';
import type { GatewayContext } from '../context.js';
import type { Outcome } from '../failures.js';
import { type CertificateInputValue, certificateForm } from '../preflight/certificate-input.js';
import { ok } from '../result.js';
import { builder } from './builder.js';
import { DeploymentResult, WriteSuccess } from './deployment.js';
import { resultOf, WRITE_ERRORS } from './errors.js';
import { FileInput } from './files.js';
import { JwkUpdateAction, UpdateScope } from './jwk-update.js';
import { type JwkUpdateArgs, loadResource, writeTargetWithJwkUpdate } from './resource.js';
import { DateTime } from './scalars.js';

const dateOf = (iso: string | null): Date | null => {
  if (iso === null) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
};

const DAY_MS = 24 * 60 * 60 * 1000;

export const CertificateEnvironment = builder
  .objectRef<CertificateEnvironmentRecord>('CertificateEnvironment')
  .implement({
    description: 'The certificate as deployed to one environment.',
    fields: (t) => ({
      environmentName: t.exposeString('environmentName'),
      alias: t.exposeString('alias', { nullable: true }),
      subject: t.exposeString('subjectDn', {
        nullable: true,
        description: 'Subject distinguished name.',
      }),
      notBefore: t.field({
        type: DateTime,
        nullable: true,
        resolve: (env) => dateOf(env.startDate),
      }),
      notAfter: t.field({ type: DateTime, nullable: true, resolve: (env) => dateOf(env.endDate) }),
      daysUntilExpiry: t.int({
        nullable: true,
        description: 'Whole days until notAfter; negative once expired.',
        resolve: (env) => {
          const end = dateOf(env.endDate);
          return end === null ? null : Math.floor((end.getTime() - Date.now()) / DAY_MS);
        },
      }),
      sha1Thumbprint: t.exposeString('sha1Thumbprint', { nullable: true }),
    }),
  });

export const Certificate = builder.objectRef<CertificateRecord>('Certificate').implement({
  description: 'An X.509 certificate, per environment.',
  fields: (t) => ({
    projectName: t.exposeString('projectName'),
    name: t.exposeString('name'),
    description: t.exposeString('description', { nullable: true }),
    environments: t.field({ type: [CertificateEnvironment], resolve: (cert) => cert.environments }),
  }),
});

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

const UpdateCertificateInput = builder.inputType('UpdateCertificateInput', {
  description: 'Every field is required: Apinizer replaces the certificate whole (its name stays).',
  fields: (t) => ({
    alias: t.string({ required: true, description: 'Unique per environment.' }),
    description: t.string({ required: true }),
    environmentNames: t.stringList({ required: true }),
    pemFile: t.field({ type: FileInput, required: true, description: 'A PEM X.509 certificate.' }),
  }),
});

const UpdateCertificateSuccess = builder
  .objectRef<WriteSuccess>('UpdateCertificateSuccess')
  .implement({
    isTypeOf: (value) => value instanceof WriteSuccess,
    fields: (t) => ({
      deployment: t.field({ type: DeploymentResult, resolve: (s) => s.deployment }),
      certificate: t.field({
        type: Certificate,
        nullable: true,
        description: 'The certificate as it is now (read from Apinizer only when selected).',
        resolve: (s, _args, ctx) => loadResource(ctx.loaders.certificate, s),
      }),
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
  const report = await certificates.updateCertificate(api, {
    projectName,
    certificateName: name,
    form: form.value,
    jwkUpdate,
  });
  if (!report.ok) return report;
  ctx.loaders.certificate.clearAll();
  return ok(new WriteSuccess(report.value, projectName, name));
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
    resolve: async (_root, args, ctx) => resultOf(await updateCertificate(ctx, args)),
  }),
);
