import { GraphQLError } from 'graphql';
import type {
  Failure,
  FailureKind,
  Outcome,
  ResourceType as ResourceTypeName,
  UpstreamReason,
} from '../failures.js';
import { builder } from './builder.js';

/*
 * Error classes reach clients as members of each mutation's result union (Pothos errors plugin).
 * Each carries only what a UI needs to switch on and show; never a request body or token.
 */

export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  constructor(
    message: string,
    readonly resourceType: ResourceTypeName | null,
    readonly resourceName: string | null,
  ) {
    super(message);
  }
}

export class NameConflictError extends Error {
  override readonly name = 'NameConflictError';
  constructor(
    message: string,
    readonly resourceName: string | null,
  ) {
    super(message);
  }
}

export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  constructor(
    message: string,
    readonly field: string | null,
  ) {
    super(message);
  }
}

export class AuthenticationError extends Error {
  override readonly name = 'AuthenticationError';
}

export class PermissionDeniedError extends Error {
  override readonly name = 'PermissionDeniedError';
}

export class UpstreamError extends Error {
  override readonly name = 'UpstreamError';
  constructor(
    message: string,
    readonly status: number | null,
    readonly reason: UpstreamReason,
  ) {
    super(message);
  }
}

export class UnknownOutcomeError extends Error {
  override readonly name = 'UnknownOutcomeError';
  constructor(
    message: string,
    readonly resourceType: ResourceTypeName | null,
    readonly resourceName: string | null,
  ) {
    super(message);
  }
}

export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  description: 'Something a mutation could not do, in words a person can read.',
  fields: (t) => ({ message: t.exposeString('message') }),
});

export const ResourceType = builder.enumType('ResourceType', {
  values: ['PROJECT', 'ENVIRONMENT', 'KEYSTORE', 'KEY', 'JWK', 'CERTIFICATE'] as const,
});

export const UpstreamFailureReason = builder.enumType('UpstreamFailureReason', {
  description: 'Why Apinizer gave no usable answer.',
  values: {
    HTTP_ERROR: {
      description: 'Apinizer answered with a server error (5xx) or an unexpected status.',
    },
    CONNECTION_REFUSED: { description: 'Nothing accepted the connection at the manager URL.' },
    TIMEOUT: { description: 'Apinizer did not connect or answer within the configured time.' },
    NETWORK_ERROR: { description: 'The connection failed for another reason (DNS, reset, TLS).' },
    INVALID_RESPONSE: { description: 'The answer was not the JSON Apinizer documents.' },
  } as const,
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'The project, environment or resource does not exist, or the token may not see it.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    resourceType: t.field({ type: ResourceType, nullable: true, resolve: (e) => e.resourceType }),
    name: t.string({ nullable: true, resolve: (e) => e.resourceName }),
  }),
});

builder.objectType(NameConflictError, {
  name: 'NameConflictError',
  description: 'Another resource in the project already has this name.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ name: t.string({ nullable: true, resolve: (e) => e.resourceName }) }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  description:
    'The input was refused, by the gateway before any call to Apinizer or by Apinizer itself. `field` is the input path when known.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ field: t.exposeString('field', { nullable: true }) }),
});

builder.objectType(AuthenticationError, {
  name: 'AuthenticationError',
  description: 'No token, a malformed one, or one Apinizer does not accept (unknown or expired).',
  interfaces: [ErrorInterface],
});

builder.objectType(PermissionDeniedError, {
  name: 'PermissionDeniedError',
  description:
    'The token is valid but lacks the permission (e.g. SECRETS + MANAGE) in the project.',
  interfaces: [ErrorInterface],
});

builder.objectType(UpstreamError, {
  name: 'UpstreamError',
  description:
    'Apinizer failed, could not be reached, or answered something that is not its documented JSON.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    status: t.exposeInt('status', { nullable: true }),
    reason: t.field({ type: UpstreamFailureReason, resolve: (e) => e.reason }),
  }),
});

