import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

type Env = Readonly<Record<string, string | undefined>>;

/** Tracing is on when an OTLP endpoint is configured, the standard way, and not turned off. */
export function tracingWanted(env: Env): boolean {
  if (env.OTEL_SDK_DISABLED === 'true' || env.OTEL_TRACES_EXPORTER === 'none') return false;
  return Boolean(
    env.OTEL_EXPORTER_OTLP_ENDPOINT ||
      env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ||
      env.OTEL_TRACES_EXPORTER === 'otlp',
  );
}

/**
 * Registers the OpenTelemetry SDK with an OTLP/HTTP exporter, which reads its own `OTEL_*`
 * settings (endpoint, headers, timeout). Returns a shutdown that flushes the last spans.
 */
export function startTracing(env: Env = process.env): (() => Promise<void>) | undefined {
  if (!tracingWanted(env)) return undefined;
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({
      'service.name': env.OTEL_SERVICE_NAME ?? 'apinizer-secrets-gateway',
    }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  provider.register({ propagator: new W3CTraceContextPropagator() });
  return () => provider.shutdown();
}
