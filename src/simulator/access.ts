import { apiError, reject, type SimRequest } from './http.js';
import type { Permission, ProjectState, SimulatorStore, TokenGrant } from './store.js';

/** Who is calling and what they may do in the project, checked the way Apinizer does. */
export interface Access {
  readonly grant: TokenGrant;
  readonly project: ProjectState;
  readonly permissions: readonly Permission[];
}

export function authenticate(store: SimulatorStore, req: SimRequest): TokenGrant {
  const header = req.headers.authorization ?? '';
  const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  if (!token)
    return reject(
      apiError(
        401,
        'unauthorized_client',
        'Full authentication is required to access this resource',
      ),
    );
  const grant = store.tokens.get(token);
  if (!grant) return reject(apiError(401, 'invalid_token', 'Invalid access token'));
  if (grant.expiresAt && grant.expiresAt.getTime() <= Date.now()) {
    return reject(apiError(401, 'token_expired', 'Access token expired'));
  }
  return grant;
}

/** The project, if the token may see it at all (SECRETS); then the permissions asked for. */
export function authorize(
  store: SimulatorStore,
  req: SimRequest,
  projectName: string,
  needed: readonly Permission[],
): Access {
  const grant = authenticate(store, req);
  const project = store.projects.get(projectName);
  const permissions = store.permissions(grant, projectName);
  if (!project || !permissions.includes('SECRETS')) {
    return reject(
      apiError(
        404,
        'not_found',
        `Project(${projectName}) was not found or user does not have privilege to access it!`,
      ),
    );
  }
  const missing = needed.filter((permission) => !permissions.includes(permission));
  if (missing.length > 0) {
    return reject(
      apiError(
        403,
        'forbidden',
        `User ${grant.user} does not have ${['SECRETS', ...missing].join(' + ')} permission in project ${projectName}`,
      ),
    );
  }
  return { grant, project, permissions };
}
