import type { ApinizerClient } from './apinizer/client.js';
import type { ApinizerSession } from './apinizer/session.js';
import type { UploadConfig } from './config.js';
import type { Outcome } from './failures.js';
import { createLoaders, type Loaders } from './loaders.js';
import { bearerTokenFrom } from './preflight/auth.js';

/** Per-request state: the caller's Apinizer session (or why there is none) and the loaders. */
export interface GatewayContext {
  /** The REST client bound to the caller's token, or the authentication failure. */
  readonly api: Outcome<ApinizerSession>;
  readonly loaders: Loaders;
  readonly uploads: UploadConfig;
  /** Told about every error member a mutation answers (metrics). */
  readonly reportError: (type: string) => void;
}

export function createContext(
  request: Request,
  client: ApinizerClient,
  uploads: UploadConfig,
  reportError: (type: string) => void,
): GatewayContext {
  const token = bearerTokenFrom(request.headers.get('authorization'));
  const api: Outcome<ApinizerSession> = token.ok
    ? { ok: true, value: client.session(token.value, request.signal) }
    : token;
  return { api, loaders: createLoaders(api), uploads, reportError };
}
