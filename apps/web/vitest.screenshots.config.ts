import { defineConfig } from 'vitest/config';

// `pnpm screenshots`: retakes the README's screenshots (not part of `pnpm test`, which changes no file).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.shots.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
