import { readFileSync } from 'node:fs';
import { printSubgraphSchema } from '@apollo/subgraph';
import { printSchema } from 'graphql';
import { expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

it('schema.graphql is what the code prints (run `npm run schema:print` after a schema change)', () => {
  expect(read('schema.graphql')).toBe(`${printSchema(schema)}\n`);
});

it('subgraph.graphql is current and declares the four entities by projectName and name', () => {
  const sdl = read('subgraph.graphql');
  expect(sdl).toBe(`${printSubgraphSchema(schema)}\n`);
  for (const entity of ['Keystore', 'Key', 'Jwk', 'Certificate']) {
    expect(sdl).toMatch(new RegExp(`type ${entity}\\s+@key\\(fields: "projectName name"\\)`));
  }
});
