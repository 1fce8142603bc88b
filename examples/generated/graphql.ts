/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A JWK from exactly one source. */
export type CreateJwkInput =
  {   fromCertificate: JwkFromCertificateInput; fromJson?: never; fromKey?: never; fromKeystore?: never; fromUrl?: never; }
  |  { fromCertificate?: never;   fromJson: JwkFromJsonInput; fromKey?: never; fromKeystore?: never; fromUrl?: never; }
  |  { fromCertificate?: never; fromJson?: never;   fromKey: JwkFromKeyInput; fromKeystore?: never; fromUrl?: never; }
  |  { fromCertificate?: never; fromJson?: never; fromKey?: never;   fromKeystore: JwkFromKeystoreInput; fromUrl?: never; }
  |  { fromCertificate?: never; fromJson?: never; fromKey?: never; fromKeystore?: never;   fromUrl: JwkFromUrlInput; };

export type EcCurve =
  | 'P256'
  | 'P384'
  | 'P521'
  | 'SECP256K1';

/** A file, given exactly one way. */
export type FileInput =
  {   /** The file content as base64 text. */
  base64: string; upload?: never; }
  |  { base64?: never;   /** The file as a part of a GraphQL multipart request. */
  upload: File; };

export type GenerateEcJwkInput = {
  /** Must suit the key type, size or curve, and the use. */
  algorithm: JwkAlgorithm;
  curve: EcCurve;
  /** Not valid after (exp). */
  expiresAt?: string | null | undefined;
  keyIdType?: KeyIdType | null | undefined;
  /** Not valid before (nbf). */
  notBefore?: string | null | undefined;
  /** What the key is for. */
  use: JwkUse;
};

export type GenerateJwkInput = {
  description?: string | null | undefined;
  key: GenerateJwkKeyInput;
  /** An explicit key id; otherwise keyIdType decides. */
  kid?: string | null | undefined;
  name: string;
};

/** The kind of key to generate, with its options: exactly one. */
export type GenerateJwkKeyInput =
  {   ec: GenerateEcJwkInput; oct?: never; okp?: never; rsa?: never; }
  |  { ec?: never;   oct: GenerateOctJwkInput; okp?: never; rsa?: never; }
  |  { ec?: never; oct?: never;   okp: GenerateOkpJwkInput; rsa?: never; }
  |  { ec?: never; oct?: never; okp?: never;   rsa: GenerateRsaJwkInput; };

export type GenerateOctJwkInput = {
  /** Must suit the key type, size or curve, and the use. */
  algorithm: JwkAlgorithm;
  /** Not valid after (exp). */
  expiresAt?: string | null | undefined;
  keyIdType?: KeyIdType | null | undefined;
  keySize: OctKeySize;
  /** Not valid before (nbf). */
  notBefore?: string | null | undefined;
  /** PBES2 only. */
  passwordIterationCount?: number | null | undefined;
  /** PBES2 only. */
  passwordSaltLength?: number | null | undefined;
  /** What the key is for. */
  use: JwkUse;
};

export type GenerateOkpJwkInput = {
  /** Must suit the key type, size or curve, and the use. */
  algorithm: JwkAlgorithm;
  curve: OkpCurve;
  /** Not valid after (exp). */
  expiresAt?: string | null | undefined;
  keyIdType?: KeyIdType | null | undefined;
  /** Not valid before (nbf). */
  notBefore?: string | null | undefined;
  /** What the key is for. */
  use: JwkUse;
};

export type GenerateRsaJwkInput = {
  /** Must suit the key type, size or curve, and the use. */
  algorithm: JwkAlgorithm;
  /** Not valid after (exp). */
  expiresAt?: string | null | undefined;
  keyIdType?: KeyIdType | null | undefined;
  keySize: RsaKeySize;
  /** Not valid before (nbf). */
  notBefore?: string | null | undefined;
  /** What the key is for. */
  use: JwkUse;
};

