import { Counter, Histogram, Registry } from 'prom-client';

/** One Apinizer call, as the REST client saw it. */
export interface ApinizerCall {
  readonly method: string;
  /** The path with its names left out, e.g. `/apiops/projects/{}/jwks/{}/` (bounded labels). */
  readonly endpoint: string;
  /** The HTTP status, or why there was none (`TIMEOUT`, `CONNECTION_REFUSED`, ...). */
  readonly outcome: string;
  readonly seconds: number;
}

/** The gateway's own metrics; Yoga's operation metrics are added to the same registry. */
export interface Metrics {
  readonly registry: Registry;
  apinizerCall(call: ApinizerCall): void;
  /** An error a client received: a result-union member's type, or a GraphQL error's code. */
  error(type: string): void;
  /** A request to the GraphQL endpoint, by who answered it (src/fast-lane/). */
  lane(lane: 'fast' | 'yoga'): void;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  const calls = new Histogram({
    name: 'apinizer_request_duration_seconds',
    help: 'Calls to Apinizer by method, endpoint and status (or failure reason)',
    labelNames: ['method', 'endpoint', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'gateway_errors_total',
    help: 'Errors returned to clients, by result-union type or GraphQL error code',
    labelNames: ['type'],
    registers: [registry],
  });
  const lanes = new Counter({
    name: 'gateway_graphql_requests_total',
    help: 'Requests to the GraphQL endpoint by who answered them: the fast lane (plain JSON POSTs) or Yoga (GET, multipart, CORS, GraphiQL, requests refused before execution)',
    labelNames: ['lane'],
    registers: [registry],
  });
  // Bound once: a labelled child counts without hashing its labels on every request.
  const byLane = { fast: lanes.labels('fast'), yoga: lanes.labels('yoga') };
  return {
    registry,
    lane: (lane) => byLane[lane].inc(),
    apinizerCall: (call) =>
      calls.observe(
        { method: call.method, endpoint: call.endpoint, status: call.outcome },
        call.seconds,
      ),
    error: (type) => errors.inc({ type }),
  };
}

/**
 * The endpoint an apiops path calls, with the names left out so labels stay few:
 * `/apiops/projects/demo/jwks/signing/` -> `/apiops/projects/{}/jwks/{}/`. Positional, so a
 * resource that happens to be named `generate` or `export` is still a name.
 */
export function endpointOf(path: string): string {
  const [empty, root, projects, , collection, fifth, sixth, ...rest] = path.split('/');
  if (root !== 'apiops' || projects !== 'projects') return path.split('/').slice(0, 3).join('/');
  const action =
    (collection === 'jwks' && fifth === 'generate') ||
    (collection === 'certificates' && fifth === 'truststore');
  const parts = [empty, root, projects, '{}', collection];
  if (fifth !== undefined) parts.push(fifth === '' || action ? fifth : '{}');
  if (sixth !== undefined) parts.push(sixth === '' || sixth === 'export' ? sixth : '{}');
  if (rest.length > 0) parts.push(...rest.map((segment) => (segment === '' ? '' : '{}')));
  return parts.join('/');
}
