import type { AddressInfo } from 'node:net';
import { type Config, loadConfig } from '../../src/config.js';
import { createGatewayServer, type GatewayServer } from '../../src/http-server.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { createGateway, type Gateway } from '../../src/yoga.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  readonly status: number;
  readonly data?: T | null;
  readonly errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

export interface RunningGateway {
  readonly url: URL;
  readonly gateway: Gateway;
  readonly http: GatewayServer;
  /** A JSON POST over real HTTP. */
  post<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** A GraphQL multipart request (the spec a real upload client sends), over real HTTP. */
  upload<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    files: Readonly<Record<string, { path: string; file: Blob; name: string }>>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export const TOKEN = 'test-token';
export const bearer = (token = TOKEN) => ({ authorization: `Bearer ${token}` });

/** Starts the gateway on a real loopback port in front of `apinizerUrl`. */
export async function startGateway(
  apinizerUrl: URL,
  env: Record<string, string> = {},
  logger?: Logger,
): Promise<RunningGateway> {
  const config: Config = loadConfig({
    LOG_LEVEL: 'silent',
    APINIZER_URL: apinizerUrl.href,
    ...env,
  });
  const gateway = createGateway({
    config,
    apinizerUrl,
    logger: logger ?? createLogger(config.logLevel),
  });
  const http = createGatewayServer(gateway.handle, {
    requestTimeoutMs: config.http.requestTimeoutMs,
    dependenciesReady: () => gateway.client.reachable(),
  });
  const server = http.server;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const url = new URL(`http://127.0.0.1:${port}/graphql`);

  const read = async <T>(response: Response): Promise<GraphQLResponse<T>> => {
    const text = await response.text();
    try {
      return { status: response.status, ...(JSON.parse(text) as object) };
    } catch {
      throw new Error(`Gateway answered ${response.status} with non-JSON: ${text.slice(0, 200)}`);
    }
  };

  return {
    url,
    gateway,
    http,
    post: async (query, variables, headers = bearer()) =>
      read(
        await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query, variables }),
        }),
      ),
    upload: async (query, variables, files, headers = bearer()) => {
      const form = new FormData();
      form.set('operations', JSON.stringify({ query, variables }));
      const map: Record<string, string[]> = {};
      for (const [key, { path }] of Object.entries(files)) map[key] = [path];
      form.set('map', JSON.stringify(map));
      for (const [key, { file, name }] of Object.entries(files)) form.set(key, file, name);
      return read(
        await fetch(url, {
          method: 'POST',
          headers: { 'apollo-require-preflight': 'true', ...headers },
          body: form,
        }),
      );
    },
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await gateway.close();
    },
  };
}

/** One top-level field of a response, failing the test with the errors when it is missing. */
export function dataOf<T>(result: GraphQLResponse, field: string): T {
  const value = result.data?.[field];
  if (value === undefined || value === null) {
    throw new Error(`no data.${field}: ${JSON.stringify(result.errors ?? result.data)}`);
  }
  return value as T;
}