/** JOSE algorithms, spelled as GraphQL names (RSA_OAEP_256 is RSA-OAEP-256, ECDH_ES_A128KW is ECDH-ES+A128KW, EDDSA is EdDSA, DIR is dir). The gateway sends each to Apinizer in the spelling the endpoint expects. */
export type JwkAlgorithm =
  /** A128GCMKW (encryption) */
  | 'A128GCMKW'
  /** A128KW (encryption) */
  | 'A128KW'
  /** A192GCMKW (encryption) */
  | 'A192GCMKW'
  /** A192KW (encryption) */
  | 'A192KW'
  /** A256GCMKW (encryption) */
  | 'A256GCMKW'
  /** A256KW (encryption) */
  | 'A256KW'
  /** dir (encryption) */
  | 'DIR'
  /** ECDH-1PU (encryption) */
  | 'ECDH_1PU'
  /** ECDH-1PU+A128KW (encryption) */
  | 'ECDH_1PU_A128KW'
  /** ECDH-1PU+A192KW (encryption) */
  | 'ECDH_1PU_A192KW'
  /** ECDH-1PU+A256KW (encryption) */
  | 'ECDH_1PU_A256KW'
  /** ECDH-ES (encryption) */
  | 'ECDH_ES'
  /** ECDH-ES+A128KW (encryption) */
  | 'ECDH_ES_A128KW'
  /** ECDH-ES+A192KW (encryption) */
  | 'ECDH_ES_A192KW'
  /** ECDH-ES+A256KW (encryption) */
  | 'ECDH_ES_A256KW'
  /** EdDSA (signature) */
  | 'EDDSA'
  /** ES256 (signature) */
  | 'ES256'
  /** ES256K (signature) */
  | 'ES256K'
  /** ES384 (signature) */
  | 'ES384'
  /** ES512 (signature) */
  | 'ES512'
  /** HS256 (signature) */
  | 'HS256'
  /** HS384 (signature) */
  | 'HS384'
  /** HS512 (signature) */
  | 'HS512'
  /** PBES2-HS256+A128KW (encryption) */
  | 'PBES2_HS256_A128KW'
  /** PBES2-HS384+A192KW (encryption) */
  | 'PBES2_HS384_A192KW'
  /** PBES2-HS512+A256KW (encryption) */
  | 'PBES2_HS512_A256KW'
  /** PS256 (signature) */
  | 'PS256'
  /** PS384 (signature) */
  | 'PS384'
  /** PS512 (signature) */
  | 'PS512'
  /** RS256 (signature) */
  | 'RS256'
  /** RS384 (signature) */
  | 'RS384'
  /** RS512 (signature) */
  | 'RS512'
  /** RSA1_5 (encryption) */
  | 'RSA1_5'
  /** RSA-OAEP (encryption) */
  | 'RSA_OAEP'
  /** RSA-OAEP-256 (encryption) */
  | 'RSA_OAEP_256'
  /** RSA-OAEP-384 (encryption) */
  | 'RSA_OAEP_384'
  /** RSA-OAEP-512 (encryption) */
  | 'RSA_OAEP_512';

export type JwkFromCertificateInput = {
  /** Checked against the key before the call. */
  algorithm: JwkAlgorithm;
  certificateName: string;
  description?: string | null | undefined;
  /** The environment whose material to use. */
  environmentName: string;
  name: string;
  /** What the key is for. */
  use: JwkUse;
};

/** A JWK or JWK Set as JSON text (what Apinizer calls copy-paste). */
export type JwkFromJsonInput = {
  description?: string | null | undefined;
  /** May be SECRET: a private JWK. */
  json: string;
  /** Which key of a JWK Set to take. */
  kid?: string | null | undefined;
  name: string;
};

/** From a stored public or private key (the JWK takes its source type from the key). */
export type JwkFromKeyInput = {
  /** Checked against the key before the call. */
  algorithm: JwkAlgorithm;
  description?: string | null | undefined;
  /** The environment whose material to use. */
  environmentName: string;
  keyName: string;
  name: string;
  /** What the key is for. */
  use: JwkUse;
};

