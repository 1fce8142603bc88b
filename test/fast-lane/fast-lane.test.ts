import { gzipSync } from 'node:zlib';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../../src/simulator/server.js';
import { type RunningGateway, startGateway } from '../helpers/gateway.js';

/*
 * The fast lane answers plain JSON POSTs without Yoga's Fetch API round trip; what it answers
 * must be what Yoga answers. Each request below goes, as raw HTTP, to a gateway with the lane
 * and to one without (FAST_LANE=false), in front of the same simulator; status, content type
 * and body must match, and /metrics says which of them the lane took.
 */

let simulator: Simulator;
let withLane: RunningGateway;
let yogaOnly: RunningGateway;
let token: string;

beforeAll(async () => {
  simulator = await startSimulator();
  token = simulator.demo?.token ?? '';
  withLane = await startGateway(simulator.url);
  yogaOnly = await startGateway(simulator.url, { FAST_LANE: 'false' });
});

afterAll(async () => {
  await withLane.close();
  await yogaOnly.close();
  await simulator.close();
});

interface Answer {
  readonly status: number;
  /** Every header but those that differ by design: per answer, or in framing only. */
  readonly headers: Record<string, unknown>;
  readonly body: string;
}

// An empty 406 goes out chunked from Yoga and with `content-length: 0` from the lane.
const PER_ANSWER = new Set(['date', 'x-request-id', 'content-length', 'transfer-encoding']);

async function send(
  gateway: RunningGateway,
  body: string | Buffer,
  headers: Record<string, string>,
): Promise<Answer> {
  const response = await request(gateway.url, { method: 'POST', headers, body });
  const text = await response.body.text();
  return {
    status: response.statusCode,
    headers: Object.fromEntries(
      Object.entries(response.headers)
        .filter(([name]) => !PER_ANSWER.has(name))
        .map(([name, value]) => [name.toLowerCase(), value]),
    ),
    // A masked error's correlation id is the request's own id: different by design.
    body: text.replace(/"correlationId":"[^"]+"/g, '"correlationId":"…"'),
  };
}

const json = (extra: Record<string, string> = {}) => ({
  'content-type': 'application/json',
  authorization: `Bearer ${token}`,
  ...extra,
});

const body = (query: string, rest: Record<string, unknown> = {}) =>
  JSON.stringify({ query, ...rest });

const DESCRIBE =
  'mutation Describe { updateJwk(projectName: "demo", jwkName: "demo-jwk", input: { description: "lane" }) { __typename ... on UpdateJwkSuccess { jwk { name description } deployment { success } } ... on Error { message } } }';

