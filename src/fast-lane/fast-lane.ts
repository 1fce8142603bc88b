import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  chain,
  type FetchAPI,
  getInstrumented,
  type Plugin,
  type YogaServerInstance,
} from 'graphql-yoga';
import { laneTakes, parseParams, readBody } from './json-post.js';

/*
 * The fast lane: a plain JSON POST (what servers, pipelines and most GraphQL clients send) is
 * answered by Yoga's own GraphQL pipeline, from its parameters on (every onParams, envelop and
 * onResultProcess hook: limits, caches, masking, metrics, spans, content negotiation), without
 * the Fetch API round trip Yoga's Node adapter makes for every request: no WHATWG Request body
 * stream, no Response object, no per-request URL parsing. It belongs in @whatwg-node/server;
 * until then it is this small adapter. Whatever the lane does not take (GET, multipart, CORS,
 * GraphiQL, /metrics, large bodies, streams) goes to Yoga as before, and so does any request
 * Yoga refuses before executing it (Yoga runs it again and answers it exactly).
 */

type ResultProcessEvent = Parameters<NonNullable<Plugin['onResultProcess']>>[0];
type ResultProcessorInput = ResultProcessEvent['result'];
type ResultProcessor = NonNullable<ResultProcessEvent['resultProcessor']>;

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface FastLaneOptions {
  // biome-ignore lint/suspicious/noExplicitAny: the lane works for any server and user context
  readonly yoga: YogaServerInstance<any, any>;
  /** False sends every request to Yoga (FAST_LANE=false), still counted. */
  readonly enabled: boolean;
  /** Bodies up to this size take the lane; larger ones go to Yoga's streaming parser. */
  readonly maxBodyBytes: number;
  /** Told the status and duration of each answer the lane gave (the HTTP metrics). */
  readonly observe?: (answer: LaneAnswer) => void;
  /** Told which way each GraphQL request went: answered by the lane, or handed to Yoga. */
  readonly count?: (lane: Lane) => void;
}

export type Lane = 'fast' | 'yoga';

export interface LaneAnswer {
  readonly request: Request;
  readonly status: number;
  readonly seconds: number;
}

/** The parts of a Response a result processor makes: the lane writes them to Node itself. */
interface CapturedResponse {
  readonly body: string | null;
  readonly status: number;
  readonly headers: Record<string, string>;
}

/** A Fetch API whose Response only records what it was given (see CapturedResponse). */
const capturingFetchAPI = {
  Response: class {
    readonly body: string | null;
    readonly status: number;
    readonly headers: Record<string, string>;
    constructor(body: string | null, init?: { status?: number; headers?: Record<string, string> }) {
      this.body = body;
      this.status = init?.status ?? 200;
      this.headers = init?.headers ?? {};
    }
  },
} as unknown as FetchAPI;

const ignoreRejection = (promise: Promise<unknown> | unknown) => {
  if (promise instanceof Promise) promise.catch(() => {});
};