export type JwkFromKeystoreInput = {
  /** Checked against the use before the call (the gateway cannot open the keystore). */
  algorithm: JwkAlgorithm;
  /** The keystore entry. */
  alias: string;
  description?: string | null | undefined;
  /** The environment whose material to use. */
  environmentName: string;
  keystoreName: string;
  name: string;
  /** What the key is for. */
  use: JwkUse;
};

/** Apinizer fetches a JWK or JWK Set from the URL (and can refresh it from there). */
export type JwkFromUrlInput = {
  connectTimeoutMs?: number | null | undefined;
  description?: string | null | undefined;
  /** Which key of a JWK Set to take. */
  kid?: string | null | undefined;
  name: string;
  readTimeoutMs?: number | null | undefined;
  sizeLimitBytes?: number | null | undefined;
  url: string;
};

/** Where a JWK came from. */
export type JwkSourceType =
  | 'CERTIFICATE'
  | 'COPY_PASTE'
  | 'GENERATE'
  | 'KEYSTORE'
  | 'PRIVATE_KEY'
  | 'PUBLIC_KEY'
  | 'URL';

/** The JWK key type (`kty`). */
export type JwkType =
  | 'EC'
  | 'OCT'
  | 'OKP'
  | 'RSA';

/** What happens to JWKs that were made from the updated keystore, key or certificate. */
export type JwkUpdateAction =
  /** They lose their reference to the resource (Apinizer's default). */
  | 'NULLIFY'
  /** They are re-parsed from the new material, in `updateScope`. */
  | 'UPDATE';

export type JwkUse =
  /** use: enc */
  | 'ENCRYPTION'
  /** use: sig */
  | 'SIGNATURE';

export type KeyEnvironmentInput = {
  alias?: string | null | undefined;
  /** SECRET: the key material (PEM or DER file, or raw bytes for a secret key). */
  content: FileInput;
  environmentName: string;
};

/** How Apinizer derives the kid of a generated key when none is given. */
export type KeyIdType =
  | 'ISO_DATE'
  | 'NONE'
  | 'SHA1'
  | 'SHA256'
  | 'TIMESTAMP';

export type KeyStoreType =
  /** Java KeyStore */
  | 'JKS'
  /** PKCS#12 (.p12, .pfx) */
  | 'PKCS12';

export type KeyType =
  /** An RSA, EC or EdDSA private key (PEM or DER). */
  | 'PRIVATE_KEY'
  /** An RSA, EC or EdDSA public key (PEM or DER). */
  | 'PUBLIC_KEY'
  /** Symmetric key bytes. */
  | 'SECRET_KEY';

export type KeystoreEnvironmentInput = {
  /** Default alias in the keystore. */
  alias?: string | null | undefined;
  environmentName: string;
  /** The .jks or .p12 file. */
  file: FileInput;
  /** Must match the file; the gateway checks it before calling Apinizer. */
  keyStoreType: KeyStoreType;
  /** SECRET: the keystore password. */
  password: string;
};

export type OctKeySize =
  | 'OCT_128'
  | 'OCT_192'
  | 'OCT_256';

export type OkpCurve =
  /** Signatures (EdDSA) */
  | 'ED25519'
  /** Key agreement (ECDH-ES) */
  | 'X25519';

export type ResourceType =
  | 'CERTIFICATE'
  | 'ENVIRONMENT'
  | 'JWK'
  | 'KEY'
  | 'KEYSTORE'
  | 'PROJECT';

export type RsaKeySize =
  | 'RSA_2048'
  | 'RSA_3072'
  | 'RSA_4096';

/** Every field is required: Apinizer replaces the certificate whole (its name stays). */
export type UpdateCertificateInput = {
  /** Unique per environment. */
  alias: string;
  description: string;
  environmentNames: Array<string>;
  /** A PEM X.509 certificate. */
  pemFile: FileInput;
};

/** Name and description only; updating a JWK made from a source detaches it from that source. */
export type UpdateJwkInput = {
  description?: string | null | undefined;
  /** A new name, unique in the project. */
  name?: string | null | undefined;
};

