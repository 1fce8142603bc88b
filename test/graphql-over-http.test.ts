import { serverAudits } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { useRecordedGateway } from './helpers/recorded.js';

/*
 * The GraphQL over HTTP spec's own audits (graphql-http) against the started gateway. Every MUST
 * (an audit's `error`) and every SHOULD (`warn`) passes; the MAYs that do not are GETs without
 * the CSRF preflight header, which the gateway refuses on purpose (README, "GraphQL over HTTP").
 */

const env = useRecordedGateway();

describe('GraphQL over HTTP (graphql-http serverAudits)', () => {
  it('passes every MUST and SHOULD', async () => {
    const results = [];
    for (const audit of serverAudits({ url: env.gateway.url.href })) {
      const result = await audit.fn();
      results.push({ name: audit.name, status: result.status });
    }
    expect(results.length).toBeGreaterThan(50);
    expect(results.filter((r) => r.status === 'error')).toEqual([]);
    expect(results.filter((r) => r.status === 'warn')).toEqual([]);
    expect(results.filter((r) => r.status === 'notice').map((r) => r.name)).toEqual([
      'MAY accept application/x-www-form-urlencoded formatted GET requests',
      'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/graphql-response+json',
      'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/json',
    ]);
  });
});
