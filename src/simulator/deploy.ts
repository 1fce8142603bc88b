import type { Access } from './access.js';
import type { SimulatorFaults } from './faults.js';

/** Apinizer deploys every write to the resource's environments and reports each. */
export function deploymentReport(
  access: Access,
  faults: SimulatorFaults,
  environmentNames: readonly string[],
  action: 'deploy' | 'undeploy' = 'deploy',
): Record<string, unknown> {
  const canDeploy = access.permissions.includes('DEPLOY_UNDEPLOY');
  const environmentResults = environmentNames.map((environmentName) => {
    const failure = canDeploy
      ? faults.deploymentFailure(environmentName)
      : `User ${access.grant.user} does not have SECRETS + DEPLOY_UNDEPLOY permission`;
    return {
      environmentName,
      success: failure === undefined,
      message:
        failure ?? (action === 'deploy' ? 'Deployed successfully' : 'Undeployed successfully'),
    };
  });
  const success = environmentResults.every((result) => result.success);
  return {
    success: true,
    deploymentResult: {
      success,
      message: success
        ? `${action === 'deploy' ? 'Deployment' : 'Undeployment'} completed successfully`
        : `${action === 'deploy' ? 'Deployment' : 'Undeployment'} failed in one or more environments`,
      environmentResults,
    },
  };
}