/** A partial update: fields left out (or null) keep their current value. */
export type UpdateKeyInput = {
  description?: string | null | undefined;
  environments?: Array<KeyEnvironmentInput> | null | undefined;
  keyType?: KeyType | null | undefined;
  /** A new name, unique in the project. */
  name?: string | null | undefined;
};

/** A partial update: fields left out (or null) keep their current value. */
export type UpdateKeystoreInput = {
  description?: string | null | undefined;
  /** Replaces the per-environment keystores; the keystore is deployed to each. */
  environments?: Array<KeystoreEnvironmentInput> | null | undefined;
  /** A new name, unique in the project. */
  name?: string | null | undefined;
};

/** Which JWKs `UPDATE` re-parses. */
export type UpdateScope =
  /** JWKs in every project. */
  | 'ALL_PROJECTS'
  /** Only JWKs in the same project. */
  | 'SAME_PROJECT';

/** Why Apinizer gave no usable answer. */
export type UpstreamFailureReason =
  /** Nothing accepted the connection at the manager URL. */
  | 'CONNECTION_REFUSED'
  /** Apinizer answered with a server error (5xx) or an unexpected status. */
  | 'HTTP_ERROR'
  /** The answer was not the JSON Apinizer documents. */
  | 'INVALID_RESPONSE'
  /** The connection failed for another reason (DNS, reset, TLS). */
  | 'NETWORK_ERROR'
  /** Apinizer did not connect or answer within the configured time. */
  | 'TIMEOUT';

export type DeploymentReportFragment = { success: boolean, message: string | null, environmentResults: Array<{ environmentName: string, success: boolean, message: string | null }> };

type ErrorDetails_AuthenticationError_Fragment = { __typename: 'AuthenticationError', message: string };

type ErrorDetails_NameConflictError_Fragment = { __typename: 'NameConflictError', name: string | null, message: string };

type ErrorDetails_NotFoundError_Fragment = { __typename: 'NotFoundError', resourceType: ResourceType | null, name: string | null, message: string };

type ErrorDetails_PermissionDeniedError_Fragment = { __typename: 'PermissionDeniedError', message: string };

type ErrorDetails_UnknownOutcomeError_Fragment = { __typename: 'UnknownOutcomeError', message: string };

type ErrorDetails_UpstreamError_Fragment = { __typename: 'UpstreamError', status: number | null, reason: UpstreamFailureReason, message: string };

type ErrorDetails_ValidationError_Fragment = { __typename: 'ValidationError', field: string | null, message: string };

export type ErrorDetailsFragment =
  | ErrorDetails_AuthenticationError_Fragment
  | ErrorDetails_NameConflictError_Fragment
  | ErrorDetails_NotFoundError_Fragment
  | ErrorDetails_PermissionDeniedError_Fragment
  | ErrorDetails_UnknownOutcomeError_Fragment
  | ErrorDetails_UpstreamError_Fragment
  | ErrorDetails_ValidationError_Fragment
;

export type UpdateKeystoreMutationVariables = Exact<{
  projectName: string;
  keystoreName: string;
  input: UpdateKeystoreInput;
  jwkUpdateAction?: JwkUpdateAction | null | undefined;
  updateScope?: UpdateScope | null | undefined;
}>;


export type UpdateKeystoreMutation = { updateKeystore:
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'NameConflictError', name: string | null, message: string }
    | { __typename: 'NotFoundError', resourceType: ResourceType | null, name: string | null, message: string }
    | { __typename: 'PermissionDeniedError', message: string }
    | { __typename: 'UnknownOutcomeError', message: string }
    | { __typename: 'UpdateKeystoreSuccess', deployment: { success: boolean, message: string | null, environmentResults: Array<{ environmentName: string, success: boolean, message: string | null }> }, keystore: { name: string, environments: Array<{ environmentName: string, keyStoreType: KeyStoreType | null }> } | null }
    | { __typename: 'UpstreamError', status: number | null, reason: UpstreamFailureReason, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string }
   };