const cases: {
  name: string;
  lane: 'fast' | 'yoga';
  body: () => string | Buffer;
  headers: () => Record<string, string>;
}[] = [
  {
    name: 'a mutation that succeeds',
    lane: 'fast',
    body: () => body(DESCRIBE),
    headers: () => json(),
  },
  {
    name: 'a read that fails (NOT_FOUND)',
    lane: 'fast',
    body: () => body('query Missing { jwk(projectName: "demo", name: "missing") { name } }'),
    headers: () => json(),
  },
  { name: 'a validation error', lane: 'fast', body: () => body('{ nope }'), headers: () => json() },
  {
    name: 'no token (AuthenticationError)',
    lane: 'fast',
    body: () => body(DESCRIBE),
    headers: () => ({ 'content-type': 'application/json' }),
  },
  {
    name: 'Accept: application/graphql-response+json, a validation error (400)',
    lane: 'fast',
    body: () => body('{ nope }'),
    headers: () => json({ accept: 'application/graphql-response+json' }),
  },
  {
    name: 'Accept: application/graphql-response+json, application/json',
    lane: 'fast',
    body: () => body(DESCRIBE),
    headers: () => json({ accept: 'application/graphql-response+json, application/json;q=0.9' }),
  },
  {
    name: 'Accept: text/html only (406)',
    lane: 'fast',
    body: () => body(DESCRIBE),
    headers: () => json({ accept: 'text/html' }),
  },
  {
    name: 'a charset in the content type',
    lane: 'fast',
    body: () => body(DESCRIBE),
    headers: () => json({ 'content-type': 'application/json; charset=utf-8' }),
  },
  {
    name: 'a variable that does not fit (value redacted)',
    lane: 'fast',
    body: () =>
      body(
        'mutation($input: UpdateJwkInput!) { updateJwk(projectName: "demo", jwkName: "demo-jwk", input: $input) { __typename } }',
        { variables: { input: { password: 'hunter2' } } },
      ),
    headers: () => json(),
  },
  {
    name: 'an operation picked by operationName',
    lane: 'fast',
    body: () => body(`query Other { __typename } ${DESCRIBE}`, { operationName: 'Describe' }),
    headers: () => json(),
  },
  {
    name: 'an operation over its cost',
    lane: 'fast',
    body: () =>
      body(
        `{ ${Array.from({ length: 26 }, (_, i) => `j${i}: jwk(projectName: "demo", name: "n${i}") { material }`).join(' ')} }`,
      ),
    headers: () => json(),
  },
  {
    name: 'an unexpected parameter (refused before execution: Yoga answers)',
    lane: 'yoga',
    body: () => body('{ __typename }', { extra: 1 }),
    headers: () => json(),
  },
  {
    name: 'a query over MAX_QUERY_BYTES (refused before execution: Yoga answers)',
    lane: 'yoga',
    body: () => body(`{ __typename ${' '.repeat(17 * 1024)}}`),
    headers: () => json(),
  },
  {
    name: 'a batch (an array: Yoga answers)',
    lane: 'yoga',
    body: () => JSON.stringify([{ query: '{ __typename }' }]),
    headers: () => json(),
  },
  {
    name: 'broken JSON (Yoga answers)',
    lane: 'yoga',
    body: () => '{"query": ',
    headers: () => json(),
  },
  {
    name: 'a gzip-compressed body (Yoga decodes it)',
    lane: 'yoga',
    body: () => gzipSync(body(DESCRIBE)),
    headers: () => json({ 'content-encoding': 'gzip' }),
  },
  {
    name: 'a cross-origin request (CORS stays with Yoga)',
    lane: 'yoga',
    body: () => body(DESCRIBE),
    headers: () => json({ origin: 'https://app.example.test' }),
  },
];

/** Prometheus text: the value of one sample, by name and exact labels. */
async function sample(gateway: RunningGateway, name: string, ...labels: string[]): Promise<number> {
  const text = await (await fetch(new URL('/metrics', gateway.url))).text();
  const line = text
    .split('\n')
    .find((l) => l.startsWith(`${name}{`) && labels.every((label) => l.includes(label)));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

describe('the fast lane', () => {
  it.each(cases)('answers $name exactly as Yoga does', async ({ body, headers }) => {
    const expected = await send(yogaOnly, body(), headers());
    const actual = await send(withLane, body(), headers());
    expect(actual).toEqual(expected);
  });

  it('took the plain JSON POSTs and handed the rest to Yoga', async () => {
    const lanes = ['fast', 'yoga'] as const;
    const counts = await Promise.all(
      lanes.map((lane) => sample(withLane, 'gateway_graphql_requests_total', `lane="${lane}"`)),
    );
    expect(counts).toEqual(lanes.map((lane) => cases.filter((c) => c.lane === lane).length));
    // The gateway without the lane counts everything as Yoga's.
    expect(
      await Promise.all(
        lanes.map((lane) => sample(yogaOnly, 'gateway_graphql_requests_total', `lane="${lane}"`)),
      ),
    ).toEqual([0, cases.length]);
  });

  it('labels its HTTP metrics as Yoga labels them', async () => {
    const labels = ['operationName="Describe"', 'operationType="mutation"', 'statusCode="200"'];
    const name = 'graphql_yoga_http_duration_count';
    const expected = await sample(yogaOnly, name, ...labels);
    expect(expected).toBeGreaterThan(0);
    expect(await sample(withLane, name, ...labels)).toBe(expected);
  });
});