builder.objectType(UnknownOutcomeError, {
  name: 'UnknownOutcomeError',
  description:
    'The write reached Apinizer (or may have), but no readable answer came back: the connection was cut, Apinizer did not answer in time, or its answer could not be read. It may or may not have taken effect: read the resource back before retrying. (A write that was never sent is an UpstreamError and is safe to retry.)',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    resourceType: t.field({ type: ResourceType, nullable: true, resolve: (e) => e.resourceType }),
    name: t.string({ nullable: true, resolve: (e) => e.resourceName }),
  }),
});

/** The error members every write mutation's result union has, in a stable order. */
export const WRITE_ERRORS = [
  NotFoundError,
  NameConflictError,
  ValidationError,
  AuthenticationError,
  PermissionDeniedError,
  UpstreamError,
  UnknownOutcomeError,
];

export type WriteError =
  | NotFoundError
  | NameConflictError
  | ValidationError
  | AuthenticationError
  | PermissionDeniedError
  | UpstreamError
  | UnknownOutcomeError;

/** The one mapping from a gateway failure to the error value a client sees in a result union. */
export function errorValue(failure: Failure): WriteError {
  switch (failure.kind) {
    case 'NOT_FOUND':
      return new NotFoundError(failure.message, failure.resourceType ?? null, failure.name ?? null);
    case 'NAME_CONFLICT':
      return new NameConflictError(failure.message, failure.name ?? null);
    case 'VALIDATION':
      return new ValidationError(failure.message, failure.field ?? null);
    case 'AUTHENTICATION':
      return new AuthenticationError(failure.message);
    case 'PERMISSION_DENIED':
      return new PermissionDeniedError(failure.message);
    case 'UPSTREAM':
      return new UpstreamError(failure.message, failure.status ?? null, failure.reason);
    case 'UNKNOWN_OUTCOME':
      return new UnknownOutcomeError(
        failure.message,
        failure.resourceType ?? null,
        failure.name ?? null,
      );
    case 'LIMIT':
      // A limit of the operation, not of the resource: a top-level error, as for reads.
      throw graphQLErrorOf(failure);
  }
}

/** A mutation's answer: the success value, or the failure as a union member (and reported). */
export function resultOf<T>(
  outcome: Outcome<T>,
  ctx: { readonly reportError: (type: string) => void },
): T | WriteError {
  return outcome.ok ? outcome.value : reportedError(outcome.failure, ctx);
}

/** The union member for a failure, reported to the metrics. */
export function reportedError(
  failure: Failure,
  ctx: { readonly reportError: (type: string) => void },
): WriteError {
  const error = errorValue(failure);
  ctx.reportError(error.name);
  return error;
}

const ERROR_CODES: Readonly<Record<FailureKind, string>> = {
  NOT_FOUND: 'NOT_FOUND',
  NAME_CONFLICT: 'NAME_CONFLICT',
  VALIDATION: 'BAD_USER_INPUT',
  AUTHENTICATION: 'UNAUTHENTICATED',
  PERMISSION_DENIED: 'FORBIDDEN',
  UPSTREAM: 'UPSTREAM_ERROR',
  UNKNOWN_OUTCOME: 'UNKNOWN_OUTCOME',
  LIMIT: 'UPSTREAM_CALL_LIMIT_EXCEEDED',
};

/**
 * Reads have no result union: a failure becomes a top-level GraphQL error with a stable
 * `extensions.code` and the upstream's own words (Yoga does not mask a GraphQLError).
 */
export function graphQLErrorOf(failure: Failure): GraphQLError {
  const extensions: Record<string, unknown> = { code: ERROR_CODES[failure.kind] };
  if (failure.kind === 'UPSTREAM') {
    extensions.reason = failure.reason;
    if (failure.status !== undefined) extensions.status = failure.status;
  }
  if (failure.kind === 'VALIDATION' && failure.field) extensions.field = failure.field;
  if (failure.kind === 'NOT_FOUND' && failure.resourceType)
    extensions.resourceType = failure.resourceType;
  return new GraphQLError(failure.message, { extensions });
}

/** The value of a read, or a thrown GraphQL error. */
export function valueOrThrow<T>(outcome: Outcome<T>): T {
  if (outcome.ok) return outcome.value;
  throw graphQLErrorOf(outcome.failure);
}
