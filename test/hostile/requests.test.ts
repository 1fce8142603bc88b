import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { maskUnexpectedErrors } from '../../src/plugins/safe-errors.js';
import { bearer, startGateway } from '../helpers/gateway.js';
import { useRecordedGateway } from '../helpers/recorded.js';

/*
 * Careless or hostile requests, one by one: each gets a clear, typed answer, no half-sent
 * write, no secret echoed, and the gateway serves the next request.
 */

const env = useRecordedGateway();

const jwkAnswer = (name: string) => ({
  status: 200,
  contentType: 'application/json',
  body: JSON.stringify({ resultList: [{ name, kid: 'k', type: 'RSA' }] }),
});

describe('text that is not valid Unicode', () => {
  it('refuses a name with a lone surrogate as input, and the other loads of the batch still answer', async () => {
    env.upstream.answer(jwkAnswer('good'));
    const result = await env.gateway.post(
      'query($bad: String!) { a: jwk(projectName: "demo", name: $bad) { name } b: jwk(projectName: "demo", name: "good") { name } }',
      { bad: 'x\ud800y' },
    );
    expect(result.status).toBe(200);
    expect(result.data).toEqual({ a: null, b: { name: 'good' } });
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: 'name is not valid Unicode text (it has an unpaired surrogate)',
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'name' }),
      }),
    ]);
    expect(env.upstream.requests.map((r) => r.path)).toEqual(['/apiops/projects/demo/jwks/good/']);
  });

  it('answers a mutation with a lone surrogate in a name with ValidationError, sending nothing', async () => {
    const result = await env.gateway.post(
      'mutation($n: String!) { updateJwk(projectName: "demo", jwkName: $n, input: { description: "d" }) { __typename ... on ValidationError { field } } }',
      { n: '\udfff' },
    );
    expect(result.data?.updateJwk).toEqual({ __typename: 'ValidationError', field: 'jwkName' });
    expect(env.upstream.requests).toHaveLength(0);
  });
});

describe('bodies and files', () => {
  it('takes two 10 MiB keystores inline as base64 (28 MB of JSON): the gateway limit decides, not Yoga 25 MB', async () => {
    const keystore = Buffer.concat([
      Buffer.from('feedfeed', 'hex'),
      randomBytes(10 * 1024 * 1024 - 4),
    ]);
    const base64 = keystore.toString('base64');
    const environments = ['production', 'staging'].map((environmentName) => ({
      environmentName,
      file: { base64 },
      password: 'changeit',
      keyStoreType: 'JKS',
    }));
    const result = await env.gateway.post(
      'mutation($input: UpdateKeystoreInput!) { updateKeystore(projectName: "demo", keystoreName: "big", input: $input) { __typename ... on Error { message } } }',
      { input: { environments } },
    );
    expect(result.status).toBe(200);
    expect(result.data?.updateKeystore).toEqual({ __typename: 'UpdateKeystoreSuccess' });
    const sent = JSON.parse(env.upstream.requests[0]?.body.toString() ?? '{}') as {
      keyStoreEnvironmentList: { file: string }[];
    };
    expect(sent.keyStoreEnvironmentList.map((e) => e.file.length)).toEqual([
      base64.length,
      base64.length,
    ]);
  });

  it('answers too many file parts with 413 REQUEST_ENTITY_TOO_LARGE, as documented', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 6 }, (_, i) => [
        `${i}`,
        { path: `variables.f${i}`, file: new Blob(['x']), name: `f${i}.pem` },
      ]),
    );
    const variables = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`f${i}`, null]));
    const result = await env.gateway.upload('{ __typename }', variables, files);
    expect(result.status).toBe(413);
    expect(result.errors?.[0]?.extensions?.code).toBe('REQUEST_ENTITY_TOO_LARGE');
    expect(result.errors?.[0]?.message).toMatch(/Files limit exceeded: 5/);
  });

  it('queues large bodies beyond MAX_BODY_BYTES_IN_FLIGHT and answers 503 when the wait is over', async () => {
    const busy = await startGateway(env.upstream.url, {
      MAX_BODY_BYTES_IN_FLIGHT: String(1024 * 1024),
      BODY_QUEUE_TIMEOUT_MS: '0',
    });
    try {
      env.upstream.answer({
        status: 200,
        contentType: 'application/json',
        body: '{"success":true}',
        delayMs: 300,
      });
      const base64 = Buffer.concat([
        Buffer.from('feedfeed', 'hex'),
        randomBytes(600 * 1024),
      ]).toString('base64');
      const update = () =>
        busy.post(
          'mutation($input: UpdateKeystoreInput!) { updateKeystore(projectName: "demo", keystoreName: "ks", input: $input) { __typename } }',
          {
            input: {
              environments: [
                {
                  environmentName: 'production',
                  file: { base64 },
                  password: 'p',
                  keyStoreType: 'JKS',
                },
              ],
            },
          },
        );
      const [first, second] = await Promise.all([update(), update()]);
      expect([first.status, second.status].sort()).toEqual([200, 503]);
      const refused = first.status === 503 ? first : second;
      expect(refused.errors?.[0]?.extensions?.code).toBe('SERVER_BUSY');
      // The refused one never reached Apinizer; once the first is answered there is room again.
      expect(env.upstream.requests).toHaveLength(1);
      expect((await update()).status).toBe(200);
    } finally {
      await busy.close();
    }
  });
});

