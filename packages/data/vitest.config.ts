import { defineConfig } from 'vitest/config';

// The curated-ledger checks walk every crossing: on a loaded 2-core CI machine 5 s is not enough.
export default defineConfig({ test: { testTimeout: 60_000 } });
