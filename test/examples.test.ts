import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { parse, validate } from 'graphql';
import { expect, it } from 'vitest';
import config from '../codegen.js';
import { schema } from '../src/schema/index.js';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

it('the example operations are valid against the schema', () => {
  const errors = validate(schema, parse(read('examples/operations.graphql')));
  expect(errors.map((error) => error.message)).toEqual([]);
});

it('examples/generated/ is what `npm run codegen` writes', async () => {
  const outputs = (await generate({ ...config, silent: true }, false)) as {
    filename: string;
    content: string;
  }[];
  expect(outputs.length).toBeGreaterThan(0);
  for (const output of outputs) {
    expect(read(output.filename), output.filename).toBe(output.content);
  }
});
