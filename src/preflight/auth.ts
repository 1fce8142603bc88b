import type { BearerToken } from '../apinizer/http.js';
import type { Outcome } from '../failures.js';
import { fail, ok } from '../result.js';

/**
 * Reads the caller's `Authorization: Bearer <token>` header. The token is passed to Apinizer as
 * it is; the gateway never logs it or puts it in a message.
 */
export function bearerTokenFrom(header: string | null): Outcome<BearerToken> {
  if (header === null || header.trim() === '') {
    return fail({
      kind: 'AUTHENTICATION',
      message:
        'No Authorization header: send "Authorization: Bearer <Apinizer personal API access token>"',
    });
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header.trim());
  if (!match?.[1]) {
    return fail({
      kind: 'AUTHENTICATION',
      message: 'The Authorization header must have the form "Bearer <token>"',
    });
  }
  return ok(match[1] as BearerToken);
}
