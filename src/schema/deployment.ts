import type { DeploymentReport, EnvironmentDeployment } from '../apinizer/responses.js';
import type { Name } from '../names.js';
import { builder } from './builder.js';

export const EnvironmentDeploymentResult = builder
  .objectRef<EnvironmentDeployment>('EnvironmentDeploymentResult')
  .implement({
    description: 'How deploying to one environment went.',
    fields: (t) => ({
      environmentName: t.exposeString('environmentName'),
      success: t.exposeBoolean('success'),
      message: t.exposeString('message', { nullable: true }),
    }),
  });

export const DeploymentResult = builder.objectRef<DeploymentReport>('DeploymentResult').implement({
  description:
    'Apinizer deploys every write to its environments. The write itself succeeded; deployment can still fail in some environments, so check `success` here and per environment.',
  fields: (t) => ({
    success: t.exposeBoolean('success'),
    message: t.exposeString('message', { nullable: true }),
    environmentResults: t.field({
      type: [EnvironmentDeploymentResult],
      resolve: (report) => report.environmentResults,
    }),
  }),
});

/**
 * The success value of a write: the deployment report and where the resource now lives (under
 * its new name after a rename), so the resource itself is read only if the client selects it.
 */
export class WriteSuccess {
  constructor(
    readonly deployment: DeploymentReport,
    readonly projectName: Name,
    readonly name: Name,
  ) {}
}
