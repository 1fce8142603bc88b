import { type Failure, type Outcome, validationFailure } from '../failures.js';
import { asName, type Name } from '../names.js';
import { fail, ok } from '../result.js';

// A UTF-16 half without its partner: no URL or JSON can carry it as the client meant it.
const LONE_SURROGATE = /\p{Cs}/u;

/** A required name: blank or not valid Unicode is a validation failure naming the argument. */
export function requireName(value: string, field: string): Outcome<Name> {
  if (LONE_SURROGATE.test(value)) {
    return fail(
      validationFailure(`${field} is not valid Unicode text (it has an unpaired surrogate)`, field),
    );
  }
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
    if (LONE_SURROGATE.test(name)) {
      return validationFailure(`${field(index)} is not valid Unicode text`, field(index));
    }
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

/**
 * The environments of a keystore or key write: at least one (an empty list would undeploy the
 * resource everywhere, which is never what a partial update means), each named once.
 */
export function checkEnvironmentList(
  environments: readonly { readonly environmentName: string }[],
  field: string,
): Failure | undefined {
  if (environments.length === 0) {
    return validationFailure(
      `${field} must list at least one environment; leave it out to keep the current ones`,
      field,
    );
  }
  return checkEnvironmentNames(
    environments.map((env) => env.environmentName),
    (index) => `${field}[${index}].environmentName`,
  );
}

/** The rename and description every partial update may carry; null means "not given". */
export function renameAndDescription(input: {
  readonly name?: string | null;
  readonly description?: string | null;
}): Outcome<{ name?: Name; description?: string }> {
  const name = optionalName(input.name, 'input.name');
  if (!name.ok) return name;
  return ok({
    ...(name.value === undefined ? {} : { name: name.value }),
    ...(typeof input.description === 'string' ? { description: input.description } : {}),
  });
}
