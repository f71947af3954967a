import { cpSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { killMidImport, killWorkspace } from './test-support/kill-mid-import';

const work = killWorkspace();

it('a 100,000-row import SIGKILLed mid-transaction leaves a PGlite store as before; it reopens cleanly', async () => {
  const dataDir = join(work.dir(), 'pglite');
  cpSync(inject('pgliteTemplate'), dataDir, { recursive: true });
  let baseline = 0;
  // PGlite shows nothing from outside; its files growing by tens of MB is the INSERT writing.
  await killMidImport({ dataDir, schema: 'hutong' }, work.file(), async () => {
    const size = bytesIn(join(dataDir, 'pglite'));
    baseline ||= size;
    return size > baseline + 32 * 2 ** 20;
  });
  expect(statSync(join(dataDir, 'pglite.lock'), { throwIfNoEntry: false })).toBeUndefined();
});

function bytesIn(dir: string): number {
  let total = 0;
  // PostgreSQL creates and removes files as it works: one listed a moment ago may be gone.
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile())
      total += statSync(join(entry.parentPath, entry.name), { throwIfNoEntry: false })?.size ?? 0;
  return total;
}
