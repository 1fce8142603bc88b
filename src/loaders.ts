import DataLoader from 'dataloader';
import { certificates, jwks, keys, keystores } from './apinizer/index.js';
import type { ApinizerSession } from './apinizer/session.js';
import type { Outcome } from './failures.js';
import type { Name } from './names.js';

export interface ResourceRef {
  readonly projectName: Name;
  readonly name: Name;
}

/**
 * Per-request loaders: the same resource (or list) asked for twice in an operation costs one
 * call, and the loads of one tick go out together. Values are outcomes, so a failure stays a
 * typed value until the field that needs it decides how to show it.
 */
export type ResourceLoader<T> = DataLoader<ResourceRef, Outcome<T | null>, string>;

type Fetch<K, V> = (api: ApinizerSession, key: K) => Promise<Outcome<V>>;

function loader<K, V>(
  api: Outcome<ApinizerSession>,
  fetch: Fetch<K, V>,
  cacheKey: (key: K) => string,
) {
  return new DataLoader<K, Outcome<V>, string>(
    (batch) => Promise.all(batch.map((key) => (api.ok ? settled(fetch(api.value, key)) : api))),
    { cacheKeyFn: cacheKey },
  );
}

/**
 * A load that throws fails only its own key: a rejected batch would fail every field waiting on
 * the same tick. The error itself goes to the masked-error path (logged with a correlation id).
 */
async function settled<V>(load: Promise<Outcome<V>>): Promise<Outcome<V> | Error> {
  try {
    return await load;
  } catch (error) {
    // DataLoader rejects just this key when its slot holds an Error.
    return error instanceof Error ? error : new Error(String(error));
  }
}

const byRef = (ref: ResourceRef) => JSON.stringify([ref.projectName, ref.name]);
const byProject = (projectName: Name) => projectName;

export function createLoaders(api: Outcome<ApinizerSession>) {
  return {
    keystore: loader(
      api,
      (s, r: ResourceRef) =>
        keystores.getKeystore(s, { projectName: r.projectName, keystoreName: r.name }),
      byRef,
    ),
    key: loader(
      api,
      (s, r: ResourceRef) => keys.getKey(s, { projectName: r.projectName, keyName: r.name }),
      byRef,
    ),
    jwk: loader(
      api,
      (s, r: ResourceRef) => jwks.getJwk(s, { projectName: r.projectName, jwkName: r.name }),
      byRef,
    ),
    certificate: loader(
      api,
      (s, r: ResourceRef) =>
        certificates.getCertificate(s, { projectName: r.projectName, certificateName: r.name }),
      byRef,
    ),
    keystores: loader(
      api,
      (s, projectName: Name) => keystores.listKeystores(s, { projectName }),
      byProject,
    ),
    keys: loader(api, (s, projectName: Name) => keys.listKeys(s, { projectName }), byProject),
    jwks: loader(api, (s, projectName: Name) => jwks.listJwks(s, { projectName }), byProject),
    certificates: loader(
      api,
      (s, projectName: Name) => certificates.listCertificates(s, { projectName }),
      byProject,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * After a write every cached read of the request is stale: a certificate update can re-derive
 * JWKs, a rename moves a resource, a delete removes one from its list.
 */
export function forgetReads(loaders: Loaders): void {
  for (const each of Object.values(loaders)) each.clearAll();
}
