import { builder } from './builder.js';
import './scalars.js';
import './errors.js';
import './deployment.js';
import './keystore.js';
import './key.js';
import './jwk.js';
import './jwk-create.js';
import './certificate.js';

/** The gateway's schema, built once from every domain file. */
export const schema = builder.toSchema();
