import type { AddressInfo } from 'node:net';
import { createSchema, createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { withFastLane } from '../../src/fast-lane/fast-lane.js';
import { createGatewayServer, type GatewayServer } from '../../src/http-server.js';

// A result hook that throws once the operation has run: the lane cannot hand the request to
// Yoga again (it would run twice), so it answers as Yoga does then, and the process lives on.
let http: GatewayServer;
let url: string;
let resolved = 0;

beforeAll(async () => {
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: 'type Query { ok: Boolean }',
      resolvers: { Query: { ok: () => ++resolved > 0 } },
    }),
    logging: false,
    plugins: [
      {
        onResultProcess() {
          throw new Error('serializer broke on a secret value');
        },
      },
    ],
  });
  http = createGatewayServer(withFastLane({ yoga, enabled: true, maxBodyBytes: 64 * 1024 }), {
    requestTimeoutMs: 5000,
  });
  await new Promise<void>((resolve) => http.server.listen(0, '127.0.0.1', () => resolve()));
  url = `http://127.0.0.1:${(http.server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise<void>((resolve) => http.server.close(() => resolve())));

it('answers a failure after execution with a masked 500, once, and serves the next request', async () => {
  for (let i = 1; i <= 2; i++) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ ok }' }),
    });
    expect(response.status).toBe(500);
    const body = await response.json();
    expect(body).toEqual({
      errors: [
        {
          message: 'Unexpected error.',
          extensions: { correlationId: response.headers.get('x-request-id') },
        },
      ],
    });
    expect(resolved).toBe(i);
  }
});