export type UpdateKeyMutationVariables = Exact<{
  projectName: string;
  keyName: string;
  input: UpdateKeyInput;
  jwkUpdateAction?: JwkUpdateAction | null | undefined;
  updateScope?: UpdateScope | null | undefined;
}>;


export type UpdateKeyMutation = { updateKey:
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'NameConflictError', name: string | null, message: string }
    | { __typename: 'NotFoundError', resourceType: ResourceType | null, name: string | null, message: string }
    | { __typename: 'PermissionDeniedError', message: string }
    | { __typename: 'UnknownOutcomeError', message: string }
    | { __typename: 'UpdateKeySuccess', deployment: { success: boolean, message: string | null, environmentResults: Array<{ environmentName: string, success: boolean, message: string | null }> }, key: { name: string, keyType: KeyType | null } | null }
    | { __typename: 'UpstreamError', status: number | null, reason: UpstreamFailureReason, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string }
   };

export type UpdateJwkMutationVariables = Exact<{
  projectName: string;
  jwkName: string;
  input: UpdateJwkInput;
}>;


export type UpdateJwkMutation = { updateJwk:
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'NameConflictError', name: string | null, message: string }
    | { __typename: 'NotFoundError', resourceType: ResourceType | null, name: string | null, message: string }
    | { __typename: 'PermissionDeniedError', message: string }
    | { __typename: 'UnknownOutcomeError', message: string }
    | { __typename: 'UpdateJwkSuccess', deployment: { success: boolean, message: string | null, environmentResults: Array<{ environmentName: string, success: boolean, message: string | null }> }, jwk: { name: string, description: string | null, sourceType: JwkSourceType | null, sourceId: string | null } | null }
    | { __typename: 'UpstreamError', status: number | null, reason: UpstreamFailureReason, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string }
   };

export type UpdateCertificateMutationVariables = Exact<{
  projectName: string;
  certificateName: string;
  input: UpdateCertificateInput;
  jwkUpdateAction?: JwkUpdateAction | null | undefined;
  updateScope?: UpdateScope | null | undefined;
}>;


export type UpdateCertificateMutation = { updateCertificate:
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'NameConflictError', name: string | null, message: string }
    | { __typename: 'NotFoundError', resourceType: ResourceType | null, name: string | null, message: string }
    | { __typename: 'PermissionDeniedError', message: string }
    | { __typename: 'UnknownOutcomeError', message: string }
    | { __typename: 'UpdateCertificateSuccess', deployment: { success: boolean, message: string | null, environmentResults: Array<{ environmentName: string, success: boolean, message: string | null }> }, certificate: { name: string, environments: Array<{ environmentName: string, alias: string | null, subject: string | null, notBefore: string | null, notAfter: string | null, daysUntilExpiry: number | null }> } | null }
    | { __typename: 'UpstreamError', status: number | null, reason: UpstreamFailureReason, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string }
   };

export type ExpiringCertificatesQueryVariables = Exact<{
  projectName: string;
  days: number;
}>;


export type ExpiringCertificatesQuery = { certificates: Array<{ name: string, notAfter: string | null, environments: Array<{ environmentName: string, alias: string | null, subject: string | null, issuer: string | null, notAfter: string | null, daysUntilExpiry: number | null, expired: boolean | null, sha1Thumbprint: string | null }> }> };

export type JwkSetQueryVariables = Exact<{
  projectName: string;
}>;


export type JwkSetQuery = { jwks: Array<{ name: string, type: JwkType | null, kid: string | null, sourceType: JwkSourceType | null, sourceId: string | null, material: Record<string, unknown> | null }> };

export type CreateJwkFromCertificateMutationVariables = Exact<{
  projectName: string;
  input: CreateJwkInput;
}>;


export type CreateJwkFromCertificateMutation = { createJwk:
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'CreateJwkSuccess', deployment: { success: boolean, message: string | null, environmentResults: Array<{ environmentName: string, success: boolean, message: string | null }> }, jwk: { name: string, kid: string | null, material: Record<string, unknown> | null } | null }
    | { __typename: 'NameConflictError', name: string | null, message: string }
    | { __typename: 'NotFoundError', resourceType: ResourceType | null, name: string | null, message: string }
    | { __typename: 'PermissionDeniedError', message: string }
    | { __typename: 'UnknownOutcomeError', message: string }
    | { __typename: 'UpstreamError', status: number | null, reason: UpstreamFailureReason, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string }
   };

