import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { type Simulator, startSimulator } from './simulator/server.js';
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
  const logger = createLogger(config.logLevel);

  let simulator: Simulator | undefined;
  if (!config.upstream.url) {
    simulator = await startSimulator();
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

  const gateway = createGateway({
    config,
    apinizerUrl: config.upstream.url ?? (simulator as Simulator).url,
    logger,
    ...(simulator?.demo ? { demoToken: simulator.demo.token } : {}),
  });
  const server = createServer(gateway.yoga);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  console.log(
    `GraphQL gateway (and GraphiQL) on http://${shownHost}:${port}${gateway.yoga.graphqlEndpoint}`,
  );

  const shutdown = async () => {
    server.close();
    server.closeAllConnections();
    await gateway.close();
    await simulator?.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error('The gateway could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
