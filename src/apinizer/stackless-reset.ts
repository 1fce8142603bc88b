import type { Socket } from 'node:net';
import { buildConnector } from 'undici';

/*
 * undici ends a single-use connection (a write with `reset: true`, the default for writes) by
 * destroying its socket with an InformationalError('reset') from inside the socket's 'readable'
 * handler, and Node's stream destroy reads `error.stack` at once: every write paid for capturing
 * and formatting a stack trace that nobody reads, ~35 µs of the ~280 µs of CPU a write cost
 * (measured with `npm run bench`, paired runs). While undici handles a 'readable' event of one of
 * these sockets, errors carry no stack; they only ever become typed failures (see errors.ts),
 * whose messages and codes are unchanged.
 */

type Emit = (event: string | symbol, ...args: unknown[]) => boolean;

function withoutStacksWhileReading(socket: Socket): Socket {
  const emit = socket.emit as Emit;
  socket.emit = function emitWithoutStacks(
    this: Socket,
    event: string | symbol,
    ...args: unknown[]
  ) {
    if (event !== 'readable') return emit.call(this, event, ...args);
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      return emit.call(this, event, ...args);
    } finally {
      Error.stackTraceLimit = limit;
    }
  } as Socket['emit'];
  return socket;
}

/** undici's own connector (TCP or TLS, connect timeout), its sockets read as above. */
export function stacklessResetConnector(connectTimeoutMs: number): buildConnector.connector {
  const connect = buildConnector({ timeout: connectTimeoutMs });
  return (options, callback) =>
    connect(options, (error, socket) => {
      if (error) callback(error, null);
      else callback(null, withoutStacksWhileReading(socket));
    });
}
