import { describe, expect, it } from 'vitest';
import { startGateway } from '../helpers/gateway.js';
import { startProductionProcess } from '../helpers/production-process.js';
import { useRecordedGateway } from '../helpers/recorded.js';

/*
 * A hostile or careless client, as the issue found it: huge documents, fan-out by aliases and
 * `_entities`, deep or fragment-heavy documents. Each is refused with a GraphQL error that has
 * `extensions.code`, before any call to Apinizer, and the gateway then serves the next request.
 */

const env = useRecordedGateway();

const codes = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  (result.errors ?? []).map((e) => e.extensions?.code);

async function stillServes(): Promise<void> {
  env.upstream.answer({
    status: 200,
    contentType: 'application/json',
    body: JSON.stringify({ resultList: [{ name: 'ok-jwk', kid: 'k1', type: 'RSA' }] }),
  });
  const result = await env.gateway.post('{ jwk(projectName: "demo", name: "ok-jwk") { name } }');
  expect(result.data).toEqual({ jwk: { name: 'ok-jwk' } });
}

describe('documents too large to read', () => {
  it('refuses fifteen distinct 6 MB queries without parsing them; RSS stays within 100 MB', async () => {
    const gateway = await startProductionProcess({ APINIZER_URL: env.upstream.url.href });
    try {
      const post = (query: string) =>
        fetch(gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: 'Bearer t' },
          body: JSON.stringify({ query }),
        });
      await post('{ __typename }');
      const rssBefore = gateway.rssMiB();
      for (let round = 0; round < 15; round++) {
        // 330k aliases of __typename, each document distinct (so no cache could help).
        const aliases = Array.from({ length: 330_000 }, (_, i) => `a${round}_${i}: __typename`);
        const query = `{ ${aliases.join(' ')} }`;
        expect(query.length).toBeGreaterThan(6_000_000);
        const response = await post(query);
        expect(response.status).toBe(400);
        expect(codes((await response.json()) as Parameters<typeof codes>[0])).toEqual([
          'QUERY_TOO_LARGE',
        ]);
      }
      // Before: 250 MB -> 4.3 GB and "JavaScript heap out of memory". (A moment for the
      // collection the gateway schedules after large bodies, at most every 250 ms.)
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(gateway.rssMiB() - rssBefore).toBeLessThan(100);
      const after = await post('{ __typename }');
      expect(await after.json()).toEqual({ data: { __typename: 'Query' } });
      expect(env.upstream.requests).toHaveLength(0);
    } finally {
      gateway.child.kill('SIGKILL');
    }
  });

  it('refuses a document with too many tokens while parsing it', async () => {
    const aliases = Array.from({ length: 700 }, (_, i) => `a${i}: __typename`);
    const query = `{ ${aliases.join(' ')} }`;
    expect(query.length).toBeLessThan(16 * 1024);
    const result = await env.gateway.post(query);
    expect(codes(result)).toEqual(['MAX_TOKENS_EXCEEDED']);
    expect(result.errors?.[0]?.message).toMatch(/more than 2000 tokens/);
  });

  it('refuses 5,000 nested fragments with a typed error, not a stack overflow (500)', async () => {
    const fragments = Array.from(
      { length: 5000 },
      (_, i) => `fragment F${i} on Query { ...F${i + 1} }`,
    );
    const query = `{ ...F0 } ${fragments.join(' ')} fragment F5000 on Query { __typename }`;
    const result = await env.gateway.post(query);
    expect(result.status).toBe(400);
    expect(codes(result)).toEqual(['QUERY_TOO_LARGE']);
    // With the size limit raised out of the way, the token limit still refuses it.
    const roomy = await startGateway(env.upstream.url, { MAX_QUERY_BYTES: '16777216' });
    try {
      const again = await roomy.post(query);
      expect(again.status).toBeLessThan(500);
      expect(codes(again)).toEqual(['MAX_TOKENS_EXCEEDED']);
    } finally {
      await roomy.close();
    }
    await stillServes();
  });
});

