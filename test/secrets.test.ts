import { inspect } from 'node:util';
import { expect, it } from 'vitest';
import type { Logger } from '../src/logger.js';
import { bearer } from './helpers/gateway.js';
import { makeMaterial } from './helpers/material.js';
import { useRecordedGateway } from './helpers/recorded.js';
import { errorAnswer } from './helpers/recording-upstream.js';

const material = makeMaterial();
const SECRET_TOKEN = 'tok-7f3a9c-very-secret';
const SECRET_PASSWORD = 'keystore-pass-5521';
const lines: string[] = [];
const record =
  (level: string) =>
  (...args: unknown[]) =>
    lines.push(
      `${level} ${args.map((a) => (typeof a === 'string' ? a : inspect(a, { depth: 5 }))).join(' ')}`,
    );
const capturingLogger: Logger = {
  debug: record('debug'),
  info: record('info'),
  warn: record('warn'),
  error: record('error'),
};

const env = useRecordedGateway({ LOG_LEVEL: 'debug' }, capturingLogger);

it('passwords, key material and tokens never reach the logs or the answers', async () => {
  const query = `mutation($input: UpdateKeystoreInput!) {
    updateKeystore(projectName: "p", keystoreName: "k", input: $input) { __typename ... on Error { message } }
  }`;
  const input = {
    environments: [
      {
        environmentName: 'production',
        file: { base64: material.p12.toString('base64') },
        password: SECRET_PASSWORD,
        keyStoreType: 'PKCS12',
      },
    ],
  };
  const send = (body = input) => env.gateway.post(query, { input: body }, bearer(SECRET_TOKEN));
  const answers = [await send()];
  env.upstream.answer(errorAnswer(500, 'internal_error', 'boom'));
  answers.push(await send());
  env.upstream.answer({ status: 200, body: 'not json' });
  answers.push(await send());
  answers.push(await send({ environments: [{ ...input.environments[0], keyStoreType: 'JKS' }] }));

  // The upstream did get the secrets: they were sent where they belong.
  expect(env.upstream.requests[0]?.headers.authorization).toBe(`Bearer ${SECRET_TOKEN}`);
  expect(env.upstream.requests[0]?.body.toString()).toContain(SECRET_PASSWORD);
  // And the gateway logged its upstream calls, without them.
  expect(
    lines.some((line) => line.includes('apinizer PUT /apiops/projects/p/keystores/k/ -> 200')),
  ).toBe(true);
  const everything = `${lines.join('\n')}\n${JSON.stringify(answers)}`;
  for (const secret of [
    SECRET_TOKEN,
    SECRET_PASSWORD,
    material.p12.toString('base64').slice(0, 32),
  ]) {
    expect(everything).not.toContain(secret);
  }
});