/** Yoga's request handler with the lane in front of it. */
export function withFastLane(options: FastLaneOptions): Handler {
  const { yoga } = options;
  const endpoint = yoga.graphqlEndpoint;
  const toYoga = (req: IncomingMessage, res: ServerResponse) => {
    if (req.url?.startsWith(endpoint)) options.count?.('yoga');
    yoga(req, res);
  };
  if (!options.enabled) return toYoga;

  // Yoga's whole plugin list (its own, ours, and what they added); `getEnveloped._plugins` is the
  // same list but is lost on the adapter's bound copy of the function.
  const plugins = (yoga as unknown as { readonly plugins: readonly Plugin[] }).plugins;
  // The lane hands a request Yoga refused to Yoga again (see the catch below): that is only safe
  // while nothing that runs after execution can throw.
  if (plugins.some((plugin) => plugin.onExecutionResult)) {
    throw new Error('The fast lane needs plugins without onExecutionResult hooks (src/fast-lane/)');
  }
  const resultHooks = plugins.flatMap((plugin) =>
    plugin.onResultProcess ? [plugin.onResultProcess] : [],
  );
  const instrumentation = plugins
    .flatMap((plugin) => (plugin.instrumentation ? [plugin.instrumentation] : []))
    .reduce<Plugin['instrumentation']>(
      (all, each) => (all && each ? chain(all, each) : (each ?? all)),
      undefined,
    );

  const answer = async (
    req: IncomingMessage,
    res: ServerResponse,
    params: Record<string, unknown>,
  ): Promise<boolean> => {
    const started = performance.now();
    const abort = new AbortController();
    const onClose = () => {
      if (!res.writableFinished) abort.abort();
    };
    res.once('close', onClose);
    const request: Request = new yoga.fetchAPI.Request(`http://${req.headers.host}${endpoint}`, {
      method: 'POST',
      headers: req.headers as Record<string, string>,
      signal: abort.signal,
    });
    // What Yoga's Node adapter hands its handler; `waitUntil` lets background work run on.
    const serverContext = { req, res, waitUntil: ignoreRejection };
    const run = () => yoga.getResultForParams({ params, request }, serverContext);
    let result: ResultProcessorInput | undefined;
    try {
      if (instrumentation?.operation) {
        await getInstrumented({ context: serverContext as never, request }).asyncFn(
          instrumentation.operation,
          async () => {
            result = await run();
          },
        )();
      } else {
        result = await run();
      }
    } catch {
      // Only the checks before execution throw (params, query size, trusted documents; errors
      // during execution come back as a result): nothing ran, so Yoga may take the request
      // from the start and answer it as it does.
      res.off('close', onClose);
      return false;
    }
    const response = await processResult(request, result, serverContext);
    res.writeHead(response.status, {
      ...response.headers,
      'content-length': response.body === null ? 0 : Buffer.byteLength(response.body),
    });
    res.end(response.body);
    options.count?.('fast');
    options.observe?.({
      request,
      status: response.status,
      seconds: (performance.now() - started) / 1000,
    });
    return true;
  };

  /**
   * A failure after execution (a result hook or the serializer threw): the request cannot go to
   * Yoga again, so it gets what Yoga answers then, a masked 500 the log explains.
   */
  const unexpected = (res: ServerResponse, error: unknown) => {
    const correlationId = String(res.getHeader('x-request-id') ?? '');
    yoga.logger.error(`Unexpected error (correlationId ${correlationId})`, error);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const body = JSON.stringify({
      errors: [{ message: 'Unexpected error.', extensions: { correlationId } }],
    });
    res.writeHead(500, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
    });
    res.end(body);
  };

  /** Yoga's processResult, with the Response captured instead of built. */
  const processResult = async (
    request: Request,
    initial: ResultProcessorInput | undefined,
    serverContext: object,
  ): Promise<CapturedResponse> => {
    let result = initial as ResultProcessorInput;
    let processor: ResultProcessor | undefined;
    let accepted = '*/*';
    const acceptableMediaTypes: string[] = [];
    for (const hook of resultHooks) {
      await hook({
        request,
        result,
        setResult: (next) => {
          result = next;
        },
        acceptableMediaTypes,
        ...(processor ? { resultProcessor: processor } : {}),
        setResultProcessor: (next, mediaType) => {
          processor = next;
          accepted = mediaType;
        },
        serverContext: serverContext as never,
      });
    }
    if (!processor) {
      return {
        body: null,
        status: 406,
        headers: { accept: acceptableMediaTypes.join('; charset=utf-8, ') },
      };
    }
    return (await processor(result, capturingFetchAPI, accepted)) as unknown as CapturedResponse;
  };

  return (req, res) => {
    if (!laneTakes(req, endpoint, options.maxBodyBytes)) {
      toYoga(req, res);
      return;
    }
    void readBody(req)
      .then(async (body) => {
        if (body === undefined) return; // The client went away before its request was whole.
        const params = parseParams(body);
        if (params && (await answer(req, res, params))) return;
        // Yoga reads a body a framework already read from `req.body` (as Express's parsers
        // leave it).
        (req as IncomingMessage & { body?: Buffer }).body = body;
        toYoga(req, res);
      })
      .catch((error: unknown) => unexpected(res, error));
  };
}
