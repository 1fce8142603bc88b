import type { AddressInfo } from 'node:net';
import { ConfigError, loadConfig } from './config.js';
import { createGatewayServer } from './http-server.js';
import { createLogger } from './logger.js';
import { limitHeapGrowth } from './memory.js';
import { startTracing } from './observability/tracing-sdk.js';
import type { Simulator } from './simulator/server.js';
import { createGateway } from './yoga.js';

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  limitHeapGrowth(config.heapGrowthPercent);
  const logger = createLogger(config.logLevel, config.logFormat);
  // OpenTelemetry traces when OTEL_EXPORTER_OTLP_ENDPOINT (or ..._TRACES_ENDPOINT) is set.
  const stopTracing = startTracing();

  // The simulator and the port come first: the banner and the demo token are printed only once
  // the gateway really listens (a busy port ends the start with just the error).
  // Loaded only in demo mode: production never carries the simulator (or node-forge) in memory.
  const simulator: Simulator | undefined = config.upstream.url
    ? undefined
    : await (await import('./simulator/server.js')).startSimulator();
  const gateway = createGateway({
    config,
    apinizerUrl: config.upstream.url ?? (simulator as Simulator).url,
    logger,
    ...(simulator?.demo ? { demoToken: simulator.demo.token } : {}),
  });
  const http = createGatewayServer(gateway.handle, {
    requestTimeoutMs: config.http.requestTimeoutMs,
    dependenciesReady: () => gateway.client.reachable(),
  });
  try {
    await new Promise<void>((resolve, reject) => {
      http.server.once('error', reject);
      http.server.listen(config.port, config.host, () => resolve());
    });
  } catch (error) {
    await simulator?.close();
    throw error;
  }
  if (simulator) printDemoBanner(simulator);
  const { port } = http.server.address() as AddressInfo;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  console.log(
    `GraphQL gateway (and GraphiQL) on http://${shownHost}:${port}${gateway.yoga.graphqlEndpoint}`,
  );

  // First signal: drain (stop accepting, finish what is in flight within the grace period, then
  // close the Apinizer pools) and exit 0. A second signal: exit at once.
  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) {
      console.error(`${signal} again: exiting now`);
      process.exit(1);
    }
    stopping = true;
    const inFlight = http.inFlight();
    console.log(
      `${signal}: draining ${inFlight} request(s), up to ${config.http.shutdownGraceMs} ms`,
    );
    const finished = await http.drain(config.http.shutdownGraceMs);
    if (!finished) {
      console.error(`Grace period over with ${http.inFlight()} request(s) in flight; cutting them`);
      http.server.closeAllConnections();
      await gateway.destroy();
    } else {
      await gateway.close();
    }
    await simulator?.close();
    await stopTracing?.();
    console.log('Gateway stopped');
    process.exit(0);
  };
  process.on('SIGINT', (signal) => void shutdown(signal));
  process.on('SIGTERM', (signal) => void shutdown(signal));
}

function printDemoBanner(simulator: Simulator): void {
  const demo = simulator.demo;
  console.log(
    [
      '',
      '=====================================================================',
      '  DEMO MODE: APINIZER_URL is not set, so the gateway talks to the',
      `  embedded Apinizer simulator at ${simulator.url.origin}.`,
      '  Nothing here reaches a real Apinizer. Set APINIZER_URL to do that.',
      `  Project "${demo?.projectName}", environments ${demo?.environments.join(', ')}.`,
      '=====================================================================',
    ].join('\n'),
  );
  console.log(`Demo token: ${demo?.token}`);
}

main().catch((error: unknown) => {
  console.error('The gateway could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
