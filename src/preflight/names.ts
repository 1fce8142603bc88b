import { type Failure, type Outcome, validationFailure } from '../failures.js';
import { asName, type Name } from '../names.js';
import { fail, ok } from '../result.js';

/** A required name: blank is a validation failure naming the argument. */
export function requireName(value: string, field: string): Outcome<Name> {
  const name = asName(value);
  return name === undefined
    ? fail(validationFailure(`${field} must not be empty`, field))
    : ok(name);
}

/**
 * An optional new name. `null` means "not given" (clients send null for unset variables); a blank
 * rename is never meant, so it is refused.
 */
export function optionalName(
  value: string | null | undefined,
  field: string,
): Outcome<Name | undefined> {
  if (value === null || value === undefined) return ok(undefined);
  return requireName(value, field);
}

/**
 * Environment names of one write: each non-blank and listed once. Apinizer takes certificate
 * environments as one comma-separated field, so a comma inside a name would split it.
 */
export function checkEnvironmentNames(
  names: readonly string[],
  field: (index: number) => string,
): Failure | undefined {
  const seen = new Set<string>();
  for (const [index, name] of names.entries()) {
    if (asName(name) === undefined)
      return validationFailure(`${field(index)} must not be empty`, field(index));
    if (name.includes(',')) {
      return validationFailure(`${field(index)} must not contain a comma`, field(index));
    }
    if (seen.has(name)) {
      return validationFailure(`${field(index)} lists environment "${name}" twice`, field(index));
    }
    seen.add(name);
  }
  return undefined;
}
