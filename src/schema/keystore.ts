import { keystores } from '../apinizer/index.js';
import type {
  KeystoreEnvironment as KeystoreEnvironmentRecord,
  Keystore as KeystoreRecord,
} from '../apinizer/keystores.js';
import type { GatewayContext } from '../context.js';
import type { Outcome } from '../failures.js';
import {
  type CreateKeystoreInputValue,
  keystoreCreateBody,
  keystoreUpdateBody,
  type UpdateKeystoreInputValue,
} from '../preflight/keystore-input.js';
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
  writeTargetWithJwkUpdate,
} from './resource.js';
import { afterWrite, deleteMutation, resourceSuccess } from './results.js';
import { Base64 } from './scalars.js';

export const KeyStoreType = builder.enumType('KeyStoreType', {
  values: {
    JKS: { description: 'Java KeyStore' },
    PKCS12: { description: 'PKCS#12 (.p12, .pfx)' },
  } as const,
});

/** An environment entry with the keystore it belongs to, so its file can be fetched lazily. */
type KeystoreEnvironmentValue = KeystoreEnvironmentRecord & { readonly owner: OwnerRef };

export const KeystoreEnvironment = builder
  .objectRef<KeystoreEnvironmentValue>('KeystoreEnvironment')
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
          'SECRET: the keystore file as base64. Read from Apinizer only when selected; select it only where it is needed. Apinizer returns it to any token with the SECRETS permission in the project (reading needs no MANAGE), and the gateway passes it on as it is: give tokens that must not see secrets no SECRETS permission, or leave the field out.',
        resolve: async (env, _args, ctx) => {
          if (env.file !== null) return env.file;
          const full = await loadResource(ctx.loaders.keystore, env.owner);
          return (
            full?.environments.find((e) => e.environmentName === env.environmentName)?.file ?? null
          );
        },
      }),
    }),
  });

export const Keystore = builder.objectRef<KeystoreRecord>('Keystore').implement({
  description: 'A JKS or PKCS12 keystore, per environment.',
  fields: (t) => ({
    projectName: t.exposeString('projectName'),
    name: t.exposeString('name'),
    description: t.exposeString('description', { nullable: true }),
    environments: t.field({
      type: [KeystoreEnvironment],
      resolve: (ks) => ks.environments.map((env) => ({ ...env, owner: ownerOf(ks) })),
    }),
  }),
});

builder.queryField('keystores', (t) =>
  t.field({
    type: [Keystore],
    description: 'GET /apiops/projects/{projectName}/keystores/',
    args: { projectName: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const target = valueOrThrow(projectTarget(ctx, args.projectName));
      return valueOrThrow(await ctx.loaders.keystores.load(target.projectName));
    },
  }),
);

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

const CreateKeystoreInput = builder.inputType('CreateKeystoreInput', {
  fields: (t) => ({
    name: t.string({ required: true, description: 'Unique in the project.' }),
    description: t.string(),
    environments: t.field({
      type: [KeystoreEnvironmentInput],
      required: true,
      description: 'The keystore per environment; it is deployed to each.',
    }),
  }),
});

const UpdateKeystoreSuccess = resourceSuccess(
  'UpdateKeystoreSuccess',
  'keystore',
  Keystore,
  (loaders) => loaders.keystore,
);
const CreateKeystoreSuccess = resourceSuccess(
  'CreateKeystoreSuccess',
  'keystore',
  Keystore,
  (loaders) => loaders.keystore,
);

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
  return afterWrite(
    ctx.loaders,
    keystores.updateKeystore(api, {
      projectName,
      keystoreName: name,
      body: body.value,
      jwkUpdate,
    }),
    projectName,
    body.value.name ?? name,
  );
}

async function createKeystore(
  ctx: GatewayContext,
  args: { readonly projectName: string; readonly input: CreateKeystoreInputValue },
): Promise<Outcome<WriteSuccess>> {
  const target = projectTarget(ctx, args.projectName);
  if (!target.ok) return target;
  const { api, projectName } = target.value;
  const body = await keystoreCreateBody(args.input, ctx.uploads);
  if (!body.ok) return body;
  return afterWrite(
    ctx.loaders,
    keystores.createKeystore(api, { projectName, body: body.value }),
    projectName,
    body.value.name,
  );
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
    resolve: async (_root, args, ctx) => resultOf(await updateKeystore(ctx, args), ctx),
  }),
);

builder.mutationField('createKeystore', (t) =>
  t.errorUnionField({
    types: [CreateKeystoreSuccess, ...WRITE_ERRORS],
    union: { name: 'CreateKeystoreResult' },
    description:
      'POST /apiops/projects/{projectName}/keystores/: a new keystore, deployed to its environments.',
    args: {
      projectName: t.arg.string({ required: true }),
      input: t.arg({ type: CreateKeystoreInput, required: true }),
    },
    resolve: async (_root, args, ctx) => resultOf(await createKeystore(ctx, args), ctx),
  }),
);

deleteMutation({
  field: 'deleteKeystore',
  nameArg: 'keystoreName',
  description:
    'DELETE /apiops/projects/{projectName}/keystores/{keystoreName}/: undeploys it from every environment.',
  remove: (api, projectName, name) =>
    keystores.deleteKeystore(api, { projectName, keystoreName: name }),
});
