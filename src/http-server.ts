import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { idleReclaimer, LARGE_BODY_BYTES, largeBodyReclaimer } from './memory.js';
import { requestContext, requestIdFrom } from './observability/request-context.js';

export interface GatewayServerOptions {
  /** Whole-request time limit (headers and body), against slow clients. */
  readonly requestTimeoutMs: number;
  /** Whether what the gateway depends on answers (Apinizer); `/readiness` asks it. */
  readonly dependenciesReady?: () => Promise<boolean>;
}

export interface GatewayServer {
  readonly server: Server;
  /** Requests being answered right now. */
  readonly inFlight: () => number;
  /**
   * Takes no new work: answers new requests 503 (and `/readiness` not-ready, so a load balancer
   * stops sending any), waits up to `graceMs` for the requests in flight, then stops listening.
   * Resolves true when they all finished in time.
   */
  drain(graceMs: number): Promise<boolean>;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const json = (res: ServerResponse, status: number, body: unknown, headers = {}) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
};

/**
 * The HTTP server in front of Yoga: counts requests in flight, answers `/readiness`, and knows
 * how to drain for a graceful shutdown.
 */
export function createGatewayServer(
  handler: Handler,
  options: GatewayServerOptions,
): GatewayServer {
  let draining = false;
  let inFlight = 0;
  let drained: (() => void) | undefined;
  const reclaimer = largeBodyReclaimer();
  const afterTraffic = idleReclaimer();

  const readiness = async (res: ServerResponse) => {
    if (draining) return json(res, 503, { status: 'shutting-down' });
    const reachable = (await options.dependenciesReady?.()) ?? true;
    json(res, reachable ? 200 : 503, { status: reachable ? 'ready' : 'apinizer-unreachable' });
  };

  const server = createServer({ requestTimeout: options.requestTimeoutMs }, (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/readiness') {
      void readiness(res);
      return;
    }
    if (draining) {
      // A request on a connection kept alive from before: refuse it, and close the connection.
      json(
        res,
        503,
        {
          errors: [
            {
              message: 'The gateway is shutting down; send the request again.',
              extensions: { code: 'SHUTTING_DOWN' },
            },
          ],
        },
        { connection: 'close', 'retry-after': '1' },
      );
      return;
    }
    inFlight += 1;
    afterTraffic.served();
    // A chunked body (no length) may be as large as any; treat it as large.
    const declared = Number(req.headers['content-length'] ?? LARGE_BODY_BYTES);
    const large = req.method === 'POST' && declared >= LARGE_BODY_BYTES;
    res.once('close', () => {
      inFlight -= 1;
      if (large) reclaimer.nudge();
      if (draining) {
        server.closeIdleConnections();
        if (inFlight === 0) drained?.();
      }
    });
    // Every log line and masked error of this request carries its id; the client gets it too.
    const requestId = requestIdFrom(req.headers['x-request-id']);
    res.setHeader('x-request-id', requestId);
    requestContext.run({ requestId }, () => handler(req, res));
  });

  server.once('close', afterTraffic.stop);

  return {
    server,
    inFlight: () => inFlight,
    async drain(graceMs) {
      draining = true;
      server.closeIdleConnections();
      const finished =
        inFlight === 0 ||
        (await new Promise<boolean>((resolve) => {
          const timer = setTimeout(() => resolve(false), graceMs);
          drained = () => {
            clearTimeout(timer);
            resolve(true);
          };
        }));
      server.close();
      return finished;
    },
  };
}
