import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { createGraphQLError, maskError, type Plugin } from 'graphql-yoga';
import type { Logger } from '../logger.js';
import { currentRequestId } from '../observability/request-context.js';

/**
 * Yoga's masking (a deliberate GraphQLError passes; anything else becomes "Unexpected error."),
 * with a correlation id the client sees in `extensions.correlationId` and the log has next to
 * the real error. Never the original error in the answer, whatever NODE_ENV says.
 */
export function maskUnexpectedErrors(logger: Logger) {
  return (error: unknown, message: string): Error => {
    const masked = maskError(error, message, false);
    if (masked === error) return masked;
    // The request's id: the client has it in `x-request-id` too, and every log line of the request.
    const correlationId = currentRequestId() ?? randomUUID();
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    logger.error(
      `Unexpected error (correlationId ${correlationId})`,
      original instanceof Error ? original : String(original),
    );
    const { extensions, path, nodes } = masked as GraphQLError;
    return createGraphQLError(message, {
      ...(nodes ? { nodes } : {}),
      ...(path ? { path } : {}),
      extensions: { ...extensions, unexpected: undefined, correlationId },
    });
  };
}

/**
 * graphql-js quotes the value it could not coerce (`Variable "$input" got invalid value
 * {password: "hunter2"} ...`); variables carry passwords and key material, so the answer names
 * the variable, the path and the kind of problem, never the value.
 */
export function useVariableValueRedaction(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (!('errors' in result) || !result.errors?.length) return;
          if (!result.errors.some(isCoercionError)) return;
          setResult({ ...result, errors: result.errors.map(redacted) });
        },
      };
    },
  };
}

const COERCION = /^Variable "\$[^"]+" got invalid value /;

const isCoercionError = (error: GraphQLError): boolean => COERCION.test(error.message);

// Reasons graphql-js gives that name types and fields only, never the value.
const SAFE_REASON =
  /^(?:Expected type "[^"]+"(?: to be an object)?\.|Field "[^"]+" of required type "[^"]+" was not provided\.|Field "[^"]+" is not defined by type "[^"]+"\.|Exactly one key must be specified for OneOf type "[^"]+"\.|Field "[^"]+" must be non-null\.)/;

function redacted(error: GraphQLError): GraphQLError {
  if (!isCoercionError(error)) return error;
  const variable = /^Variable "(\$[^"]+)"/.exec(error.message)?.[1] ?? '$?';
  const reason = error.originalError?.message ?? '';
  const prefix = error.message.slice(0, Math.max(0, error.message.length - reason.length - 2));
  const at = / at "([^"]*)"$/.exec(prefix)?.[1];
  const ours =
    error.originalError instanceof GraphQLError &&
    error.originalError.extensions.code === 'BAD_USER_INPUT';
  const enumName = /^Value "[^"]*" does not exist in "(\w+)" enum/.exec(reason)?.[1];
  const safe = ours
    ? reason
    : enumName
      ? `The value is not one of the ${enumName} values.`
      : (SAFE_REASON.exec(reason)?.[0] ??
        (/^(\w+) cannot represent/.exec(reason)
          ? `${/^(\w+)/.exec(reason)?.[1]} cannot represent the value given.`
          : 'The value does not fit its type.'));
  return new GraphQLError(
    `Variable "${variable}" got an invalid value${at ? ` at "${at}"` : ''}; ${safe}`,
    { nodes: error.nodes ?? null, extensions: { ...error.extensions, code: 'BAD_USER_INPUT' } },
  );
}
