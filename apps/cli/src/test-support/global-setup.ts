import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { hutongOn } from './hutong-binary';

declare module 'vitest' {
  export interface ProvidedContext {
    /** An embedded store the built CLI has seeded (with its ledger snapshot), for test files to copy. */
    seededDataDir: string;
  }
}

/** Seeding a new PGlite directory takes seconds; do it once with the real binary and copy it per file. */
export async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'hutong-cli-seeded-'));
  const r = hutongOn(dir)('actors', '--json');
  if (r.code !== 0) throw new Error(`seeding the CLI's store failed: ${r.stderr}`);
  project.provide('seededDataDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
