import type { JwkUpdateStyle } from '../config.js';

export type UpdateScope = 'SAME_PROJECT' | 'ALL_PROJECTS';

/**
 * What Apinizer does with JWKs made from an updated keystore, key or certificate.
 * `UPDATE` without a scope cannot be expressed: Apinizer would not know which JWKs to touch.
 */
export type JwkUpdate =
  | { readonly action: 'NULLIFY'; readonly scope?: UpdateScope }
  | { readonly action: 'UPDATE'; readonly scope: UpdateScope };

/** The query string for a JWK update, in the spelling the configured Apinizer release accepts. */
export function jwkUpdateQuery(update: JwkUpdate, style: JwkUpdateStyle): URLSearchParams {
  const query = new URLSearchParams();
  if (style === 'action') {
    query.set('jwkUpdateAction', update.action);
  } else {
    query.set('updateReferencedJwks', update.action === 'UPDATE' ? 'true' : 'false');
  }
  if (update.scope) query.set('updateScope', update.scope);
  return query;
}
