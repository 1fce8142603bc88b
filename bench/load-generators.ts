/**
 * Two ways to load a target with the same updateJwk request: as fast as it answers (autocannon,
 * a fixed number of connections), and at a fixed rate (an open-loop sender with microsecond
 * timing: autocannon reports whole milliseconds, too coarse for "1 ms added at p50").
 */
import autocannon from 'autocannon';
import { Pool } from 'undici';

export const UPDATE_JWK_BODY = JSON.stringify({
  query:
    'mutation($projectName: String!, $jwkName: String!, $input: UpdateJwkInput!) { updateJwk(projectName: $projectName, jwkName: $jwkName, input: $input) { __typename ... on UpdateJwkSuccess { deployment { success environmentResults { environmentName success message } } } } }',
  variables: { projectName: 'demo', jwkName: 'demo-jwk', input: { description: 'bench' } },
});

const HEADERS = { 'content-type': 'application/json', authorization: 'Bearer bench' };

export interface Throughput {
  readonly requestsPerSecond: number;
  readonly requests: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly errors: number;
}

/** Autocannon at `connections` for `seconds`; a non-2xx or an answer without success is an error. */
export function saturate(url: string, seconds: number, connections = 32): Promise<Throughput> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        method: 'POST',
        headers: HEADERS,
        body: UPDATE_JWK_BODY,
        connections,
        duration: seconds,
        expectBody: undefined,
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          requestsPerSecond: result.requests.average,
          requests: result.requests.total,
          p50Ms: result.latency.p50,
          p99Ms: result.latency.p99,
          errors: result.errors + result.non2xx,
        });
      },
    );
  });
}

export interface Latency {
  readonly sent: number;
  readonly errors: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

/**
 * Sends `rate` requests a second for `seconds`, each when it is due whatever the answers before
 * it did (open loop), and times each from its send to the end of its answer.
 */
export async function fixedRate(url: string, rate: number, seconds: number): Promise<Latency> {
  const target = new URL(url);
  const pool = new Pool(target.origin, { connections: 64 });
  const total = Math.round(rate * seconds);
  const latencies = new Float64Array(total);
  const intervalMs = 1000 / rate;
  let sent = 0;
  let finished = 0;
  let errors = 0;
  await new Promise<void>((resolve) => {
    const send = (index: number) => {
      const started = performance.now();
      pool
        .request({ path: target.pathname, method: 'POST', headers: HEADERS, body: UPDATE_JWK_BODY })
        .then(async (response) => {
          const text = await response.body.text();
          if (response.statusCode !== 200 || !text.includes('UpdateJwkSuccess')) errors += 1;
        })
        .catch(() => {
          errors += 1;
        })
        .finally(() => {
          latencies[index] = performance.now() - started;
          finished += 1;
          if (finished === total) resolve();
        });
    };
    const begin = performance.now();
    const tick = () => {
      const due = Math.min(total, Math.floor((performance.now() - begin) / intervalMs) + 1);
      while (sent < due) send(sent++);
      if (sent < total) {
        setTimeout(tick, Math.max(0, begin + sent * intervalMs - performance.now()));
      }
    };
    tick();
  });
  await pool.close();
  latencies.sort();
  const at = (quantile: number) =>
    latencies[Math.min(total - 1, Math.floor(total * quantile))] ?? 0;
  return { sent: total, errors, p50Ms: at(0.5), p99Ms: at(0.99) };
}
