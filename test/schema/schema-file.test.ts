import { readFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { expect, it } from 'vitest';
import { schema, subgraphSdl } from '../../src/schema/index.js';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

it('schema.graphql is what the code prints (run `npm run schema:print` after a schema change)', () => {
  expect(read('schema.graphql')).toBe(`${printSchema(schema)}\n`);
});

it('subgraph.graphql is current and declares the four entities by projectName and name', () => {
  const sdl = read('subgraph.graphql');
  expect(sdl).toBe(`${subgraphSdl}\n`);
  for (const entity of ['Keystore', 'Key', 'Jwk', 'Certificate']) {
    expect(sdl).toMatch(new RegExp(`type ${entity}\\s+@key\\(fields: "projectName name"\\)`));
  }
  // @oneOf survives composition only when declared, linked and composed (README, Federation).
  expect(sdl).toContain('@link(url: "https://specs.graphql.org/oneOf/v1.0", import: ["@oneOf"])');
  expect(sdl).toContain('@composeDirective(name: "@oneOf")');
  expect(sdl).toContain('directive @oneOf on INPUT_OBJECT');
  for (const input of ['FileInput', 'CreateJwkInput', 'GenerateJwkKeyInput']) {
    expect(sdl).toMatch(new RegExp(`input ${input} @oneOf`));
  }
});
