import { builder } from './builder.js';
import { printSubgraphSdl } from './subgraph-sdl.js';
import './scalars.js';
import './errors.js';
import './deployment.js';
import './keystore.js';
import './key.js';
import './jwk.js';
import './jwk-create.js';
import './certificate.js';
import './federation.js';

/**
 * The gateway's schema, built once from every domain file, as an Apollo Federation 2 subgraph
 * (it adds `_service` and `_entities`; everything else is the same API).
 */
export const schema = builder.toSubGraphSchema({
  linkUrl: 'https://specs.apollo.dev/federation/v2.6',
  federationDirectives: ['@key', '@composeDirective'],
});

/** The SDL a router composes, with `@oneOf` kept (see subgraph-sdl.ts). */
export const subgraphSdl = printSubgraphSdl(schema);

// `_service { sdl }` answers that SDL instead of Pothos' own print, which drops `@oneOf`.
const service = schema.getQueryType()?.getFields()._service;
if (service) service.resolve = () => ({ sdl: subgraphSdl });
