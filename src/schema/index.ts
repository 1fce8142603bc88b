import { builder } from './builder.js';
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
  federationDirectives: ['@key'],
});
