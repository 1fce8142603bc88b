import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** How the misbehaving upstream treats the next requests. */
export type Fault =
  | 'ok'
  /** Resets the connection as soon as it is accepted, before reading anything. */
  | 'reset-on-connect'
  /** Reads the whole request, then resets the connection without answering. */
  | 'reset-after-request'
  /** Reads the request and never answers. */
  | 'no-headers'
  /** Sends headers and half a body, then stalls. */
  | 'stalled-body'
  /** A proxy's 502 page. */
  | 'html-502'
  /** Apinizer's own error JSON with a 500. */
  | 'json-500'
  /** A 200 whose JSON stops half-way and the connection closes. */
  | 'truncated-json'
  /** A 200 whose body is valid JSON, the usual answer after 40 MiB of leading whitespace. */
  | 'huge-body';

export interface FaultyUpstream {
  readonly url: URL;
  /** The fault for every request from now on. */
  fault: Fault;
  /** Complete requests received (method and path), whatever was done with them. */
  readonly received: string[];
  /** Connections accepted, and connections closed. */
  readonly connections: { opened: number; closed: number };
  /** Closes idle keep-alive connections this many ms after each answer, without saying so. */
  idleCloseMs: number | undefined;
  close(): Promise<void>;
}

const OK_BODIES = {
  write: JSON.stringify({
    success: true,
    deploymentResult: { success: true, environmentResults: [] },
  }),
  read: (name: string) => JSON.stringify({ resultList: [{ name, kid: 'k', type: 'RSA' }] }),
};

/** A real HTTP server on loopback that misbehaves the way networks and proxies do. */
export async function startFaultyUpstream(): Promise<FaultyUpstream> {
  const received: string[] = [];
  const connections = { opened: 0, closed: 0 };
  const sockets = new Set<Socket>();
  const state = {
    fault: 'ok' as Fault,
    idleCloseMs: undefined as number | undefined,
  };

  const answer = (req: IncomingMessage, res: ServerResponse, fault: Fault) => {
    const name = decodeURIComponent(/\/jwks\/([^/]+)\/$/.exec(req.url ?? '')?.[1] ?? 'jwk');
    const body = req.method === 'GET' ? OK_BODIES.read(name) : OK_BODIES.write;
    switch (fault) {
      case 'ok':
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(body);
        if (state.idleCloseMs !== undefined) {
          const socket = req.socket;
          setTimeout(() => socket.destroy(), state.idleCloseMs);
        }
        return;
      case 'reset-after-request':
        req.socket.resetAndDestroy();
        return;
      case 'no-headers':
        return;
      case 'stalled-body':
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
        res.write(body.slice(0, 10));
        return;
      case 'html-502':
        res.writeHead(502, { 'content-type': 'text/html' });
        res.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
        return;
      case 'json-500':
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'internal_error', error_description: 'Mongo down' }));
        return;
      case 'truncated-json':
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '500' });
        res.write(body.slice(0, 12));
        setTimeout(() => req.socket.destroy(), 20);
        return;
      case 'huge-body': {
        res.writeHead(200, { 'content-type': 'application/json' });
        const chunk = Buffer.alloc(1024 * 1024, 0x20);
        let sent = 0;
        const pump = () => {
          while (sent < 40 && !res.destroyed) {
            sent += 1;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end(body);
        };
        pump();
        return;
      }
      case 'reset-on-connect':
        req.socket.resetAndDestroy();
        return;
    }
  };

  const server: Server = createServer(async (req, res) => {
    for await (const _ of req) {
      // read the whole request
    }
    received.push(`${req.method} ${req.url}`);
    answer(req, res, state.fault);
  });
  server.on('connection', (socket: Socket) => {
    connections.opened += 1;
    sockets.add(socket);
    socket.once('close', () => {
      connections.closed += 1;
      sockets.delete(socket);
    });
    if (state.fault === 'reset-on-connect') socket.resetAndDestroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: new URL(`http://127.0.0.1:${port}`),
    get fault() {
      return state.fault;
    },
    set fault(value: Fault) {
      state.fault = value;
    },
    get idleCloseMs() {
      return state.idleCloseMs;
    },
    set idleCloseMs(value: number | undefined) {
      state.idleCloseMs = value;
    },
    received,
    connections,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
