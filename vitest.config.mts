import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // Every temporary workspace of a run goes with the run (see test/global-setup.ts).
    globalSetup: ['test/global-setup.ts'],
  },
});
