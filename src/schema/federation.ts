import type { Loaders, ResourceLoader } from '../loaders.js';
import { builder } from './builder.js';
import { Certificate } from './certificate.js';
import { Jwk } from './jwk.js';
import { Key } from './key.js';
import { Keystore } from './keystore.js';
import { loadResource } from './resource.js';

/*
 * Keystore, Key, Jwk and Certificate are federation entities keyed by `projectName name`: other
 * subgraphs can return a reference and the router asks this gateway for the rest. References are
 * resolved through the request's loaders, so a batch of them is read concurrently, once each.
 */

const key = builder.selection<{ projectName: string; name: string }>('projectName name');

const resolveWith =
  <T>(loaderOf: (loaders: Loaders) => ResourceLoader<T>) =>
  (ref: { projectName: string; name: string }, ctx: { loaders: Loaders }) =>
    loadResource(loaderOf(ctx.loaders), ref);

builder.asEntity(Keystore, { key, resolveReference: resolveWith((l) => l.keystore) });
builder.asEntity(Key, { key, resolveReference: resolveWith((l) => l.key) });
builder.asEntity(Jwk, { key, resolveReference: resolveWith((l) => l.jwk) });
builder.asEntity(Certificate, { key, resolveReference: resolveWith((l) => l.certificate) });
