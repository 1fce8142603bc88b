import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { SimulatorFaults } from './faults.js';
import { apiError, decodeSegments, SimFailure, type SimRequest, type SimResponse } from './http.js';
import { issueToken } from './routes/auth.js';
import * as certificates from './routes/certificates.js';
import type { RouteContext } from './routes/common.js';
import * as jwks from './routes/jwks.js';
import * as keys from './routes/keys.js';
import * as keystores from './routes/keystores.js';
import { type DemoSeed, seedDemo } from './seed.js';
import { SimulatorStore } from './store.js';

type Handler = (ctx: RouteContext, ...params: string[]) => SimResponse | Promise<SimResponse>;

interface Route {
  readonly method: string;
  /** Literal words and `*` for a decoded parameter, e.g. `apiops projects * keystores *`. */
  readonly pattern: readonly string[];
  readonly handle: Handler;
}

const route = (method: string, pattern: string, handle: Handler): Route => ({
  method,
  pattern: pattern.split(' '),
  handle,
});

const ROUTES: readonly Route[] = [
  route('POST', 'apiops auth token', issueToken),
  route('GET', 'apiops projects * keystores', keystores.listKeystores),
  route('POST', 'apiops projects * keystores', keystores.createKeystore),
  route('GET', 'apiops projects * keystores *', keystores.getKeystore),
  route('PUT', 'apiops projects * keystores *', keystores.updateKeystore),
  route('DELETE', 'apiops projects * keystores *', keystores.deleteKeystore),
  route('GET', 'apiops projects * keys', keys.listKeys),
  route('POST', 'apiops projects * keys', keys.createKey),
  route('GET', 'apiops projects * keys *', keys.getKey),
  route('PUT', 'apiops projects * keys *', keys.updateKey),
  route('DELETE', 'apiops projects * keys *', keys.deleteKey),
  route('GET', 'apiops projects * jwks', jwks.listJwks),
  route('POST', 'apiops projects * jwks', jwks.createJwk),
  route('POST', 'apiops projects * jwks generate', jwks.generate),
  route('POST', 'apiops projects * jwks parse-from-url', (ctx, p) =>
    jwks.parse(ctx, p, 'parse-from-url'),
  ),
  route('POST', 'apiops projects * jwks parse-from-clipboard', (ctx, p) =>
    jwks.parse(ctx, p, 'parse-from-clipboard'),
  ),
  route('POST', 'apiops projects * jwks parse-from-certificate', (ctx, p) =>
    jwks.parse(ctx, p, 'parse-from-certificate'),
  ),
  route('POST', 'apiops projects * jwks parse-from-key', (ctx, p) =>
    jwks.parse(ctx, p, 'parse-from-key'),
  ),
  route('POST', 'apiops projects * jwks parse-from-keystore', (ctx, p) =>
    jwks.parse(ctx, p, 'parse-from-keystore'),
  ),
  route('GET', 'apiops projects * jwks *', jwks.getJwk),
  route('PUT', 'apiops projects * jwks *', jwks.updateJwk),
  route('DELETE', 'apiops projects * jwks *', jwks.deleteJwk),
  route('GET', 'apiops projects admin certificates truststore *', (ctx, env) =>
    certificates.truststore(ctx, env),
  ),
  route('GET', 'apiops projects * certificates', certificates.listCertificates),
  route('POST', 'apiops projects * certificates', certificates.createCertificate),
  route('GET', 'apiops projects * certificates * export', certificates.exportCertificate),
  route('GET', 'apiops projects * certificates *', certificates.getCertificate),
  route('PUT', 'apiops projects * certificates *', certificates.updateCertificate),
  route('DELETE', 'apiops projects * certificates *', certificates.deleteCertificate),
];

function match(routes: readonly Route[], method: string, segments: readonly string[]) {
  let pathMatched = false;
  for (const candidate of routes) {
    if (candidate.pattern.length !== segments.length) continue;
    const params: string[] = [];
    const fits = candidate.pattern.every((word, i) => {
      const segment = segments[i] ?? '';
      if (word === '*') params.push(segment);
      return word === '*' || word === segment;
    });
    if (!fits) continue;
    pathMatched = true;
    if (candidate.method === method) return { route: candidate, params };
  }
  return { route: undefined, pathMatched };
}

