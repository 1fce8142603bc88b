import {
  context,
  ProxyTracerProvider,
  propagation,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';
import { type DocumentNode, Kind, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/*
 * Traces through the OpenTelemetry API: a span per GraphQL operation and a child span per
 * Apinizer call. With no SDK registered (tracing off) the API hands out no-op spans, so this
 * costs next to nothing. `startTracing()` (tracing-sdk.ts) registers the SDK from `OTEL_*`.
 */

const TRACER_NAME = 'apinizer-secrets-gateway';
const tracer = () => trace.getTracer(TRACER_NAME);

/**
 * Whether an OpenTelemetry SDK is registered (startTracing(), or an application embedding the
 * gateway). Without one the gateway makes no spans at all: even no-op spans, and the wrapper
 * around each operation, cost ~10% of the hot path.
 */
export function tracingRegistered(): boolean {
  const provider = trace.getTracerProvider();
  return (
    !(provider instanceof ProxyTracerProvider) ||
    provider.getDelegateTracer(TRACER_NAME) !== undefined
  );
}

/** A span around each GraphQL operation (parse, validate, execute), made current for its calls. */
export function useOperationSpans(): Plugin {
  return {
    instrumentation: {
      // Named once the operation is known (onExecute); a request refused earlier keeps this name.
      operation: (_payload, wrapped) =>
        tracer().startActiveSpan('GraphQL operation', { kind: SpanKind.SERVER }, async (span) => {
          try {
            await wrapped();
          } catch (error) {
            span.setStatus({ code: SpanStatusCode.ERROR });
            throw error;
          } finally {
            span.end();
          }
        }),
    },
    onExecute({ args }) {
      const span = trace.getActiveSpan();
      const operation = operationOf(args.document, args.operationName);
      span?.setAttribute('graphql.operation.type', operation?.operation ?? 'unknown');
      if (operation?.name) {
        span?.setAttribute('graphql.operation.name', operation.name.value);
        span?.updateName(`GraphQL ${operation.name.value}`);
      }
      return {
        onExecuteDone({ result }) {
          if ('errors' in result && result.errors?.length) {
            span?.setStatus({ code: SpanStatusCode.ERROR, message: result.errors[0]?.message });
          }
        },
      };
    },
  };
}

function operationOf(
  document: DocumentNode,
  name: string | null | undefined,
): OperationDefinitionNode | undefined {
  return document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION && (!name || d.name?.value === name),
  );
}

/** A client span for one Apinizer call, child of the current operation's span. */
export function startApinizerSpan(method: string, endpoint: string): Span {
  return tracer().startSpan(`apinizer ${method} ${endpoint}`, {
    kind: SpanKind.CLIENT,
    attributes: { 'http.request.method': method, 'url.template': endpoint },
  });
}

/** Adds `traceparent` (W3C) to an Apinizer call's headers, so Apinizer's own traces join ours. */
export function injectTraceHeaders(span: Span, headers: Record<string, string>): void {
  propagation.inject(trace.setSpan(context.active(), span), headers);
}

export function endApinizerSpan(span: Span, outcome: string, failed: boolean): void {
  if (/^\d+$/.test(outcome)) span.setAttribute('http.response.status_code', Number(outcome));
  else span.setAttribute('error.type', outcome);
  if (failed) span.setStatus({ code: SpanStatusCode.ERROR });
  span.end();
}
