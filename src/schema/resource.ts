import type { JwkUpdate, UpdateScope } from '../apinizer/jwk-update.js';
import type { ApinizerSession } from '../apinizer/session.js';
import type { GatewayContext } from '../context.js';
import type { Outcome } from '../failures.js';
import type { ResourceLoader } from '../loaders.js';
import type { Name } from '../names.js';
import { jwkUpdateFrom } from '../preflight/jwk-update.js';
import { requireName } from '../preflight/names.js';
import { ok } from '../result.js';
import { valueOrThrow } from './errors.js';

/** Where a write goes: the caller's session and the checked names of the resource. */
export interface WriteTarget extends ProjectTarget {
  readonly name: Name;
}

/** Where a project-level operation goes (a list, a create). */
export interface ProjectTarget {
  readonly api: ApinizerSession;
  readonly projectName: Name;
}

/** A token and a non-blank project name. */
export function projectTarget(ctx: GatewayContext, projectName: string): Outcome<ProjectTarget> {
  if (!ctx.api.ok) return ctx.api;
  const project = requireName(projectName, 'projectName');
  if (!project.ok) return project;
  return ok({ api: ctx.api.value, projectName: project.value });
}

/** The resource a nested object (an environment entry) belongs to, for reading details lazily. */
export interface OwnerRef {
  readonly projectName: string;
  readonly name: string;
}

export const ownerOf = (resource: OwnerRef): OwnerRef => ({
  projectName: resource.projectName,
  name: resource.name,
});

/** The checks every write starts with: a token, then non-blank project and resource names. */
export function writeTarget(
  ctx: GatewayContext,
  projectName: string,
  name: string,
  nameField: string,
): Outcome<WriteTarget> {
  const project = projectTarget(ctx, projectName);
  if (!project.ok) return project;
  const resource = requireName(name, nameField);
  if (!resource.ok) return resource;
  return ok({ ...project.value, name: resource.value });
}

export interface JwkUpdateArgs {
  readonly jwkUpdateAction?: 'NULLIFY' | 'UPDATE' | null;
  readonly updateScope?: UpdateScope | null;
}

/** A write target for resources whose update takes the JWK reference arguments. */
export function writeTargetWithJwkUpdate(
  ctx: GatewayContext,
  projectName: string,
  name: string,
  nameField: string,
  args: JwkUpdateArgs,
): Outcome<WriteTarget & { readonly jwkUpdate: JwkUpdate }> {
  const target = writeTarget(ctx, projectName, name, nameField);
  if (!target.ok) return target;
  const jwkUpdate = jwkUpdateFrom(args.jwkUpdateAction, args.updateScope);
  if (!jwkUpdate.ok) return jwkUpdate;
  return ok({ ...target.value, jwkUpdate: jwkUpdate.value });
}

/**
 * Reads one resource through the request's loader: null when it does not exist, a GraphQL
 * error (with `extensions.code`) when it cannot be read.
 */
export async function loadResource<T>(
  loader: ResourceLoader<T>,
  ref: { readonly projectName: string; readonly name: string },
): Promise<T | null> {
  const projectName = valueOrThrow(requireName(ref.projectName, 'projectName'));
  const name = valueOrThrow(requireName(ref.name, 'name'));
  return valueOrThrow(await loader.load({ projectName, name }));
}
