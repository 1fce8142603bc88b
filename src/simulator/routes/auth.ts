import { randomBytes } from 'node:crypto';
import { apiError, json, type SimResponse } from '../http.js';
import type { RouteContext } from './common.js';

const TOKEN_SECONDS = 3600;

/** `POST /apiops/auth/token`: form-encoded client credentials (username, password) -> a token. */
export function issueToken({ store, req }: RouteContext): SimResponse {
  const form = new URLSearchParams(req.body.toString('utf8'));
  if (form.get('grant_type') !== 'client_credentials') {
    return apiError(400, 'unsupported_grant_type', 'grant_type must be client_credentials');
  }
  const user = store.users.get(form.get('client_id') ?? '');
  if (!user || user.password !== form.get('client_secret')) {
    return apiError(401, 'unauthorized_client', 'Bad client credentials');
  }
  const token = randomBytes(24).toString('base64url');
  store.tokens.set(token, {
    ...user.grant,
    expiresAt: new Date(Date.now() + TOKEN_SECONDS * 1000),
  });
  return json(200, { access_token: token, token_type: 'Bearer', expires_in: TOKEN_SECONDS });
}
