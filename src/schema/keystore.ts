import { keystores } from '../apinizer/index.js';
import type {
  KeystoreEnvironment as KeystoreEnvironmentRecord,
  Keystore as KeystoreRecord,
} from '../apinizer/keystores.js';
import type { GatewayContext } from '../context.js';
import type { Outcome } from '../failures.js';
import { keystoreUpdateBody, type UpdateKeystoreInputValue } from '../preflight/keystore-input.js';
import { ok } from '../result.js';
import { builder } from './builder.js';
import { DeploymentResult, WriteSuccess } from './deployment.js';
import { resultOf, WRITE_ERRORS } from './errors.js';
import { FileInput } from './files.js';
import { JwkUpdateAction, UpdateScope } from './jwk-update.js';
import { type JwkUpdateArgs, loadResource, writeTargetWithJwkUpdate } from './resource.js';
import { Base64 } from './scalars.js';

export const KeyStoreType = builder.enumType('KeyStoreType', {
  values: {
    JKS: { description: 'Java KeyStore' },
    PKCS12: { description: 'PKCS#12 (.p12, .pfx)' },
  } as const,
});

export const KeystoreEnvironment = builder
  .objectRef<KeystoreEnvironmentRecord>('KeystoreEnvironment')
  .implement({
    description: 'The keystore as deployed to one environment.',
    fields: (t) => ({
      environmentName: t.exposeString('environmentName'),
      keyStoreType: t.field({
        type: KeyStoreType,
        nullable: true,
        resolve: (env) => env.keyStoreType,
      }),
      file: t.field({
        type: Base64,
        nullable: true,
        description:
          'SECRET: the keystore file as base64. Returned only when selected; select it only where it is needed.',
        resolve: (env) => env.file,
      }),
    }),
  });

export const Keystore = builder.objectRef<KeystoreRecord>('Keystore').implement({
  description: 'A JKS or PKCS12 keystore, per environment.',
  fields: (t) => ({
    projectName: t.exposeString('projectName'),
    name: t.exposeString('name'),
    description: t.exposeString('description', { nullable: true }),
    environments: t.field({ type: [KeystoreEnvironment], resolve: (ks) => ks.environments }),
  }),
});

builder.queryField('keystore', (t) =>
  t.field({
    type: Keystore,
    nullable: true,
    description: 'One keystore, or null when the project has none by that name.',
    args: {
      projectName: t.arg.string({ required: true }),
      name: t.arg.string({ required: true }),
    },
    resolve: (_root, args, ctx) => loadResource(ctx.loaders.keystore, args),
  }),
);

const KeystoreEnvironmentInput = builder.inputType('KeystoreEnvironmentInput', {
  fields: (t) => ({
    environmentName: t.string({ required: true }),
    file: t.field({ type: FileInput, required: true, description: 'The .jks or .p12 file.' }),
    password: t.string({ required: true, description: 'SECRET: the keystore password.' }),
    alias: t.string({ description: 'Default alias in the keystore.' }),
    keyStoreType: t.field({
      type: KeyStoreType,
      required: true,
      description: 'Must match the file; the gateway checks it before calling Apinizer.',
    }),
  }),
});

const UpdateKeystoreInput = builder.inputType('UpdateKeystoreInput', {
  description: 'A partial update: fields left out (or null) keep their current value.',
  fields: (t) => ({
    name: t.string({ description: 'A new name, unique in the project.' }),
    description: t.string(),
    environments: t.field({
      type: [KeystoreEnvironmentInput],
      description: 'Replaces the per-environment keystores; the keystore is deployed to each.',
    }),
  }),
});

const UpdateKeystoreSuccess = builder.objectRef<WriteSuccess>('UpdateKeystoreSuccess').implement({
  isTypeOf: (value) => value instanceof WriteSuccess,
  fields: (t) => ({
    deployment: t.field({ type: DeploymentResult, resolve: (s) => s.deployment }),
    keystore: t.field({
      type: Keystore,
      nullable: true,
      description: 'The keystore as it is now (read from Apinizer only when selected).',
      resolve: (s, _args, ctx) => loadResource(ctx.loaders.keystore, s),
    }),
  }),
});

interface UpdateKeystoreArgs extends JwkUpdateArgs {
  readonly projectName: string;
  readonly keystoreName: string;
  readonly input: UpdateKeystoreInputValue;
}

async function updateKeystore(
  ctx: GatewayContext,
  args: UpdateKeystoreArgs,
): Promise<Outcome<WriteSuccess>> {
  const target = writeTargetWithJwkUpdate(
    ctx,
    args.projectName,
    args.keystoreName,
    'keystoreName',
    args,
  );
  if (!target.ok) return target;
  const { api, projectName, name, jwkUpdate } = target.value;
  const body = await keystoreUpdateBody(args.input, ctx.uploads);
  if (!body.ok) return body;
  const report = await keystores.updateKeystore(api, {
    projectName,
    keystoreName: name,
    body: body.value,
    jwkUpdate,
  });
  if (!report.ok) return report;
  ctx.loaders.keystore.clearAll();
  return ok(new WriteSuccess(report.value, projectName, body.value.name ?? name));
}

builder.mutationField('updateKeystore', (t) =>
  t.errorUnionField({
    types: [UpdateKeystoreSuccess, ...WRITE_ERRORS],
    union: { name: 'UpdateKeystoreResult' },
    description:
      'PUT /apiops/projects/{projectName}/keystores/{keystoreName}/: a partial update, deployed to the environments.',
    args: {
      projectName: t.arg.string({ required: true }),
      keystoreName: t.arg.string({ required: true }),
      input: t.arg({ type: UpdateKeystoreInput, required: true }),
      jwkUpdateAction: t.arg({ type: JwkUpdateAction, defaultValue: 'NULLIFY' }),
      updateScope: t.arg({ type: UpdateScope }),
    },
    resolve: async (_root, args, ctx) => resultOf(await updateKeystore(ctx, args)),
  }),
);
