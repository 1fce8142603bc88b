import { describe, expect, it } from 'vitest';
import { ByteBudget } from '../../src/plugins/byte-budget.js';

describe('ByteBudget', () => {
  it('grants in order: a large waiter is not overtaken by smaller ones', async () => {
    const budget = new ByteBudget(100);
    const first = await budget.acquire(60, 1000);
    const order: string[] = [];
    const large = budget.acquire(80, 1000).then((release) => {
      order.push('large');
      return release;
    });
    const small = budget.acquire(10, 1000).then((release) => {
      order.push('small');
      return release;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    // 40 bytes are free and the small one would fit, but the large one came first.
    expect(order).toEqual([]);
    first?.();
    const releaseLarge = await large;
    const releaseSmall = await small;
    expect(order).toEqual(['large', 'small']);
    expect(budget.inUse).toBe(90);
    releaseLarge?.();
    releaseSmall?.();
    releaseSmall?.();
    expect(budget.inUse).toBe(0);
  });

  it('gives up after the timeout or when the request goes away, and frees its place', async () => {
    const budget = new ByteBudget(10);
    const held = await budget.acquire(10, 1000);
    expect(await budget.acquire(5, 10)).toBeUndefined();
    const client = new AbortController();
    const waiting = budget.acquire(5, 10_000, client.signal);
    client.abort();
    expect(await waiting).toBeUndefined();
    held?.();
    expect(budget.inUse).toBe(0);
    expect(await budget.acquire(10, 0)).toBeTypeOf('function');
  });

  it('lets a request larger than the whole budget through alone', async () => {
    const budget = new ByteBudget(10);
    const release = await budget.acquire(50, 0);
    expect(budget.inUse).toBe(10);
    release?.();
  });
});
