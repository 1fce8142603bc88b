import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProductionProcess } from '../helpers/production-process.js';
import { type RecordingUpstream, startRecordingUpstream } from '../helpers/recording-upstream.js';

/*
 * The production start with only the standard OTEL_* variables set: spans reach an OTLP/HTTP
 * receiver on loopback (a recording server standing in for a collector).
 */

let upstream: RecordingUpstream;
let collector: RecordingUpstream;
beforeAll(async () => {
  upstream = await startRecordingUpstream();
  collector = await startRecordingUpstream({
    status: 200,
    contentType: 'application/json',
    body: '{}',
  });
});
afterAll(async () => {
  await upstream.close();
  await collector.close();
});

describe('OTLP export', () => {
  it('sends the operation and Apinizer spans to OTEL_EXPORTER_OTLP_ENDPOINT', async () => {
    const gateway = await startProductionProcess({
      APINIZER_URL: upstream.url.href,
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.url.href.replace(/\/$/, ''),
      OTEL_SERVICE_NAME: 'secrets-gateway-test',
    });
    await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer t' },
      body: JSON.stringify({
        query:
          'mutation Describe { updateJwk(projectName: "demo", jwkName: "j", input: { description: "d" }) { __typename } }',
      }),
    });
    gateway.child.kill('SIGTERM'); // shutdown flushes the batch
    expect(await gateway.exited).toBe(0);
    const exports = collector.requests.filter((r) => r.path === '/v1/traces');
    expect(exports.length).toBeGreaterThan(0);
    const sent = exports.map((r) => r.body.toString()).join('\n');
    expect(sent).toContain('secrets-gateway-test');
    expect(sent).toContain('GraphQL Describe');
    expect(sent).toContain('apinizer PUT /apiops/projects/{}/jwks/{}/');
  });
});
