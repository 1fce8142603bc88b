import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Real servers on loopback and real key generation: a few files at a time on 2 cores.
    maxWorkers: 2,
  },
});
