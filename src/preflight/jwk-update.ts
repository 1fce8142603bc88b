import type { JwkUpdate, UpdateScope } from '../apinizer/jwk-update.js';
import { type Outcome, validationFailure } from '../failures.js';
import { fail, ok } from '../result.js';

/** Turns the mutation's arguments into a JWK update; `UPDATE` needs a scope. */
export function jwkUpdateFrom(
  action: 'NULLIFY' | 'UPDATE' | null | undefined,
  scope: UpdateScope | null | undefined,
): Outcome<JwkUpdate> {
  if (action === 'UPDATE') {
    if (!scope) {
      return fail(
        validationFailure(
          'jwkUpdateAction UPDATE needs updateScope (SAME_PROJECT or ALL_PROJECTS) to say which JWKs to re-parse',
          'updateScope',
        ),
      );
    }
    return ok({ action: 'UPDATE', scope });
  }
  return ok(scope ? { action: 'NULLIFY', scope } : { action: 'NULLIFY' });
}
