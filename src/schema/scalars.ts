import { GraphQLError, Kind } from 'graphql';
import { DateTimeResolver, JSONObjectResolver } from 'graphql-scalars';
import type { UploadedFile } from '../preflight/files.js';
import { builder } from './builder.js';

const isUploadedFile = (value: unknown): value is UploadedFile =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as UploadedFile).arrayBuffer === 'function' &&
  typeof (value as UploadedFile).size === 'number';

/** Marks a coercion message of ours: it never quotes the value, so it may reach the client. */
const VALUE_FREE = { extensions: { code: 'BAD_USER_INPUT' } } as const;

export const Upload = builder.scalarType('Upload', {
  description:
    'A file part of a GraphQL multipart request (https://github.com/jaydenseric/graphql-multipart-request-spec). Input only.',
  serialize: () => {
    throw new GraphQLError('Upload is an input-only scalar');
  },
  parseValue: (value) => {
    if (isUploadedFile(value)) return value;
    throw new GraphQLError(
      'Upload must be a file part of a multipart request (see the GraphQL multipart request spec); for inline content use base64 instead',
      VALUE_FREE,
    );
  },
  parseLiteral: () => {
    throw new GraphQLError(
      'Upload cannot be written in the query; send it as a multipart file part',
    );
  },
});

/**
 * Base64 takes any string at the GraphQL layer so that a bad value reaches the mutation, which
 * answers a typed ValidationError naming the field (a UI can show it beside the input); the
 * strict RFC 4648 check lives in preflight/files.ts.
 */
export const Base64 = builder.scalarType('Base64', {
  description:
    'RFC 4648 base64 text (standard alphabet, padded, no line breaks). A mutation answers ValidationError for anything else.',
  serialize: (value) => value,
  parseValue: (value) => {
    if (typeof value === 'string') return value;
    throw new GraphQLError('Base64 must be a string of RFC 4648 base64 text', VALUE_FREE);
  },
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING) return ast.value;
    throw new GraphQLError('Base64 must be a string of RFC 4648 base64 text', VALUE_FREE);
  },
});

export const DateTime = builder.addScalarType('DateTime', DateTimeResolver);

export const JSONObject = builder.addScalarType('JSONObject', JSONObjectResolver);
