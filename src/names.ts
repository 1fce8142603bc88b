/** A name checked to be non-blank: the only kind of name the REST client accepts. */
export type Name = string & { readonly __brand: 'Name' };

/** Returns the name, or undefined when it is empty or only whitespace. */
export function asName(value: string): Name | undefined {
  return value.trim() === '' ? undefined : (value as Name);
}