export type GenerateJwkMutationVariables = Exact<{
  projectName: string;
  input: GenerateJwkInput;
}>;


export type GenerateJwkMutation = { generateJwk:
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'GenerateJwkSuccess', jwk: { name: string, kid: string | null, material: Record<string, unknown> | null } | null }
    | { __typename: 'NameConflictError', name: string | null, message: string }
    | { __typename: 'NotFoundError', resourceType: ResourceType | null, name: string | null, message: string }
    | { __typename: 'PermissionDeniedError', message: string }
    | { __typename: 'UnknownOutcomeError', message: string }
    | { __typename: 'UpstreamError', status: number | null, reason: UpstreamFailureReason, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string }
   };

export type ExportCertificateMutationVariables = Exact<{
  projectName: string;
  certificateName: string;
}>;


export type ExportCertificateMutation = { exportCertificate:
    | { __typename: 'AuthenticationError', message: string }
    | { __typename: 'ExportCertificateSuccess', files: Array<{ fileName: string, environmentName: string | null, pem: string }> }
    | { __typename: 'NameConflictError', name: string | null, message: string }
    | { __typename: 'NotFoundError', resourceType: ResourceType | null, name: string | null, message: string }
    | { __typename: 'PermissionDeniedError', message: string }
    | { __typename: 'UnknownOutcomeError', message: string }
    | { __typename: 'UpstreamError', status: number | null, reason: UpstreamFailureReason, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string }
   };