describe('shape limits (graphql-armor)', () => {
  it('refuses a deeply nested selection', async () => {
    const query = `{ ${'jwks(projectName: "p") { '.repeat(1)}${'a { '.repeat(40)}b${' }'.repeat(41)} }`;
    const result = await env.gateway.post(query);
    expect(codes(result)).toContain('MAX_DEPTH_EXCEEDED');
    expect(env.upstream.requests).toHaveLength(0);
  });

  it('refuses 1,000 aliased lookups with distinct names, with no call to Apinizer', async () => {
    const lookups = Array.from(
      { length: 1000 },
      (_, i) => `j${i}: jwk(projectName: "demo", name: "jwk-${i}") { name }`,
    );
    const query = `{ ${lookups.join(' ')} }`;
    // Each limit on its own refuses it: the size by default, then aliases, then the cost.
    expect(codes(await env.gateway.post(query))).toEqual(['QUERY_TOO_LARGE']);
    const roomy = { MAX_QUERY_BYTES: '1048576', MAX_TOKENS: '100000' };
    for (const [settings, code] of [
      [roomy, 'MAX_ALIASES_EXCEEDED'],
      [{ ...roomy, MAX_ALIASES: '5000' }, 'COST_LIMIT_EXCEEDED'],
    ] as const) {
      const gateway = await startGateway(env.upstream.url, settings);
      try {
        expect(codes(await gateway.post(query))).toContain(code);
      } finally {
        await gateway.close();
      }
    }
    expect(env.upstream.requests).toHaveLength(0);
  });

  it('refuses 1,000 aliased updateJwk, with no PUT sent', async () => {
    const updates = Array.from(
      { length: 1000 },
      (_, i) =>
        `u${i}: updateJwk(projectName: "demo", jwkName: "jwk-${i}", input: { description: "x" }) { __typename }`,
    );
    const result = await env.gateway.post(`mutation { ${updates.join(' ')} }`);
    expect(result.data ?? null).toBeNull();
    expect(codes(result).length).toBeGreaterThan(0);
    expect(env.upstream.requests).toHaveLength(0);
  });

  it('refuses a pile of directives', async () => {
    const query = `{ __typename ${'@include(if: true) '.repeat(40)} }`;
    const result = await env.gateway.post(query);
    expect(codes(result)).toContain('MAX_DIRECTIVES_EXCEEDED');
  });
});

describe('cost in Apinizer calls (graphql-query-complexity)', () => {
  it('refuses 10,000 _entities representations before resolving any', async () => {
    const representations = Array.from({ length: 10_000 }, (_, i) => ({
      __typename: 'Jwk',
      projectName: 'demo',
      name: `jwk-${i}`,
    }));
    const result = await env.gateway.post(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Jwk { name kid } } }',
      { r: representations },
    );
    expect(codes(result)).toEqual(['COST_LIMIT_EXCEEDED']);
    expect(result.errors?.[0]?.extensions).toMatchObject({ cost: 10_000, maxCost: 50 });
    expect(env.upstream.requests).toHaveLength(0);
    await stillServes();
  });

  it('counts the same document again when its variables change the cost', async () => {
    const query =
      'query Refs($r: [_Any!]!) { _entities(representations: $r) { ... on Jwk { name } } }';
    const refs = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        __typename: 'Jwk',
        projectName: 'demo',
        name: `j${i}`,
      }));
    const few = await env.gateway.post(query, { r: refs(3) });
    expect(codes(few)).not.toContain('COST_LIMIT_EXCEEDED');
    const many = await env.gateway.post(query, { r: refs(60) });
    expect(codes(many)).toEqual(['COST_LIMIT_EXCEEDED']);
    expect(env.upstream.requests).toHaveLength(3);
  });

  it('counts lookups that stay under the alias limit: 30 lookups with material cost 60', async () => {
    const lookups = Array.from(
      { length: 30 },
      (_, i) => `j${i}: jwk(projectName: "demo", name: "jwk-${i}") { name material }`,
    );
    const result = await env.gateway.post(`{ ${lookups.join(' ')} }`);
    expect(codes(result)).toEqual(['COST_LIMIT_EXCEEDED']);
    expect(result.errors?.[0]?.extensions).toMatchObject({ cost: 60 });
    expect(env.upstream.requests).toHaveLength(0);
  });

  it('lets an ordinary operation through: a handful of lookups and a mutation', async () => {
    const result = await env.gateway.post(
      `mutation { updateJwk(projectName: "demo", jwkName: "j", input: { description: "x" }) { __typename } }`,
    );
    expect(result.data).toEqual({ updateJwk: { __typename: 'UpdateJwkSuccess' } });
    expect(env.upstream.requests).toHaveLength(1);
  });
});

describe('upstream calls actually made by one operation', () => {
  it('stops at MAX_UPSTREAM_CALLS when a list turns out longer than the cost could know', async () => {
    const jwks = Array.from({ length: 80 }, (_, i) => ({
      name: `jwk-${i}`,
      kid: `k${i}`,
      type: 'RSA',
    }));
    env.upstream.answer({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ resultList: jwks }),
    });
    const result = await env.gateway.post('{ jwks(projectName: "demo") { name material } }');
    // One list call and 49 gets: 50 in all, the default; the rest are errors, not calls.
    expect(env.upstream.requests).toHaveLength(50);
    expect(codes(result)).toContain('UPSTREAM_CALL_LIMIT_EXCEEDED');
    expect(
      result.errors?.filter((e) => e.extensions?.code === 'UPSTREAM_CALL_LIMIT_EXCEEDED'),
    ).toHaveLength(31);
  });
});
