import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Each file spawns a server and measures its timings and RSS: one at a time, or they measure each other.
    fileParallelism: false,
  },
});
