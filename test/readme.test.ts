import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulated, startSimulated } from './helpers/simulated.js';

/*
 * Every GraphQL and curl example in the README, in README order, against one fresh demo gateway
 * (the embedded simulator with its seed), exactly as written: each must succeed, and leave the
 * demo in a state where the next one still works.
 */

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

interface Example {
  readonly kind: 'graphql' | 'curl';
  readonly line: number;
  readonly text: string;
}

const examples: Example[] = [...README.matchAll(/```(\w+)\n([\s\S]*?)```/g)]
  .map((match) => ({
    lang: match[1] ?? '',
    text: match[2] ?? '',
    line: README.slice(0, match.index).split('\n').length,
  }))
  .filter(({ lang, text }) => lang === 'graphql' || (lang === 'sh' && text.includes('curl ')))
  .map(({ lang, text, line }) => ({ kind: lang === 'graphql' ? 'graphql' : 'curl', text, line }));

// What a failure looks like in an answer: a GraphQL error, a typed error member, or a missing read.
function problemsIn(answer: {
  data?: Record<string, unknown> | null;
  errors?: readonly unknown[];
}): string[] {
  const problems: string[] = [];
  if (answer.errors?.length) problems.push(`errors: ${JSON.stringify(answer.errors)}`);
  for (const [field, value] of Object.entries(answer.data ?? {})) {
    if (value === null) problems.push(`${field} is null`);
    else if (Array.isArray(value) && value.length === 0) problems.push(`${field} is empty`);
    const typename = (value as { __typename?: string } | null)?.__typename;
    if (typename?.endsWith('Error')) problems.push(`${field}: ${JSON.stringify(value)}`);
  }
  if (!answer.data) problems.push('no data');
  return problems;
}

let env: Simulated;
beforeAll(async () => {
  env = await startSimulated();
});
afterAll(() => env.close());

describe('README examples, in order, as written', () => {
  it('has the examples this test expects to run', () => {
    expect(examples.filter((e) => e.kind === 'graphql').length).toBeGreaterThanOrEqual(7);
    expect(examples.filter((e) => e.kind === 'curl').length).toBeGreaterThanOrEqual(2);
  });

  for (const example of examples) {
    it(`${example.kind} example at README.md:${example.line}`, async () => {
      let answer: { data?: Record<string, unknown> | null; errors?: readonly unknown[] };
      if (example.kind === 'graphql') {
        // One operation per block: a block with two would be a 400 for any client.
        answer = await env.gateway.post(example.text, {}, env.demoAuth);
      } else {
        const command = example.text
          .replaceAll('http://localhost:4000/graphql', env.gateway.url.href)
          .replaceAll('apinizer-demo-token', env.simulator.demo?.token ?? '');
        // Not execFileSync: the gateway answers from this same process.
        const { stdout } = await promisify(execFile)(
          'bash',
          ['-c', `${command.trim()} --silent --show-error`],
          { cwd: new URL('..', import.meta.url), encoding: 'utf8', timeout: 15_000 },
        );
        answer = JSON.parse(stdout) as typeof answer;
      }
      expect(problemsIn(answer)).toEqual([]);
    });
  }
});

describe('the sample files (README, Sample files)', () => {
  const file = (name: string) =>
    readFileSync(new URL(`../examples/files/${name}`, import.meta.url));

  it('are what the table says: the certificate, both keystores with changeit/demo, the key', async () => {
    const { X509Certificate, createPublicKey } = await import('node:crypto');
    const { openKeystore } = await import('../src/simulator/crypto.js');
    const certificate = new X509Certificate(file('cert.pem'));
    expect(certificate.subject).toBe('O=Example\nCN=demo-backend.example.test');
    expect(certificate.publicKey.asymmetricKeyDetails?.modulusLength).toBe(2048);
    expect(openKeystore(file('keystore.p12'), 'PKCS12', 'changeit', 'demo').ok).toBe(true);
    expect(openKeystore(file('truststore.jks'), 'JKS', 'changeit', 'demo').ok).toBe(true);
    expect(openKeystore(file('truststore.jks'), 'JKS', 'wrong', 'demo').ok).toBe(false);
    expect(createPublicKey(file('verify-key.pem')).asymmetricKeyDetails?.namedCurve).toBe(
      'prime256v1',
    );
  });
});
