import DataLoader from 'dataloader';
import { certificates, jwks, keys, keystores } from './apinizer/index.js';
import type { ApinizerSession } from './apinizer/session.js';
import type { Outcome } from './failures.js';
import type { Name } from './names.js';

export interface ResourceRef {
  readonly projectName: Name;
  readonly name: Name;
}

type Fetch<T> = (api: ApinizerSession, ref: ResourceRef) => Promise<Outcome<T | null>>;

/**
 * One loader per resource kind and request: the same resource asked for twice in an operation
 * costs one call, and loads in one tick go out together. Values are outcomes, so a failure stays
 * a typed value until the field that needs it decides how to show it.
 */
export type ResourceLoader<T> = DataLoader<ResourceRef, Outcome<T | null>, string>;

function byName<T>(api: Outcome<ApinizerSession>, fetch: Fetch<T>): ResourceLoader<T> {
  return new DataLoader(
    (refs) => Promise.all(refs.map((ref) => (api.ok ? fetch(api.value, ref) : api))),
    { cacheKeyFn: (ref) => JSON.stringify([ref.projectName, ref.name]) },
  );
}

export function createLoaders(api: Outcome<ApinizerSession>) {
  return {
    keystore: byName(api, (session, ref) =>
      keystores.getKeystore(session, { projectName: ref.projectName, keystoreName: ref.name }),
    ),
    key: byName(api, (session, ref) =>
      keys.getKey(session, { projectName: ref.projectName, keyName: ref.name }),
    ),
    jwk: byName(api, (session, ref) =>
      jwks.getJwk(session, { projectName: ref.projectName, jwkName: ref.name }),
    ),
    certificate: byName(api, (session, ref) =>
      certificates.getCertificate(session, {
        projectName: ref.projectName,
        certificateName: ref.name,
      }),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
