
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "CreateCertificateResult": [
      "AuthenticationError",
      "CreateCertificateSuccess",
      "NameConflictError",
      "NotFoundError",
      "PermissionDeniedError",
      "UnknownOutcomeError",
      "UpstreamError",
      "ValidationError"
    ],
    "CreateJwkResult": [
      "AuthenticationError",
      "CreateJwkSuccess",
      "NameConflictError",
      "NotFoundError",
      "PermissionDeniedError",
      "UnknownOutcomeError",
      "UpstreamError",
      "ValidationError"
    ],
    "CreateKeyResult": [
      "AuthenticationError",
      "CreateKeySuccess",
      "NameConflictError",
      "NotFoundError",
      "PermissionDeniedError",
      "UnknownOutcomeError",
      "UpstreamError",
      "ValidationError"
    ],
    "CreateKeystoreResult": [
      "AuthenticationError",
      "CreateKeystoreSuccess",
      "NameConflictError",
      "NotFoundError",
      "PermissionDeniedError",
      "UnknownOutcomeError",
      "UpstreamError",
      "ValidationError"
    ],
    "DeleteCertificateResult": [
      "AuthenticationError",
      "DeleteCertificateSuccess",
      "NameConflictError",
      "NotFoundError",
      "PermissionDeniedError",
      "UnknownOutcomeError",
      "UpstreamError",
      "ValidationError"
    ],
    "DeleteJwkResult": [
      "AuthenticationError",
      "DeleteJwkSuccess",
      "NameConflictError",
      "NotFoundError",
      "PermissionDeniedError",
      "UnknownOutcomeError",
      "UpstreamError",
      "ValidationError"
    ],
    "DeleteKeyResult": [
      "AuthenticationError",
      "DeleteKeySuccess",
      "NameConflictError",
      "NotFoundError",
      "PermissionDeniedError",
      "UnknownOutcomeError",
      "UpstreamError",
      "ValidationError"
    ],
    "DeleteKeystoreResult": [
      "AuthenticationError",
      "DeleteKeystoreSuccess",
      "NameConflictError",
      "NotFoundError",
      "PermissionDeniedError",
      "UnknownOutcomeError",
      "UpstreamError",
      "ValidationError"
    ],
    "Error": [
      "AuthenticationError",
      "NameConflictError",
      "NotFoundError",
      "PermissionDeniedError",
      "UnknownOutcomeError",
      "UpstreamError",
      "ValidationError"
    ],
    "ExportCertificateResult": [
      "AuthenticationError",
      "ExportCertificateSuccess",
      "NameConflictError",
      "NotFoundError",
      "PermissionDeniedError",
      "UnknownOutcomeError",
      "UpstreamError",
      "ValidationError"
    ],
    "GenerateJwkResult": [
      "AuthenticationError",
      "GenerateJwkSuccess",
      "NameConflictError",
      "NotFoundError",
      "PermissionDeniedError",
      "UnknownOutcomeError",
      "UpstreamError",
      "ValidationError"
    ],
    "UpdateCertificateResult": [
      "AuthenticationError",
      "NameConflictError",
      "NotFoundError",
      "PermissionDeniedError",
      "UnknownOutcomeError",
      "UpdateCertificateSuccess",
      "UpstreamError",
      "ValidationError"
    ],
    "UpdateJwkResult": [
      "AuthenticationError",
      "NameConflictError",
      "NotFoundError",
      "PermissionDeniedError",
      "UnknownOutcomeError",
      "UpdateJwkSuccess",
      "UpstreamError",
      "ValidationError"
    ],
    "UpdateKeyResult": [
      "AuthenticationError",
      "NameConflictError",
      "NotFoundError",
      "PermissionDeniedError",
      "UnknownOutcomeError",
      "UpdateKeySuccess",
      "UpstreamError",
      "ValidationError"
    ],
    "UpdateKeystoreResult": [
      "AuthenticationError",
      "NameConflictError",
      "NotFoundError",
      "PermissionDeniedError",
      "UnknownOutcomeError",
      "UpdateKeystoreSuccess",
      "UpstreamError",
      "ValidationError"
    ],
    "_Entity": [
      "Certificate",
      "Jwk",
      "Key",
      "Keystore"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "CreateCertificateResult": [
      "AuthenticationError",
      "CreateCertificateSuccess",
      "NameConflictError",
      "NotFoundError",
      "PermissionDeniedError",
      "UnknownOutcomeError",
      "UpstreamError",
      "ValidationError"
    ],
    "CreateJwkResult": [
      "AuthenticationError",
      "CreateJwkSuccess",
      "NameConflictError",
      "NotFoundError",
      "PermissionDeniedError",
      "UnknownOutcomeError",
      "UpstreamError",
      "ValidationError"
    ],
    "CreateKeyResult": [
      "AuthenticationError",
      "CreateKeySuccess",
      "NameConflictError",
      "NotFoundError",
      "PermissionDeniedError",
      "UnknownOutcomeError",
      "UpstreamError",
      "ValidationError"
    ],
    "CreateKeystoreResult": [
      "AuthenticationError",
      "CreateKeystoreSuccess",
      "NameConflictError",
      "NotFoundError",
      "PermissionDeniedError",
      "UnknownOutcomeError",
      "UpstreamError",
      "ValidationError"
    ],
    "DeleteCertificateResult": [
      "AuthenticationError",
      "DeleteCertificateSuccess",
      "NameConflictError",
      "NotFoundError",
      "PermissionDeniedError",
      "UnknownOutcomeError",
      "UpstreamError",
      "ValidationError"
    ],
    "DeleteJwkResult": [
      "AuthenticationError",
      "DeleteJwkSuccess",
      "NameConflictError",
      "NotFoundError",
      "PermissionDeniedError",
      "UnknownOutcomeError",
      "UpstreamError",
      "ValidationError"
    ],
    "DeleteKeyResult": [
      "AuthenticationError",
      "DeleteKeySuccess",
      "NameConflictError",
      "NotFoundError",
      "PermissionDeniedError",
      "UnknownOutcomeError",
      "UpstreamError",
      "ValidationError"
    ],
    "DeleteKeystoreResult": [
      "AuthenticationError",
      "DeleteKeystoreSuccess",
      "NameConflictError",
      "NotFoundError",
      "PermissionDeniedError",
      "UnknownOutcomeError",
      "UpstreamError",
      "ValidationError"
    ],
    "Error": [
      "AuthenticationError",
      "NameConflictError",
      "NotFoundError",
      "PermissionDeniedError",
      "UnknownOutcomeError",
      "UpstreamError",
      "ValidationError"
    ],
    "ExportCertificateResult": [
      "AuthenticationError",
      "ExportCertificateSuccess",
      "NameConflictError",
      "NotFoundError",
      "PermissionDeniedError",
      "UnknownOutcomeError",
      "UpstreamError",
      "ValidationError"
    ],
    "GenerateJwkResult": [
      "AuthenticationError",
      "GenerateJwkSuccess",
      "NameConflictError",
      "NotFoundError",
      "PermissionDeniedError",
      "UnknownOutcomeError",
      "UpstreamError",
      "ValidationError"
    ],
    "UpdateCertificateResult": [
      "AuthenticationError",
      "NameConflictError",
      "NotFoundError",
      "PermissionDeniedError",
      "UnknownOutcomeError",
      "UpdateCertificateSuccess",
      "UpstreamError",
      "ValidationError"
    ],
    "UpdateJwkResult": [
      "AuthenticationError",
      "NameConflictError",
      "NotFoundError",
      "PermissionDeniedError",
      "UnknownOutcomeError",
      "UpdateJwkSuccess",
      "UpstreamError",
      "ValidationError"
    ],
    "UpdateKeyResult": [
      "AuthenticationError",
      "NameConflictError",
      "NotFoundError",
      "PermissionDeniedError",
      "UnknownOutcomeError",
      "UpdateKeySuccess",
      "UpstreamError",
      "ValidationError"
    ],
    "UpdateKeystoreResult": [
      "AuthenticationError",
      "NameConflictError",
      "NotFoundError",
      "PermissionDeniedError",
      "UnknownOutcomeError",
      "UpdateKeystoreSuccess",
      "UpstreamError",
      "ValidationError"
    ],
    "_Entity": [
      "Certificate",
      "Jwk",
      "Key",
      "Keystore"
    ]
  }
};
      export default result;
    