/**
 * What a test may see of a request the simulator received: where it went and how big it was.
 * Never its token, passwords or key material (bodies and the Authorization header stay out).
 */
export interface ReceivedRequest {
  readonly method: string;
  readonly rawPath: string;
  readonly query: URLSearchParams;
  readonly contentType: string | undefined;
  readonly bodyBytes: number;
}

export interface SimulatorOptions {
  /** @default 0 (any free port) */
  readonly port?: number;
  /** @default '127.0.0.1' */
  readonly host?: string;
  /** Seed the demo project, environments and token. @default true */
  readonly seed?: boolean;
  /** Keep a list of the requests received (tests only; the demo keeps none). @default false */
  readonly recordRequests?: boolean;
}

export interface Simulator {
  readonly url: URL;
  readonly store: SimulatorStore;
  readonly faults: SimulatorFaults;
  /** The requests received, when `recordRequests` is on; always empty otherwise. */
  readonly received: ReceivedRequest[];
  /** Requests being answered right now, and the most at once since the last reset. */
  readonly load: { inFlight: number; peak: number };
  readonly demo: DemoSeed | undefined;
  close(): Promise<void>;
}

/** Starts the embedded Apinizer on loopback. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const store = new SimulatorStore();
  const faults = new SimulatorFaults();
  const received: ReceivedRequest[] = [];
  const load = { inFlight: 0, peak: 0 };
  const demo = options.seed === false ? undefined : seedDemo(store);

  const server: Server = createServer((incoming, outgoing) => {
    handle(incoming, outgoing).catch((error: unknown) => {
      outgoing.destroy(error instanceof Error ? error : undefined);
    });
  });

  async function handle(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
    load.inFlight += 1;
    load.peak = Math.max(load.peak, load.inFlight);
    try {
      await respond(incoming, outgoing);
    } finally {
      load.inFlight -= 1;
    }
  }

  async function respond(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const url = new URL(incoming.url ?? '/', 'http://simulator');
    const rawPath = (incoming.url ?? '/').split('?')[0] ?? '/';
    const body = Buffer.concat(chunks);
    const method = incoming.method ?? 'GET';
    if (options.recordRequests) {
      received.push({
        method,
        rawPath,
        query: url.searchParams,
        contentType: incoming.headers['content-type'],
        bodyBytes: body.length,
      });
    }
    if (faults.delayMs > 0) await sleep(faults.delayMs);
    const response =
      faults.takeInjectedAnswer() ?? (await answer(method, rawPath, url, incoming, body));
    if (outgoing.destroyed) return;
    outgoing.writeHead(response.status, { 'content-type': response.contentType });
    outgoing.end(response.body);
  }

  async function answer(
    method: string,
    rawPath: string,
    url: URL,
    incoming: IncomingMessage,
    body: Buffer,
  ): Promise<SimResponse> {
    const segments = decodeSegments(rawPath);
    if (!segments) return apiError(400, 'invalid_parameter', 'Malformed percent-encoding in path');
    const found = match(ROUTES, method, segments);
    if (!found.route) {
      return found.pathMatched
        ? apiError(405, 'method_not_allowed', `Request method '${method}' is not supported`)
        : apiError(404, 'not_found', `No endpoint ${method} ${rawPath}`);
    }
    const req: SimRequest = {
      method,
      rawPath,
      segments,
      query: url.searchParams,
      headers: incoming.headers,
      body,
    };
    try {
      return await found.route.handle({ store, faults, req }, ...found.params);
    } catch (error) {
      if (error instanceof SimFailure) return error.response;
      return apiError(500, 'internal_error', 'Unexpected error in the Apinizer simulator');
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: new URL(`http://${host}:${address.port}`),
    store,
    faults,
    received,
    load,
    demo,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
