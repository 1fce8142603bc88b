import type { IncomingMessage, ServerResponse } from 'node:http';
import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import { createFetch } from '@whatwg-node/fetch';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { Histogram } from 'prom-client';
import type { Dispatcher } from 'undici';
import { ApinizerClient } from './apinizer/client.js';
import type { Config } from './config.js';
import { createContext, type GatewayContext } from './context.js';
import { type LaneAnswer, withFastLane } from './fast-lane/fast-lane.js';
import { type OperationName, trackOperationNames } from './fast-lane/operation-names.js';
import { operationLimitPlugins } from './limits/operation-limits.js';
import { productionSwitchPlugins } from './limits/production.js';
import type { Logger } from './logger.js';
import { createMetrics, type Metrics } from './observability/metrics.js';
import { tracingRegistered, useOperationSpans } from './observability/tracing.js';
import { useErrorMetrics } from './observability/use-error-metrics.js';
import { maskUnexpectedErrors, useVariableValueRedaction } from './plugins/safe-errors.js';
import {
  loadTrustedDocuments,
  type TrustedDocuments,
  useTrustedDocuments,
} from './plugins/trusted-documents.js';
import { useBodyBudget } from './plugins/use-body-budget.js';
import { useCsrfGuard } from './plugins/use-csrf-guard.js';
import { useMultipartLimitStatus } from './plugins/use-multipart-limit-status.js';
import { usePageCompression } from './plugins/use-page-compression.js';
import { useRequestSizeLimit } from './plugins/use-request-size-limit.js';
import { schema } from './schema/index.js';

export interface GatewayOptions {
  readonly config: Config;
  /** Where Apinizer is; usually `config.upstream.url`, or the simulator's URL in demo mode. */
  readonly apinizerUrl: URL;
  readonly logger: Logger;
  /** Replaces the pooled undici Agent (tests). */
  readonly dispatcher?: Dispatcher;
  /** Pre-fills GraphiQL with this token and an example operation (demo mode only). */
  readonly demoToken?: string;
  /** Only these operations run (from `config.http.trustedDocuments`, read at start-up). */
  readonly trustedDocuments?: TrustedDocuments;
}

export interface Gateway {
  /** Answers HTTP requests: the fast lane for plain JSON POSTs, Yoga for the rest. */
  readonly handle: (req: IncomingMessage, res: ServerResponse) => void;
  readonly yoga: YogaServerInstance<Record<string, never>, GatewayContext>;
  readonly client: ApinizerClient;
  readonly metrics: Metrics;
  /** Closes the Apinizer pools once their calls are done. */
  close(): Promise<void>;
  /** Closes the Apinizer pools now, cutting calls in flight. */
  destroy(): Promise<void>;
}

export const DEMO_OPERATION = `# Demo mode: this gateway talks to the
# embedded Apinizer simulator. Press Run,
# then try a rename or another description.
mutation DescribeJwk {
  updateJwk(
    projectName: "demo"
    jwkName: "demo-jwk"
    input: { description: "Edited from GraphiQL" }
  ) {
    __typename
    ... on UpdateJwkSuccess {
      deployment { success environmentResults { environmentName success message } }
      jwk { name description kid type }
    }
    ... on Error { message }
  }
}
`;

// JSON bodies up to this size take the fast lane; uploads and inline files stay with Yoga.
const FAST_LANE_BODY_BYTES = 64 * 1024;

// A multipart request's "operations" part may carry base64 files inline.
const OPERATIONS_PART_OVERHEAD = 1024 * 1024;

/** The largest body a legitimate request needs: every allowed file, as base64, and the query. */
export const maxRequestBytes = (config: Config) =>
  config.uploads.maxFiles * Math.ceil((config.uploads.maxFileBytes * 4) / 3) +
  OPERATIONS_PART_OVERHEAD;