export const DeploymentReportFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeploymentReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeploymentResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"success"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"environmentResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"environmentName"}},{"kind":"Field","name":{"kind":"Name","value":"success"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<DeploymentReportFragment, unknown>;
export const ErrorDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NameConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<ErrorDetailsFragment, unknown>;
export const UpdateKeystoreDocument = {"__meta__":{"hash":"sha256:05d53d3cfe55dcd1349d313806963cc3d8fc86064c1e1d026d25b89672be4a85"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateKeystore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keystoreName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateKeystoreInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jwkUpdateAction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JwkUpdateAction"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"updateScope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateScope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateKeystore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectName"}}},{"kind":"Argument","name":{"kind":"Name","value":"keystoreName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keystoreName"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"jwkUpdateAction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jwkUpdateAction"}}},{"kind":"Argument","name":{"kind":"Name","value":"updateScope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"updateScope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateKeystoreSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeploymentReport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keystore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"environments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"environmentName"}},{"kind":"Field","name":{"kind":"Name","value":"keyStoreType"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeploymentReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeploymentResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"success"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"environmentResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"environmentName"}},{"kind":"Field","name":{"kind":"Name","value":"success"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NameConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<UpdateKeystoreMutation, UpdateKeystoreMutationVariables>;
export const UpdateKeyDocument = {"__meta__":{"hash":"sha256:65a7fcfaea0afb6c3a0ef9545c603b7c418ecd92e129390e770913b676afd4f8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keyName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateKeyInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jwkUpdateAction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JwkUpdateAction"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"updateScope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateScope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectName"}}},{"kind":"Argument","name":{"kind":"Name","value":"keyName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keyName"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"jwkUpdateAction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jwkUpdateAction"}}},{"kind":"Argument","name":{"kind":"Name","value":"updateScope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"updateScope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateKeySuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeploymentReport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"keyType"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeploymentReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeploymentResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"success"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"environmentResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"environmentName"}},{"kind":"Field","name":{"kind":"Name","value":"success"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NameConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<UpdateKeyMutation, UpdateKeyMutationVariables>;
export const UpdateJwkDocument = {"__meta__":{"hash":"sha256:912273976fdafd602307f78cd3cb12bb860073b0ae14bc25ec05b3851bfd82f9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateJwk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jwkName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateJwkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateJwk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectName"}}},{"kind":"Argument","name":{"kind":"Name","value":"jwkName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jwkName"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateJwkSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeploymentReport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jwk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeploymentReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeploymentResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"success"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"environmentResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"environmentName"}},{"kind":"Field","name":{"kind":"Name","value":"success"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NameConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<UpdateJwkMutation, UpdateJwkMutationVariables>;
export const UpdateCertificateDocument = {"__meta__":{"hash":"sha256:fdd928642f94f26e95ce368eb76edff3aaa18286d15a0194e83fe32fb4521097"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"certificateName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCertificateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jwkUpdateAction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JwkUpdateAction"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"updateScope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateScope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectName"}}},{"kind":"Argument","name":{"kind":"Name","value":"certificateName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"certificateName"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"jwkUpdateAction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jwkUpdateAction"}}},{"kind":"Argument","name":{"kind":"Name","value":"updateScope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"updateScope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCertificateSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeploymentReport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"environments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"environmentName"}},{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"notBefore"}},{"kind":"Field","name":{"kind":"Name","value":"notAfter"}},{"kind":"Field","name":{"kind":"Name","value":"daysUntilExpiry"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeploymentReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeploymentResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"success"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"environmentResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"environmentName"}},{"kind":"Field","name":{"kind":"Name","value":"success"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NameConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<UpdateCertificateMutation, UpdateCertificateMutationVariables>;
export const ExpiringCertificatesDocument = {"__meta__":{"hash":"sha256:40bc87fd8e3357f0d0fae6f15d1c6a7d62c42f1354a5c4fc3765f9d6b9761a2a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExpiringCertificates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectName"}}},{"kind":"Argument","name":{"kind":"Name","value":"expiringWithinDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"notAfter"}},{"kind":"Field","name":{"kind":"Name","value":"environments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"environmentName"}},{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"notAfter"}},{"kind":"Field","name":{"kind":"Name","value":"daysUntilExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"sha1Thumbprint"}}]}}]}}]}}]} as unknown as DocumentNode<ExpiringCertificatesQuery, ExpiringCertificatesQueryVariables>;
export const JwkSetDocument = {"__meta__":{"hash":"sha256:5c1b61f34868781393915b8e90d70bf31f87739abf40880925cec9f4553cf854"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JwkSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jwks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kid"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"material"}}]}}]}}]} as unknown as DocumentNode<JwkSetQuery, JwkSetQueryVariables>;
export const CreateJwkFromCertificateDocument = {"__meta__":{"hash":"sha256:fb38c2cbeb389541b4891bf1a91eb4b493ef974969f6b6cd89b59c1e9bd5e9b5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateJwkFromCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateJwkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createJwk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectName"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateJwkSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeploymentReport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jwk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kid"}},{"kind":"Field","name":{"kind":"Name","value":"material"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeploymentReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeploymentResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"success"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"environmentResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"environmentName"}},{"kind":"Field","name":{"kind":"Name","value":"success"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NameConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<CreateJwkFromCertificateMutation, CreateJwkFromCertificateMutationVariables>;
export const GenerateJwkDocument = {"__meta__":{"hash":"sha256:1e39c5b895021c035442f2f0b2e0887054aabfe20b50f239a393f3634a480edb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateJwk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GenerateJwkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateJwk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectName"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GenerateJwkSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jwk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kid"}},{"kind":"Field","name":{"kind":"Name","value":"material"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NameConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<GenerateJwkMutation, GenerateJwkMutationVariables>;
export const ExportCertificateDocument = {"__meta__":{"hash":"sha256:443077d99edb20db028804211445f4667a207a6925050e0f631b614792d94c55"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"certificateName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectName"}}},{"kind":"Argument","name":{"kind":"Name","value":"certificateName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"certificateName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportCertificateSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"environmentName"}},{"kind":"Field","name":{"kind":"Name","value":"pem"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NameConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<ExportCertificateMutation, ExportCertificateMutationVariables>;