import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, inject } from 'vitest';

/**
 * A maker of fresh temporary directories holding a copy of the run's initialised PGlite (skipping its
 * 6 s initdb), each removed after its test. With `inside`, the copy goes in that folder of the directory.
 */
export function pgliteCopies(): (inside?: string) => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return (inside = '') => {
    const dir = mkdtempSync(join(tmpdir(), 'hutong-pglite-'));
    dirs.push(dir);
    cpSync(inject('pgliteTemplate'), join(dir, inside), { recursive: true });
    return dir;
  };
}
