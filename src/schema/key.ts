import { keys } from '../apinizer/index.js';
import type { KeyEnvironment as KeyEnvironmentRecord, Key as KeyRecord } from '../apinizer/keys.js';
import type { GatewayContext } from '../context.js';
import type { Outcome } from '../failures.js';
import {
  type CreateKeyInputValue,
  keyCreateBody,
  keyUpdateBody,
  type UpdateKeyInputValue,
} from '../preflight/key-input.js';
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

export const KeyType = builder.enumType('KeyType', {
  values: {
    SECRET_KEY: { description: 'Symmetric key bytes.' },
    PRIVATE_KEY: { description: 'An RSA, EC or EdDSA private key (PEM or DER).' },
    PUBLIC_KEY: { description: 'An RSA, EC or EdDSA public key (PEM or DER).' },
  } as const,
});

type KeyEnvironmentValue = KeyEnvironmentRecord & { readonly owner: OwnerRef };

export const KeyEnvironment = builder.objectRef<KeyEnvironmentValue>('KeyEnvironment').implement({
  description: 'The key as deployed to one environment.',
  fields: (t) => ({
    environmentName: t.exposeString('environmentName'),
    alias: t.exposeString('alias', { nullable: true }),
    content: t.field({
      type: Base64,
      nullable: true,
      description:
        'SECRET (for private and secret keys): the key material as base64. Read from Apinizer only when selected. Apinizer returns it to any token with the SECRETS permission in the project (reading needs no MANAGE), and the gateway passes it on as it is: give tokens that must not see secrets no SECRETS permission, or leave the field out.',
      resolve: async (env, _args, ctx) => {
        if (env.content !== null) return env.content;
        const full = await loadResource(ctx.loaders.key, env.owner);
        return (
          full?.environments.find((e) => e.environmentName === env.environmentName)?.content ?? null
        );
      },
    }),
  }),
});

export const Key = builder.objectRef<KeyRecord>('Key').implement({
  description: 'A secret, private or public key, per environment.',
  fields: (t) => ({
    projectName: t.exposeString('projectName'),
    name: t.exposeString('name'),
    description: t.exposeString('description', { nullable: true }),
    keyType: t.field({ type: KeyType, nullable: true, resolve: (key) => key.keyType }),
    environments: t.field({
      type: [KeyEnvironment],
      resolve: (key) => key.environments.map((env) => ({ ...env, owner: ownerOf(key) })),
    }),
  }),
});

builder.queryField('keys', (t) =>
  t.field({
    type: [Key],
    description: 'GET /apiops/projects/{projectName}/keys/',
    args: { projectName: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const target = valueOrThrow(projectTarget(ctx, args.projectName));
      return valueOrThrow(await ctx.loaders.keys.load(target.projectName));
    },
  }),
);

builder.queryField('key', (t) =>
  t.field({
    type: Key,
    nullable: true,
    description: 'One key, or null when the project has none by that name.',
    args: {
      projectName: t.arg.string({ required: true }),
      name: t.arg.string({ required: true }),
    },
    resolve: (_root, args, ctx) => loadResource(ctx.loaders.key, args),
  }),
);

const KeyEnvironmentInput = builder.inputType('KeyEnvironmentInput', {
  fields: (t) => ({
    environmentName: t.string({ required: true }),
    content: t.field({
      type: FileInput,
      required: true,
      description: 'SECRET: the key material (PEM or DER file, or raw bytes for a secret key).',
    }),
    alias: t.string(),
  }),
});

const UpdateKeyInput = builder.inputType('UpdateKeyInput', {
  description: 'A partial update: fields left out (or null) keep their current value.',
  fields: (t) => ({
    name: t.string({ description: 'A new name, unique in the project.' }),
    description: t.string(),
    keyType: t.field({ type: KeyType }),
    environments: t.field({ type: [KeyEnvironmentInput] }),
  }),
});

const CreateKeyInput = builder.inputType('CreateKeyInput', {
  fields: (t) => ({
    name: t.string({ required: true, description: 'Unique in the project.' }),
    description: t.string(),
    keyType: t.field({ type: KeyType, required: true }),
    environments: t.field({ type: [KeyEnvironmentInput], required: true }),
  }),
});

const UpdateKeySuccess = resourceSuccess('UpdateKeySuccess', 'key', Key, (loaders) => loaders.key);
const CreateKeySuccess = resourceSuccess('CreateKeySuccess', 'key', Key, (loaders) => loaders.key);

interface UpdateKeyArgs extends JwkUpdateArgs {
  readonly projectName: string;
  readonly keyName: string;
  readonly input: UpdateKeyInputValue;
}

async function updateKey(ctx: GatewayContext, args: UpdateKeyArgs): Promise<Outcome<WriteSuccess>> {
  const target = writeTargetWithJwkUpdate(ctx, args.projectName, args.keyName, 'keyName', args);
  if (!target.ok) return target;
  const { api, projectName, name, jwkUpdate } = target.value;
  const body = await keyUpdateBody(args.input, ctx.uploads);
  if (!body.ok) return body;
  return afterWrite(
    ctx.loaders,
    keys.updateKey(api, {
      projectName,
      keyName: name,
      body: body.value,
      jwkUpdate,
    }),
    projectName,
    body.value.name ?? name,
  );
}

async function createKey(
  ctx: GatewayContext,
  args: { readonly projectName: string; readonly input: CreateKeyInputValue },
): Promise<Outcome<WriteSuccess>> {
  const target = projectTarget(ctx, args.projectName);
  if (!target.ok) return target;
  const { api, projectName } = target.value;
  const body = await keyCreateBody(args.input, ctx.uploads);
  if (!body.ok) return body;
  return afterWrite(
    ctx.loaders,
    keys.createKey(api, { projectName, body: body.value }),
    projectName,
    body.value.name,
  );
}

builder.mutationField('createKey', (t) =>
  t.errorUnionField({
    types: [CreateKeySuccess, ...WRITE_ERRORS],
    union: { name: 'CreateKeyResult' },
    description:
      'POST /apiops/projects/{projectName}/keys/: a new key, deployed to its environments.',
    args: {
      projectName: t.arg.string({ required: true }),
      input: t.arg({ type: CreateKeyInput, required: true }),
    },
    resolve: async (_root, args, ctx) => resultOf(await createKey(ctx, args), ctx),
  }),
);

builder.mutationField('updateKey', (t) =>
  t.errorUnionField({
    types: [UpdateKeySuccess, ...WRITE_ERRORS],
    union: { name: 'UpdateKeyResult' },
    description:
      'PUT /apiops/projects/{projectName}/keys/{keyName}/: a partial update, deployed to the environments.',
    args: {
      projectName: t.arg.string({ required: true }),
      keyName: t.arg.string({ required: true }),
      input: t.arg({ type: UpdateKeyInput, required: true }),
      jwkUpdateAction: t.arg({ type: JwkUpdateAction, defaultValue: 'NULLIFY' }),
      updateScope: t.arg({ type: UpdateScope }),
    },
    resolve: async (_root, args, ctx) => resultOf(await updateKey(ctx, args), ctx),
  }),
);

deleteMutation({
  field: 'deleteKey',
  nameArg: 'keyName',
  description:
    'DELETE /apiops/projects/{projectName}/keys/{keyName}/: undeploys it from every environment.',
  remove: (api, projectName, name) => keys.deleteKey(api, { projectName, keyName: name }),
});
