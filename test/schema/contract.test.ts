import {
  buildSchema,
  type GraphQLField,
  type GraphQLInputField,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';

/**
 * The public contract (shared/graphql-contract.md), copied word for word. Clients and acceptance
 * checks depend on these names and types: the schema may add, never rename or change them.
 */
const CONTRACT = /* GraphQL */ `
  scalar Upload
  scalar Base64
  enum JwkUpdateAction { NULLIFY UPDATE }
  enum UpdateScope { SAME_PROJECT ALL_PROJECTS }
  enum KeyStoreType { JKS PKCS12 }
  enum KeyType { SECRET_KEY PRIVATE_KEY PUBLIC_KEY }
  input FileInput @oneOf { upload: Upload  base64: Base64 }
  type EnvironmentDeploymentResult { environmentName: String!  success: Boolean!  message: String }
  type DeploymentResult { success: Boolean!  message: String  environmentResults: [EnvironmentDeploymentResult!]! }
  interface Error { message: String! }
  enum ResourceType { PROJECT ENVIRONMENT KEYSTORE KEY JWK CERTIFICATE }
  type NotFoundError implements Error { message: String!  resourceType: ResourceType  name: String }
  type NameConflictError implements Error { message: String!  name: String }
  type ValidationError implements Error { message: String!  field: String }
  type AuthenticationError implements Error { message: String! }
  type PermissionDeniedError implements Error { message: String! }
  type UpstreamError implements Error { message: String!  status: Int }

  type Keystore { projectName: String! name: String! }
  type Key { projectName: String! name: String! }
  type Jwk { projectName: String! name: String! }
  type Certificate { projectName: String! name: String! }
  type Query { keystore(projectName: String!, name: String!): Keystore }

  type Mutation {
    updateKeystore(projectName: String!, keystoreName: String!, input: UpdateKeystoreInput!,
                   jwkUpdateAction: JwkUpdateAction = NULLIFY, updateScope: UpdateScope): UpdateKeystoreResult!
    updateKey(projectName: String!, keyName: String!, input: UpdateKeyInput!,
              jwkUpdateAction: JwkUpdateAction = NULLIFY, updateScope: UpdateScope): UpdateKeyResult!
    updateJwk(projectName: String!, jwkName: String!, input: UpdateJwkInput!): UpdateJwkResult!
    updateCertificate(projectName: String!, certificateName: String!, input: UpdateCertificateInput!,
                      jwkUpdateAction: JwkUpdateAction = NULLIFY, updateScope: UpdateScope): UpdateCertificateResult!
  }

  input UpdateKeystoreInput { name: String  description: String  environments: [KeystoreEnvironmentInput!] }
  input KeystoreEnvironmentInput { environmentName: String!  file: FileInput!  password: String!  alias: String  keyStoreType: KeyStoreType! }
  input UpdateKeyInput { name: String  description: String  keyType: KeyType  environments: [KeyEnvironmentInput!] }
  input KeyEnvironmentInput { environmentName: String!  content: FileInput!  alias: String }
  input UpdateJwkInput { name: String  description: String }
  input UpdateCertificateInput { alias: String!  description: String!  environmentNames: [String!]!  pemFile: FileInput! }

  type UpdateKeystoreSuccess { deployment: DeploymentResult!  keystore: Keystore }
  type UpdateKeySuccess { deployment: DeploymentResult!  key: Key }
  type UpdateJwkSuccess { deployment: DeploymentResult!  jwk: Jwk }
  type UpdateCertificateSuccess { deployment: DeploymentResult!  certificate: Certificate }

  union UpdateKeystoreResult = UpdateKeystoreSuccess | NotFoundError | NameConflictError | ValidationError
                             | AuthenticationError | PermissionDeniedError | UpstreamError
  union UpdateKeyResult = UpdateKeySuccess | NotFoundError | NameConflictError | ValidationError
                        | AuthenticationError | PermissionDeniedError | UpstreamError
  union UpdateJwkResult = UpdateJwkSuccess | NotFoundError | NameConflictError | ValidationError
                        | AuthenticationError | PermissionDeniedError | UpstreamError
  union UpdateCertificateResult = UpdateCertificateSuccess | NotFoundError | NameConflictError | ValidationError
                                | AuthenticationError | PermissionDeniedError | UpstreamError
`;

const contract = buildSchema(CONTRACT);
const named = Object.values(contract.getTypeMap()).filter((type) => !type.name.startsWith('__'));

function describeField(field: GraphQLField<unknown, unknown> | GraphQLInputField): string {
  const args =
    'args' in field
      ? field.args.map(
          (a) =>
            `${a.name}: ${a.type}${a.defaultValue === undefined ? '' : ` = ${String(a.defaultValue)}`}`,
        )
      : [];
  return `${field.name}(${args.sort().join(', ')}): ${field.type}`;
}

describe('the public contract holds', () => {
  it.each(named.map((type) => [type.name, type] as const))('%s', (name, wanted) => {
    const actual = schema.getType(name);
    expect(actual, `${name} is missing`).toBeDefined();
    expect(actual?.constructor.name).toBe(wanted.constructor.name);
    if (isObjectType(wanted) || isInterfaceType(wanted) || isInputObjectType(wanted)) {
      const fields = (actual as typeof wanted).getFields();
      for (const field of Object.values(wanted.getFields())) {
        const mine = fields[field.name];
        expect(mine && describeField(mine)).toBe(describeField(field));
      }
    }
    if (isObjectType(wanted) && isObjectType(actual)) {
      expect(actual.getInterfaces().map((i) => i.name)).toEqual(
        wanted.getInterfaces().map((i) => i.name),
      );
    }
    if (isUnionType(wanted) && isUnionType(actual)) {
      // The contract's members are all there; members may be added (UnknownOutcomeError).
      expect(actual.getTypes().map((t) => t.name)).toEqual(
        expect.arrayContaining(wanted.getTypes().map((t) => t.name)),
      );
    }
    if (isEnumType(wanted) && isEnumType(actual)) {
      expect(actual.getValues().map((v) => v.name)).toEqual(
        expect.arrayContaining(wanted.getValues().map((v) => v.name)),
      );
    }
    if (isInputObjectType(wanted) && isInputObjectType(actual)) {
      expect(actual.isOneOf).toBe(wanted.isOneOf);
    }
  });
});
