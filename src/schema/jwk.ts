import { jwks } from '../apinizer/index.js';
import type { Jwk as JwkRecord } from '../apinizer/jwks.js';
import type { GatewayContext } from '../context.js';
import type { Outcome } from '../failures.js';
import { JWK_MEMBERS, PRIVATE_JWK_MEMBERS } from '../jose.js';
import { renameAndDescription } from '../preflight/names.js';
import { builder } from './builder.js';
import type { WriteSuccess } from './deployment.js';
import { resultOf, valueOrThrow, WRITE_ERRORS } from './errors.js';
import { loadResource, projectTarget, writeTarget } from './resource.js';
import { afterWrite, deleteMutation, resourceSuccess } from './results.js';
import { JSONObject } from './scalars.js';

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

/**
 * The key in standard JWK form. A list carries no key material, so the first material field
 * asked for fetches the single JWK through the request's loader (batched, once per JWK).
 */
async function fullJwk(
  jwk: JwkRecord,
  ctx: GatewayContext,
): Promise<Record<string, unknown> | null> {
  const material = jwk.material ?? (await loadResource(ctx.loaders.jwk, jwk))?.material;
  if (!material) return null;
  const standard = Object.fromEntries(
    Object.entries(material).filter(([member]) => JWK_MEMBERS.has(member)),
  );
  // The JWK's own kid (what Apinizer lists) wins over a kid left inside the material.
  return {
    kty: jwk.type === 'OCT' ? 'oct' : (jwk.type ?? undefined),
    ...standard,
    ...(jwk.kid ? { kid: jwk.kid } : {}),
  };
}

const publicPart = (jwk: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(jwk).filter(([member]) => !PRIVATE_JWK_MEMBERS.has(member)));

export const Jwk = builder.objectRef<JwkRecord>('Jwk').implement({
  description: 'A JSON Web Key.',
  fields: (t) => ({
    projectName: t.exposeString('projectName'),
    name: t.exposeString('name'),
    description: t.exposeString('description', { nullable: true }),
    sourceType: t.field({ type: JwkSourceType, nullable: true, resolve: (jwk) => jwk.sourceType }),
    sourceId: t.exposeString('sourceId', {
      nullable: true,
      description: 'The certificate, key or keystore it was made from; null once detached.',
    }),
    sourceUrl: t.exposeString('sourceUrl', { nullable: true }),
    type: t.field({ type: JwkType, nullable: true, resolve: (jwk) => jwk.type }),
    kid: t.exposeString('kid', { nullable: true }),
    material: t.field({
      type: JSONObject,
      nullable: true,
      description:
        'The public JWK (RFC 7517): kty, kid, use, alg and the public members (n/e, crv/x/y); no private members. For an OCT key, only its metadata.',
      resolve: async (jwk, _args, ctx) => {
        const full = await fullJwk(jwk, ctx);
        return full && publicPart(full);
      },
    }),
    secretMaterial: t.field({
      type: JSONObject,
      nullable: true,
      description:
        'SECRET: the whole JWK, private members (d, p, q, dp, dq, qi, k) included. Read from Apinizer only when selected. Apinizer returns it to any token with the SECRETS permission in the project (reading needs no MANAGE), and the gateway passes it on as it is: give tokens that must not see secrets no SECRETS permission, or leave the field out.',
      resolve: (jwk, _args, ctx) => fullJwk(jwk, ctx),
    }),
    hasPrivateKey: t.boolean({
      nullable: true,
      description: 'Whether the JWK holds private or secret key material.',
      resolve: async (jwk, _args, ctx) => {
        const full = await fullJwk(jwk, ctx);
        return full && Object.keys(full).some((member) => PRIVATE_JWK_MEMBERS.has(member));
      },
    }),
  }),
});

builder.queryField('jwks', (t) =>
  t.field({
    type: [Jwk],
    description:
      'GET /apiops/projects/{projectName}/jwks/ (no key material; selecting `material` reads each JWK, batched).',
    args: { projectName: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const target = valueOrThrow(projectTarget(ctx, args.projectName));
      return valueOrThrow(await ctx.loaders.jwks.load(target.projectName));
    },
  }),
);

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

const UpdateJwkSuccess = resourceSuccess('UpdateJwkSuccess', 'jwk', Jwk, (loaders) => loaders.jwk);

interface UpdateJwkArgs {
  readonly projectName: string;
  readonly jwkName: string;
  readonly input: { readonly name?: string | null; readonly description?: string | null };
}

async function updateJwk(ctx: GatewayContext, args: UpdateJwkArgs): Promise<Outcome<WriteSuccess>> {
  const target = writeTarget(ctx, args.projectName, args.jwkName, 'jwkName');
  if (!target.ok) return target;
  const { api, projectName, name } = target.value;
  const body = renameAndDescription(args.input);
  if (!body.ok) return body;
  return afterWrite(
    ctx.loaders,
    jwks.updateJwk(api, { projectName, jwkName: name, body: body.value }),
    projectName,
    body.value.name ?? name,
  );
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
    resolve: async (_root, args, ctx) => resultOf(await updateJwk(ctx, args), ctx),
  }),
);

deleteMutation({
  field: 'deleteJwk',
  nameArg: 'jwkName',
  description:
    'DELETE /apiops/projects/{projectName}/jwks/{jwkName}/: undeploys it from every environment.',
  remove: (api, projectName, name) => jwks.deleteJwk(api, { projectName, jwkName: name }),
});