describe('error texts', () => {
  it('never echo a variable value (passwords, key material) in a coercion error', async () => {
    const secret = 'hunter2-very-secret';
    const result = await env.gateway.post(
      'mutation($input: UpdateKeystoreInput!) { updateKeystore(projectName: "demo", keystoreName: "ks", input: $input) { __typename } }',
      {
        input: {
          environments: [
            {
              environmentName: 'production',
              file: { base64: 'AA==' },
              password: 42,
              alias: { secret },
            },
          ],
          bogus: secret,
        },
      },
    );
    expect(JSON.stringify(result)).not.toContain(secret);
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^Variable "\$input" got an invalid value/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(env.upstream.requests).toHaveLength(0);
  });

  it('mask an unexpected error behind a correlation id that the log has too', async () => {
    const logged: string[] = [];
    const logger = {
      debug: () => {},
      info: () => {},
      warn: () => {},
      error: (message: string, detail?: unknown) => logged.push(`${message} ${String(detail)}`),
    };
    const yoga = createYoga({
      schema: createSchema({
        typeDefs: 'type Query { boom: String }',
        resolvers: {
          Query: {
            boom: () => {
              throw new Error('database password is hunter2');
            },
          },
        },
      }),
      logging: false,
      maskedErrors: { maskError: maskUnexpectedErrors(logger) },
    });
    const server = createServer(yoga);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ boom }' }),
      });
      const body = (await response.json()) as {
        errors: { message: string; extensions: { code: string; correlationId: string } }[];
      };
      const [error] = body.errors;
      expect(error?.message).toBe('Unexpected error.');
      expect(error?.extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(error?.extensions.correlationId).toMatch(/^[0-9a-f-]{36}$/);
      expect(JSON.stringify(body)).not.toContain('hunter2');
      expect(logged).toHaveLength(1);
      expect(logged[0]).toContain(error?.extensions.correlationId);
      expect(logged[0]).toContain('database password is hunter2');
    } finally {
      server.close();
      server.closeAllConnections();
    }
  });
});

describe('production switches (NODE_ENV=production)', () => {
  it('turn off introspection, _service, suggestions and GraphiQL; FEDERATION=true turns _service on', async () => {
    const production = await startGateway(env.upstream.url, { NODE_ENV: 'production' });
    const federated = await startGateway(env.upstream.url, {
      NODE_ENV: 'production',
      FEDERATION: 'true',
    });
    try {
      const introspection = await production.post('{ __schema { types { name } } }');
      expect(introspection.errors?.[0]?.extensions?.code).toBe('INTROSPECTION_DISABLED');
      const service = await production.post('{ _service { sdl } }');
      expect(service.errors?.[0]?.extensions?.code).toBe('FEDERATION_SERVICE_DISABLED');
      const typo = await production.post('{ jwk(projectName: "p", name: "n") { secretMateria } }');
      expect(typo.errors?.[0]?.message).toBe('Cannot query field "secretMateria" on type "Jwk".');
      const page = await fetch(production.url, { headers: { accept: 'text/html' } });
      expect(await page.text()).not.toContain('GraphiQL');
      const sdl = await federated.post('{ _service { sdl } }');
      expect(sdl.data?._service).toEqual({ sdl: expect.stringContaining('type Jwk') });

      // The development defaults, for contrast: suggestions and introspection on.
      const dev = await env.gateway.post('{ jwk(projectName: "p", name: "n") { secretMateria } }');
      expect(dev.errors?.[0]?.message).toMatch(/Did you mean "secretMaterial"/);
    } finally {
      await production.close();
      await federated.close();
    }
  });
});

describe('the gateway after all of the above', () => {
  it('still serves a plain read', async () => {
    env.upstream.answer(jwkAnswer('after'));
    const result = await env.gateway.post(
      '{ jwk(projectName: "demo", name: "after") { name } }',
      {},
      bearer(),
    );
    expect(result.data).toEqual({ jwk: { name: 'after' } });
  });
});
