import { jwks } from '../apinizer/index.js';
import type { Jwk as JwkRecord, JwkUpdateBody } from '../apinizer/jwks.js';
import type { GatewayContext } from '../context.js';
import type { Outcome } from '../failures.js';
import { optionalName } from '../preflight/names.js';
import { ok } from '../result.js';
import { builder } from './builder.js';
import { DeploymentResult, WriteSuccess } from './deployment.js';
import { resultOf, WRITE_ERRORS } from './errors.js';
import { loadResource, writeTarget } from './resource.js';

export const JwkSourceType = builder.enumType('JwkSourceType', {
  description: 'Where a JWK came from.',
  values: [
    'URL',
    'COPY_PASTE',
    'CERTIFICATE',
    'PUBLIC_KEY',
    'PRIVATE_KEY',
    'KEYSTORE',
    'GENERATE',
  ] as const,
});

export const JwkType = builder.enumType('JwkType', {
  description: 'The JWK key type (`kty`).',
  values: ['RSA', 'EC', 'OCT', 'OKP'] as const,
});

export const Jwk = builder.objectRef<JwkRecord>('Jwk').implement({
  description: 'A JSON Web Key.',
  fields: (t) => ({
    projectName: t.exposeString('projectName'),
    name: t.exposeString('name'),
    description: t.exposeString('description', { nullable: true }),
    sourceType: t.field({ type: JwkSourceType, nullable: true, resolve: (jwk) => jwk.sourceType }),
    sourceId: t.exposeString('sourceId', { nullable: true }),
    sourceUrl: t.exposeString('sourceUrl', { nullable: true }),
    type: t.field({ type: JwkType, nullable: true, resolve: (jwk) => jwk.type }),
    kid: t.exposeString('kid', { nullable: true }),
  }),
});

builder.queryField('jwk', (t) =>
  t.field({
    type: Jwk,
    nullable: true,
    description: 'One JWK, or null when the project has none by that name.',
    args: {
      projectName: t.arg.string({ required: true }),
      name: t.arg.string({ required: true }),
    },
    resolve: (_root, args, ctx) => loadResource(ctx.loaders.jwk, args),
  }),
);

const UpdateJwkInput = builder.inputType('UpdateJwkInput', {
  description:
    'Name and description only; updating a JWK made from a source detaches it from that source.',
  fields: (t) => ({
    name: t.string({ description: 'A new name, unique in the project.' }),
    description: t.string(),
  }),
});

const UpdateJwkSuccess = builder.objectRef<WriteSuccess>('UpdateJwkSuccess').implement({
  isTypeOf: (value) => value instanceof WriteSuccess,
  fields: (t) => ({
    deployment: t.field({ type: DeploymentResult, resolve: (s) => s.deployment }),
    jwk: t.field({
      type: Jwk,
      nullable: true,
      description: 'The JWK as it is now (read from Apinizer only when selected).',
      resolve: (s, _args, ctx) => loadResource(ctx.loaders.jwk, s),
    }),
  }),
});

interface UpdateJwkArgs {
  readonly projectName: string;
  readonly jwkName: string;
  readonly input: { readonly name?: string | null; readonly description?: string | null };
}

async function updateJwk(ctx: GatewayContext, args: UpdateJwkArgs): Promise<Outcome<WriteSuccess>> {
  const target = writeTarget(ctx, args.projectName, args.jwkName, 'jwkName');
  if (!target.ok) return target;
  const { api, projectName, name } = target.value;
  const newName = optionalName(args.input.name, 'input.name');
  if (!newName.ok) return newName;
  const body: JwkUpdateBody = {
    ...(newName.value === undefined ? {} : { name: newName.value }),
    ...(typeof args.input.description === 'string' ? { description: args.input.description } : {}),
  };
  const report = await jwks.updateJwk(api, { projectName, jwkName: name, body });
  if (!report.ok) return report;
  ctx.loaders.jwk.clearAll();
  return ok(new WriteSuccess(report.value, projectName, newName.value ?? name));
}

builder.mutationField('updateJwk', (t) =>
  t.errorUnionField({
    types: [UpdateJwkSuccess, ...WRITE_ERRORS],
    union: { name: 'UpdateJwkResult' },
    description:
      'PUT /apiops/projects/{projectName}/jwks/{jwkName}/: rename or describe a JWK; it is redeployed to all environments.',
    args: {
      projectName: t.arg.string({ required: true }),
      jwkName: t.arg.string({ required: true }),
      input: t.arg({ type: UpdateJwkInput, required: true }),
    },
    resolve: async (_root, args, ctx) => resultOf(await updateJwk(ctx, args)),
  }),
);
