import type { ObjectRef } from '@pothos/core';
import type { Loaders, ResourceLoader } from '../loaders.js';
import { builder } from './builder.js';
import { DeploymentResult, WriteSuccess } from './deployment.js';
import { loadResource } from './resource.js';

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

/** The success member of a delete result: the undeployment report and what was deleted. */
export function deleteSuccess(typeName: string) {
  return builder.objectRef<WriteSuccess>(typeName).implement({
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
}
