import SchemaBuilder from '@pothos/core';
import DirectivesPlugin from '@pothos/plugin-directives';
import ErrorsPlugin from '@pothos/plugin-errors';
import FederationPlugin from '@pothos/plugin-federation';
import type { GatewayContext } from '../context.js';
import type { UploadedFile } from '../preflight/files.js';

/** The schema builder and its plugins; it defines no types (each domain file does). */
export const builder = new SchemaBuilder<{
  Context: GatewayContext;
  DefaultFieldNullability: false;
  Scalars: {
    Upload: { Input: UploadedFile; Output: never };
    Base64: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date };
    JSONObject: { Input: Record<string, unknown>; Output: Record<string, unknown> };
  };
}>({
  // Federation last: it must see resolvers after the errors plugin has wrapped them.
  plugins: [DirectivesPlugin, ErrorsPlugin, FederationPlugin],
  defaultFieldNullability: false,
});

builder.queryType({});
builder.mutationType({});
