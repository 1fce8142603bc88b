import {
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  getNamedType,
  isObjectType,
} from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';

/*
 * An operation's cost is the number of Apinizer calls it can be expected to make: every root
 * field is one call, every field that reads a resource's details or reads a written resource
 * back is one more, and `_entities` is one per representation. A list's items are counted once
 * (its length is unknown before the call); the per-operation call budget covers the rest.
 */

/** Fields below the root that read a resource from Apinizer when selected. */
export const DETAIL_FIELDS: ReadonlySet<string> = new Set([
  'Jwk.material',
  'Jwk.secretMaterial',
  'KeystoreEnvironment.file',
  'KeyEnvironment.content',
  'CertificateEnvironment.issuer',
  'CertificateEnvironment.serialNumber',
  'CertificateEnvironment.publicKeyType',
  'CertificateEnvironment.pem',
]);

/** Resource types a write's success member reads back when selected. */
const RESOURCE_TYPES: ReadonlySet<string> = new Set(['Keystore', 'Key', 'Jwk', 'Certificate']);

const FREE_ROOT_FIELDS: ReadonlySet<string> = new Set(['_service', '__typename']);

/** How many Apinizer calls a field makes itself (not counting its selection). */
function ownCalls(
  parent: GraphQLCompositeType,
  field: GraphQLField<unknown, unknown>,
  schema: GraphQLSchema,
): number {
  if (parent === schema.getQueryType() || parent === schema.getMutationType()) {
    return FREE_ROOT_FIELDS.has(field.name) || field.name.startsWith('__') ? 0 : 1;
  }
  if (DETAIL_FIELDS.has(`${parent.name}.${field.name}`)) return 1;
  const returned = getNamedType(field.type);
  if (
    parent.name.endsWith('Success') &&
    isObjectType(returned) &&
    RESOURCE_TYPES.has(returned.name)
  )
    return 1;
  return 0;
}

/** A graphql-query-complexity estimator that counts Apinizer calls. */
export function upstreamCallEstimator(schema: GraphQLSchema): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    if (type === schema.getQueryType() && field.name === '_entities') {
      const representations = Array.isArray(args.representations) ? args.representations.length : 1;
      // Every representation is read (one call) and then its own selection is resolved.
      return representations * (1 + childComplexity);
    }
    return ownCalls(type, field, schema) + childComplexity;
  };
}
