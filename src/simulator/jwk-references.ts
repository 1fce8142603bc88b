import type { KeyObject } from 'node:crypto';
import { jwkOf } from './crypto.js';
import { badRequest, reject } from './http.js';
import type { ProjectState, SimulatorStore } from './store.js';

export interface JwkUpdateParams {
  readonly action: 'NULLIFY' | 'UPDATE';
  readonly scope: 'SAME_PROJECT' | 'ALL_PROJECTS' | undefined;
}

const SCOPES = ['SAME_PROJECT', 'ALL_PROJECTS'] as const;

/** Reads `jwkUpdateAction`/`updateScope`, or the older `updateReferencedJwks` flag. */
export function readJwkUpdate(query: URLSearchParams): JwkUpdateParams {
  const rawScope = query.get('updateScope');
  const scope = SCOPES.find((s) => s === rawScope);
  if (rawScope !== null && !scope) {
    return reject(
      badRequest(`updateScope value '${rawScope}' is invalid! Use SAME_PROJECT or ALL_PROJECTS.`),
    );
  }
  const legacy = query.get('updateReferencedJwks');
  const rawAction =
    query.get('jwkUpdateAction') ??
    (legacy === null ? 'NULLIFY' : legacy === 'true' ? 'UPDATE' : 'NULLIFY');
  if (rawAction !== 'NULLIFY' && rawAction !== 'UPDATE') {
    return reject(
      badRequest(`jwkUpdateAction value '${rawAction}' is invalid! Use NULLIFY or UPDATE.`),
    );
  }
  if (rawAction === 'UPDATE' && !scope) {
    return reject(badRequest('updateScope is required when jwkUpdateAction is UPDATE!'));
  }
  return { action: rawAction, scope };
}

/**
 * After a keystore, key or certificate changes: NULLIFY clears the source of every JWK made
 * from it; UPDATE re-derives the JWKs in scope from the new public or private key (JWKs outside
 * the scope are left as they were).
 */
export function applyJwkReferences(
  store: SimulatorStore,
  sourceProject: ProjectState,
  sourceId: string,
  update: JwkUpdateParams,
  newKey: KeyObject | undefined,
): void {
  for (const project of store.projects.values()) {
    for (const jwk of project.jwks.values()) {
      if (jwk.sourceId !== sourceId) continue;
      if (update.action === 'NULLIFY') {
        jwk.sourceId = null;
        continue;
      }
      const inScope = update.scope === 'ALL_PROJECTS' || project === sourceProject;
      if (!inScope) continue;
      if (!newKey) {
        jwk.sourceId = null;
        continue;
      }
      const derived = jwkOf(newKey);
      const { kid, use, alg } = jwk.material;
      jwk.type = derived.type;
      jwk.material = {
        ...derived.material,
        ...(kid ? { kid } : {}),
        ...(use ? { use } : {}),
        ...(alg ? { alg } : {}),
      };
    }
  }
}
