import { defineConfig } from 'vitest/config';

// The concurrency specs append 20,000 revisions, and starting PGlite takes seconds: generous timeouts.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/test-support/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
