import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'undici';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { stacklessResetConnector } from '../../src/apinizer/stackless-reset.js';

// Stacks are dropped only while undici reads a write's socket: every other error keeps its stack.

const server = createServer((req, res) => {
  req.resume();
  req.once('end', () => res.end('{"success":true}'));
});
let pool: Pool;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  pool = new Pool(`http://127.0.0.1:${port}`, { connect: stacklessResetConnector(1000) });
});
afterAll(async () => {
  await pool.close();
  server.close();
});

it('sends single-use writes and leaves the stack trace limit as it found it', async () => {
  const limit = Error.stackTraceLimit;
  for (let i = 0; i < 3; i++) {
    const response = await pool.request({ path: '/', method: 'PUT', body: '{}', reset: true });
    expect(await response.body.json()).toEqual({ success: true });
  }
  expect(Error.stackTraceLimit).toBe(limit);
  expect(new Error('after').stack).toMatch(/stackless-reset\.test\.ts/);
});
