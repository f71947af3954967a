import { defineConfig } from 'vitest/config';

// The CLI's tests run the built binary, each file on a copy of one seeded embedded store.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    globalSetup: ['src/test-support/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
