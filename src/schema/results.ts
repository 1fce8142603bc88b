import type { ObjectRef } from '@pothos/core';
import type { DeploymentReport } from '../apinizer/responses.js';
import type { ApinizerSession } from '../apinizer/session.js';
import type { Outcome } from '../failures.js';
import { forgetReads, type Loaders, type ResourceLoader } from '../loaders.js';
import type { Name } from '../names.js';
import { ok } from '../result.js';
import { builder } from './builder.js';
import { DeploymentResult, WriteSuccess } from './deployment.js';
import { reportedError, resultOf, WRITE_ERRORS } from './errors.js';
import { loadResource, writeTarget } from './resource.js';

type Ref<T> = ObjectRef<typeof builder.$inferSchemaTypes, T>;

/**
 * The success member of a create or update result: the deployment report, and the resource as
 * it is now, read from Apinizer only when the client selects it.
 */
export function resourceSuccess<T>(
  typeName: string,
  field: string,
  resource: Ref<T>,
  loaderOf: (loaders: Loaders) => ResourceLoader<T>,
) {
  return builder.objectRef<WriteSuccess>(typeName).implement({
    isTypeOf: (value) => value instanceof WriteSuccess,
    fields: (t) => ({
      deployment: t.field({ type: DeploymentResult, resolve: (s) => s.deployment }),
      [field]: t.field({
        type: resource,
        nullable: true,
        description: `The ${field} as it is now (read from Apinizer only when selected).`,
        // A generic T defeats Pothos' conditional resolver type; loadResource returns T | null.
        resolve: (s, _args, ctx) => loadResource(loaderOf(ctx.loaders), s) as never,
      }),
    }),
  });
}

/**
 * Finishes a write: on success the request's cached reads are stale (a later field must see the
 * new state), and the resource now lives at `name`.
 */
export async function afterWrite(
  loaders: Loaders,
  write: Promise<Outcome<DeploymentReport>>,
  projectName: Name,
  name: Name,
): Promise<Outcome<WriteSuccess>> {
  const report = await write;
  if (!report.ok) return report;
  forgetReads(loaders);
  return ok(new WriteSuccess(report.value, projectName, name));
}

export interface DeleteMutationOptions {
  /** e.g. `deleteKeystore`; the result union is `DeleteKeystoreResult`. */
  readonly field: string;
  /** e.g. `keystoreName`. */
  readonly nameArg: string;
  readonly description: string;
  readonly remove: (
    api: ApinizerSession,
    projectName: Name,
    name: Name,
  ) => Promise<Outcome<DeploymentReport>>;
}

/** A delete mutation: `field(projectName, <nameArg>)` answering `<Field>Success` or an error. */
export function deleteMutation(options: DeleteMutationOptions): void {
  const typeName = options.field.charAt(0).toUpperCase() + options.field.slice(1);
  const Success = builder.objectRef<WriteSuccess>(`${typeName}Success`).implement({
    isTypeOf: (value) => value instanceof WriteSuccess,
    fields: (t) => ({
      deployment: t.field({
        type: DeploymentResult,
        description: 'Apinizer undeploys a deleted resource from its environments.',
        resolve: (s) => s.deployment,
      }),
      projectName: t.exposeString('projectName'),
      name: t.exposeString('name', { description: 'The name of the deleted resource.' }),
    }),
  });
  builder.mutationField(options.field, (t) =>
    t.errorUnionField({
      types: [Success, ...WRITE_ERRORS],
      union: { name: `${typeName}Result` },
      description: options.description,
      args: {
        projectName: t.arg.string({ required: true }),
        [options.nameArg]: t.arg.string({ required: true }),
      },
      resolve: async (_root, args, ctx) => {
        const target = writeTarget(
          ctx,
          args.projectName,
          String(args[options.nameArg]),
          options.nameArg,
        );
        if (!target.ok) return reportedError(target.failure, ctx);
        const { api, projectName, name } = target.value;
        const write = options.remove(api, projectName, name);
        return resultOf(await afterWrite(ctx.loaders, write, projectName, name), ctx);
      },
    }),
  );
}
