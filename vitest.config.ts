import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module) builds. Node loads the CJS one for Yoga and
    // Pothos; Vite would pick the ESM one for our sources, giving two GraphQLError classes and
    // masking our deliberate errors. One copy for everyone, as under `npm start`.
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['./test/global-setup.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Real servers on loopback and real key generation: a few files at a time on 2 cores.
    maxWorkers: 2,
  },
});
