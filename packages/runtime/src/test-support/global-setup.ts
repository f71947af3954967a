import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '@hutong/store';
import type { TestProject } from 'vitest/node';
import { SEEDED_AT, seed } from './seed';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A data directory holding a migrated, seeded store, for test files to copy. */
    storeTemplate: string;
  }
}

/** Initialising a PGlite directory takes ~6 s, opening a copy of one ~0.4 s: seed one for the run. */
export async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'hutong-api-template-'));
  const store = await openStore({ dataDir: dir, seed, now: () => SEEDED_AT });
  await store.close();
  project.provide('storeTemplate', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
