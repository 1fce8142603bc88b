import { builder } from './builder.js';

export const JwkUpdateAction = builder.enumType('JwkUpdateAction', {
  description: 'What happens to JWKs that were made from the updated keystore, key or certificate.',
  values: {
    NULLIFY: { description: "They lose their reference to the resource (Apinizer's default)." },
    UPDATE: { description: 'They are re-parsed from the new material, in `updateScope`.' },
  } as const,
});

export const UpdateScope = builder.enumType('UpdateScope', {
  description: 'Which JWKs `UPDATE` re-parses.',
  values: {
    SAME_PROJECT: { description: 'Only JWKs in the same project.' },
    ALL_PROJECTS: { description: 'JWKs in every project.' },
  } as const,
});
