import { type Simulator, startSimulator } from '../../src/simulator/server.js';
import { bearer, type RunningGateway, startGateway } from './gateway.js';

export interface Simulated {
  readonly simulator: Simulator;
  readonly gateway: RunningGateway;
  readonly demoAuth: Record<string, string>;
  close(): Promise<void>;
}

/** The gateway in front of a freshly seeded simulator, both on loopback. */
export async function startSimulated(env: Record<string, string> = {}): Promise<Simulated> {
  const simulator = await startSimulator({ recordRequests: true });
  const gateway = await startGateway(simulator.url, env);
  return {
    simulator,
    gateway,
    demoAuth: bearer(simulator.demo?.token),
    close: async () => {
      await gateway.close();
      await simulator.close();
    },
  };
}
