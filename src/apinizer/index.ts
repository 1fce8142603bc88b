export * as certificates from './certificates.js';
export { ApinizerClient, type ApinizerClientOptions } from './client.js';
export type { BearerToken } from './http.js';
export type { JwkUpdate, UpdateScope } from './jwk-update.js';
export * as jwks from './jwks.js';
export * as keys from './keys.js';
export * as keystores from './keystores.js';
export type { DeploymentReport, EnvironmentDeployment } from './responses.js';
export type { ApinizerSession } from './session.js';
