import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request exactly as the upstream received it on the wire. */
export interface Recorded {
  readonly method: string;
  /** Path as sent, still percent-encoded, without the query. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

export interface Answer {
  readonly status: number;
  readonly body?: string | Buffer;
  readonly contentType?: string;
  /** Wait this long before sending headers. */
  readonly delayMs?: number;
}

export const deploymentAnswer = (environments: readonly string[] = ['production']): Answer => ({
  status: 200,
  contentType: 'application/json',
  body: JSON.stringify({
    success: true,
    deploymentResult: {
      success: true,
      message: 'Deployment completed successfully',
      environmentResults: environments.map((environmentName) => ({
        environmentName,
        success: true,
        message: 'Deployed successfully',
      })),
    },
  }),
});

export const errorAnswer = (status: number, error: string, description: string): Answer => ({
  status,
  contentType: 'application/json',
  body: JSON.stringify({ error, error_description: description }),
});

/**
 * A real HTTP server on loopback standing in for Apinizer: it records every request and answers
 * with whatever the test queued (a deployment report by default).
 */
export interface RecordingUpstream {
  readonly url: URL;
  readonly requests: Recorded[];
  /** Answers for the next requests, in order; after them the default answer is used. */
  answer(...answers: Answer[]): void;
  close(): Promise<void>;
}

export async function startRecordingUpstream(
  fallback: Answer = deploymentAnswer(),
): Promise<RecordingUpstream> {
  const requests: Recorded[] = [];
  const queue: Answer[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const [path = '/', search = ''] = (req.url ?? '/').split('?');
    requests.push({
      method: req.method ?? '',
      path,
      query: new URLSearchParams(search),
      headers: req.headers,
      body: Buffer.concat(chunks),
    });
    const answer = queue.shift() ?? fallback;
    const send = () => {
      if (res.destroyed) return;
      res.writeHead(
        answer.status,
        answer.contentType ? { 'content-type': answer.contentType } : {},
      );
      res.end(answer.body ?? '');
    };
    if (answer.delayMs) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        send();
      }, answer.delayMs);
      timers.add(timer);
    } else {
      send();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: new URL(`http://127.0.0.1:${port}`),
    requests,
    answer: (...answers) => queue.push(...answers),
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A loopback port with nothing listening (bound, then released). */
export async function closedPortUrl(): Promise<URL> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return new URL(`http://127.0.0.1:${port}`);
}
