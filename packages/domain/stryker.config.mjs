// Mutation testing of the engine (issue "one timeline", item 6): `npx stryker run` in this package, or a
// seeded sample of its lines with `npx tsx ../../scripts/mutation-sample.ts` (docs/mutation.md).
// Everything Stryker writes goes under the system's temporary directory, so the tree stays clean.
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = join(tmpdir(), 'hutong-mutation');

export default {
  testRunner: 'vitest',
  // pnpm keeps the runner out of core's own node_modules: name it.
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.config.ts' },
  coverageAnalysis: 'perTest',
  mutate: ['src/engine/**/*.ts', '!src/engine/**/*.test.ts'],
  concurrency: 2,
  timeoutMS: 60_000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: join(out, 'mutation.json') },
  tempDirName: join(out, 'work'),
  cleanTempDir: 'always',
  incremental: false,
  ignoreStatic: true,
};
