import { keys } from '../apinizer/index.js';
import type { KeyEnvironment as KeyEnvironmentRecord, Key as KeyRecord } from '../apinizer/keys.js';
import type { GatewayContext } from '../context.js';
import type { Outcome } from '../failures.js';
import { keyUpdateBody, type UpdateKeyInputValue } from '../preflight/key-input.js';
import { ok } from '../result.js';
import { builder } from './builder.js';
import { DeploymentResult, WriteSuccess } from './deployment.js';
import { resultOf, WRITE_ERRORS } from './errors.js';
import { FileInput } from './files.js';
import { JwkUpdateAction, UpdateScope } from './jwk-update.js';
import { type JwkUpdateArgs, loadResource, writeTargetWithJwkUpdate } from './resource.js';
import { Base64 } from './scalars.js';

export const KeyType = builder.enumType('KeyType', {
  values: {
    SECRET_KEY: { description: 'Symmetric key bytes.' },
    PRIVATE_KEY: { description: 'An RSA, EC or EdDSA private key (PEM or DER).' },
    PUBLIC_KEY: { description: 'An RSA, EC or EdDSA public key (PEM or DER).' },
  } as const,
});

export const KeyEnvironment = builder.objectRef<KeyEnvironmentRecord>('KeyEnvironment').implement({
  description: 'The key as deployed to one environment.',
  fields: (t) => ({
    environmentName: t.exposeString('environmentName'),
    alias: t.exposeString('alias', { nullable: true }),
    content: t.field({
      type: Base64,
      nullable: true,
      description:
        'SECRET (for private and secret keys): the key material as base64. Returned only when selected.',
      resolve: (env) => env.content,
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
    environments: t.field({ type: [KeyEnvironment], resolve: (key) => key.environments }),
  }),
});

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

const UpdateKeySuccess = builder.objectRef<WriteSuccess>('UpdateKeySuccess').implement({
  isTypeOf: (value) => value instanceof WriteSuccess,
  fields: (t) => ({
    deployment: t.field({ type: DeploymentResult, resolve: (s) => s.deployment }),
    key: t.field({
      type: Key,
      nullable: true,
      description: 'The key as it is now (read from Apinizer only when selected).',
      resolve: (s, _args, ctx) => loadResource(ctx.loaders.key, s),
    }),
  }),
});

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
  const report = await keys.updateKey(api, {
    projectName,
    keyName: name,
    body: body.value,
    jwkUpdate,
  });
  if (!report.ok) return report;
  ctx.loaders.key.clearAll();
  return ok(new WriteSuccess(report.value, projectName, body.value.name ?? name));
}

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
    resolve: async (_root, args, ctx) => resultOf(await updateKey(ctx, args)),
  }),
);
