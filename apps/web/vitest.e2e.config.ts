import { defineConfig } from 'vitest/config';

// The browser suite: one server, one Chromium, scenarios in order (2 shared cores).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
