import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { createDocumentCache } from '../../src/limits/document-cache.js';

/** Yoga with only the document cache (its own cache off, as in the gateway). */
function yogaWithCache(maxBytes: number) {
  const cache = createDocumentCache({ maxTokens: 2000, maxBytes });
  const yoga = createYoga({
    schema: createSchema({ typeDefs: 'type Query { a: String, b: String }', resolvers: {} }),
    parserAndValidationCache: false,
    logging: false,
    plugins: [cache.plugin],
  });
  const run = async (query: string) => {
    const response = await yoga.fetch('http://gateway/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  };
  return { cache, run };
}

describe('the parsed-document cache', () => {
  it('keeps a document only once it has parsed and passed validation', async () => {
    const { cache, run } = yogaWithCache(1024 * 1024);
    expect((await run('{ a')).errors?.[0]?.message).toMatch(/Syntax Error/);
    expect((await run('{ nope }')).errors?.[0]?.message).toMatch(/Cannot query field "nope"/);
    expect(cache.stats().entries).toBe(0);
    expect(await run('{ a }')).toEqual({ data: { a: null } });
    expect(cache.stats().entries).toBe(1);
    // Served from the cache: same answer, nothing new kept.
    expect(await run('{ a }')).toEqual({ data: { a: null } });
    expect(cache.stats().entries).toBe(1);
  });

  it('is bounded by the memory its documents take, not by a count', async () => {
    const { cache, run } = yogaWithCache(64 * 1024);
    for (let i = 0; i < 200; i++) {
      // Distinct valid documents of ~260 characters each (~10 KB estimated each).
      await run(`query Q${i} { ${Array.from({ length: 20 }, (_, j) => `x${j}: a`).join(' ')} b }`);
    }
    const { entries, bytes } = cache.stats();
    expect(bytes).toBeLessThanOrEqual(64 * 1024);
    expect(entries).toBeGreaterThan(0);
    expect(entries).toBeLessThan(20);
  });

  it('keeps nothing when its budget is 0', async () => {
    const { cache, run } = yogaWithCache(0);
    expect(await run('{ a }')).toEqual({ data: { a: null } });
    expect(cache.stats()).toEqual({ entries: 0, bytes: 0 });
  });
});
