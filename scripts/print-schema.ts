import { writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { schema, subgraphSdl } from '../src/schema/index.js';

/**
 * schema.graphql: the API as clients and codegen see it. subgraph.graphql: the same with its
 * federation directives (@link, @key), for composing a supergraph (rover, a router).
 * test/schema/schema-file.test.ts fails when either is stale.
 */
writeFileSync(new URL('../schema.graphql', import.meta.url), `${printSchema(schema)}\n`);
writeFileSync(new URL('../subgraph.graphql', import.meta.url), `${subgraphSdl}\n`);