export function createGateway(options: GatewayOptions): Gateway {
  const { config, logger } = options;
  const maxBodyBytes = maxRequestBytes(config);
  const metrics = createMetrics();
  const trusted =
    options.trustedDocuments ??
    (config.http.trustedDocuments ? loadTrustedDocuments(config.http.trustedDocuments) : undefined);
  const client = new ApinizerClient({
    baseUrl: options.apinizerUrl,
    upstream: config.upstream,
    limits: config.limits,
    logger,
    observe: metrics.apinizerCall,
    ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
  });
  const operationNames = trackOperationNames();
  const yoga = createYoga<Record<string, never>, GatewayContext>({
    schema,
    logging: logger,
    maskedErrors: { maskError: maskUnexpectedErrors(logger) },
    landingPage: false,
    context: ({ request }) => createContext(request, client, config.uploads, metrics.error),
    // Tokens travel in a header, never a cookie: no credentials, so `*` cannot leak a session.
    cors: {
      origin: config.http.corsOrigins.includes('*') ? '*' : [...config.http.corsOrigins],
      credentials: false,
    },
    // The gateway's own limits decide, never a library default (Yoga's is 25 MB).
    maxRequestBodySize: maxBodyBytes,
    // Trusted documents are sent by id (GraphQL over HTTP's persisted-documents form).
    extraParamNames: ['documentId'],
    // Replaced by useDocumentCache: bounded in bytes, and only valid documents are kept.
    parserAndValidationCache: false,
    plugins: [
      ...(config.http.graphiql ? [usePageCompression()] : []),
      ...(tracingRegistered() ? [useOperationSpans()] : []),
      ...(config.http.metrics
        ? [
            usePrometheus({
              registry: metrics.registry,
              endpoint: '/metrics',
              skipIntrospection: true,
              // Off: what costs more per request than it tells. The summary's quantiles and the
              // walk over every document for deprecated fields; and the parse, validate and
              // context phases (answered from the document cache in microseconds) and the
              // execute phase (graphql_envelop_request_duration measures the same span): four
              // labelled observations per request, ~12 µs of the ~150-180 µs a request costs.
              metrics: {
                graphql_envelop_request_time_summary: false,
                graphql_envelop_deprecated_field: false,
                graphql_envelop_phase_parse: false,
                graphql_envelop_phase_validate: false,
                graphql_envelop_phase_context: false,
                graphql_envelop_phase_execute: false,
              },
            }),
            useErrorMetrics(metrics),
          ]
        : []),
      useBodyBudget({
        capacity: config.uploads.maxBodyBytesInFlight,
        queueTimeoutMs: config.uploads.bodyQueueTimeoutMs,
        maxRequestBytes: maxBodyBytes,
      }),
      useCsrfGuard(),
      useRequestSizeLimit(maxBodyBytes),
      ...(trusted ? [useTrustedDocuments(trusted)] : []),
      useMultipartLimitStatus(),
      ...operationLimitPlugins(config.limits),
      ...productionSwitchPlugins(config.http),
      useVariableValueRedaction(),
      operationNames.plugin,
    ],
    // GraphiQL bundled into the page, so it works where the CDN is out of reach. Loaded on the
    // first page view: the bundle takes ~40 MB of memory, and production serves no GraphiQL.
    renderGraphiQL: async (graphiqlOptions) =>
      (await import('@graphql-yoga/render-graphiql')).renderGraphiQL(graphiqlOptions),
    // Yoga parses multipart uploads itself and holds them in memory: these limits bound that.
    fetchAPI: createFetch({
      formDataLimits: {
        fileSize: config.uploads.maxFileBytes,
        files: config.uploads.maxFiles,
        fieldSize: Math.ceil((config.uploads.maxFileBytes * 4) / 3) + OPERATIONS_PART_OVERHEAD,
      },
    }),
    graphiql: !config.http.graphiql
      ? false
      : options.demoToken
        ? {
            title: 'Apinizer Keys & Secrets (demo)',
            defaultQuery: DEMO_OPERATION,
            headers: JSON.stringify({ Authorization: `Bearer ${options.demoToken}` }),
          }
        : { title: 'Apinizer Keys & Secrets' },
  });
  return {
    handle: withFastLane({
      yoga,
      enabled: config.http.fastLane,
      maxBodyBytes: FAST_LANE_BODY_BYTES,
      ...(config.http.metrics
        ? {
            observe: observeHttpDuration(metrics, operationNames.operationOf),
            count: metrics.lane,
          }
        : {}),
    }),
    yoga,
    client,
    metrics,
    close: () => client.close(),
    destroy: () => client.destroy(),
  };
}

/**
 * The fast lane's answers in Yoga's own HTTP histogram, labelled as its Prometheus plugin labels
 * the answers it sees (that plugin's onRequest/onResponse hooks are HTTP hooks the lane skips).
 */
function observeHttpDuration(
  metrics: Metrics,
  operationOf: (request: Request) => OperationName | undefined,
): ((answer: LaneAnswer) => void) | undefined {
  const histogram = metrics.registry.getSingleMetric('graphql_yoga_http_duration');
  if (!(histogram instanceof Histogram)) return undefined;
  return ({ request, status, seconds }) => {
    const operation = operationOf(request);
    histogram.observe(
      {
        method: request.method,
        statusCode: status,
        operationType: operation?.type ?? 'unknown',
        operationName: operation?.name ?? 'Anonymous',
        url: request.url,
      },
      seconds,
    );
  };
}
