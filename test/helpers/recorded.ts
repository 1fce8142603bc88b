import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Logger } from '../../src/logger.js';
import { type RunningGateway, startGateway } from './gateway.js';
import { type RecordingUpstream, startRecordingUpstream } from './recording-upstream.js';

export interface Recorded {
  readonly upstream: RecordingUpstream;
  readonly gateway: RunningGateway;
}

/**
 * The gateway in front of a recording upstream for the whole test file, with what the upstream
 * received cleared before each test. Registers its own vitest hooks.
 */
export function useRecordedGateway(env: Record<string, string> = {}, logger?: Logger): Recorded {
  const recorded = {} as { upstream: RecordingUpstream; gateway: RunningGateway };
  beforeAll(async () => {
    recorded.upstream = await startRecordingUpstream();
    recorded.gateway = await startGateway(recorded.upstream.url, env, logger);
  });
  afterAll(async () => {
    await recorded.gateway?.close();
    await recorded.upstream?.close();
  });
  beforeEach(() => {
    recorded.upstream.requests.length = 0;
  });
  return recorded;
}
