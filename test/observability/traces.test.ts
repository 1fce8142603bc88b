import { context, propagation, SpanKind, trace } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import {
  InMemorySpanExporter,
  NodeTracerProvider,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-node';
import { afterAll, describe, expect, it } from 'vitest';
import { tracingWanted } from '../../src/observability/tracing-sdk.js';
import { useRecordedGateway } from '../helpers/recorded.js';

// The SDK as startTracing() registers it, with an in-memory exporter in place of OTLP.
const exporter = new InMemorySpanExporter();
const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
provider.register({ propagator: new W3CTraceContextPropagator() });
afterAll(async () => {
  await provider.shutdown();
  trace.disable();
  context.disable();
  propagation.disable();
});

const env = useRecordedGateway();

describe('OpenTelemetry traces', () => {
  it('a span per operation, a child span per Apinizer call, and traceparent sent on', async () => {
    exporter.reset();
    const result = await env.gateway.post(
      'query ReadJwk { jwk(projectName: "demo", name: "signing") { name } }',
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('UPSTREAM_ERROR');
    await provider.forceFlush();
    const spans = exporter.getFinishedSpans();
    const operation = spans.find((s) => s.name === 'GraphQL ReadJwk');
    const call = spans.find((s) => s.name === 'apinizer GET /apiops/projects/{}/jwks/{}/');
    expect(operation?.kind).toBe(SpanKind.SERVER);
    expect(operation?.attributes).toMatchObject({
      'graphql.operation.type': 'query',
      'graphql.operation.name': 'ReadJwk',
    });
    expect(call?.kind).toBe(SpanKind.CLIENT);
    expect(call?.attributes).toMatchObject({
      'http.request.method': 'GET',
      'url.template': '/apiops/projects/{}/jwks/{}/',
      'http.response.status_code': 200,
    });
    expect(call?.parentSpanContext?.spanId).toBe(operation?.spanContext().spanId);
    expect(call?.spanContext().traceId).toBe(operation?.spanContext().traceId);
    // Apinizer got the trace context, so its own traces can join this one.
    const traceparent = env.upstream.requests[0]?.headers.traceparent;
    expect(traceparent).toContain(operation?.spanContext().traceId);
  });

  it('is configured by the standard OTEL_* variables and off when they are unset', () => {
    expect(tracingWanted({})).toBe(false);
    expect(tracingWanted({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBe(true);
    expect(tracingWanted({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://c:4318/v1/traces' })).toBe(
      true,
    );
    expect(
      tracingWanted({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_SDK_DISABLED: 'true' }),
    ).toBe(false);
  });
});
