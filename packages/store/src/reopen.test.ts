import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from './defaults';
import { openStore } from './open-store';
import { actor, smallLedger } from './test-support/fixture';
import { pgliteCopies } from './test-support/pglite-copies';

const dataDir = pgliteCopies();

describe('a PGlite data directory', () => {
  it('keeps the log across a close and a reopen', async () => {
    const dir = dataDir();
    const seed = smallLedger();
    const first = await openStore({ dataDir: dir, seed });
    await first.append([
      { entity: 'actor', id: 'xhs', action: 'record', body: actor('xhs'), author: 'c', reason: 'r' },
    ]);
    const before = await first.snapshot();
    await first.close();
    expect(existsSync(join(dir, 'pglite.lock'))).toBe(false);

    const again = await openStore({ dataDir: dir, seed });
    expect(await again.snapshot()).toEqual(before);
    expect(before.ledger.actors.map((a) => a.id)).toContain('xhs');
    await again.close();
  });

  it('refuses a directory another live process holds, and takes over a stale lock', async () => {
    const dir = dataDir();
    writeFileSync(join(dir, 'pglite.lock'), String(process.ppid));
    await expect(openStore({ dataDir: dir })).rejects.toThrow(`is open in process ${process.ppid}`);
    writeFileSync(join(dir, 'pglite.lock'), '2147483646'); // no such process
    const store = await openStore({ dataDir: dir });
    expect(await store.head()).toBe(0);
    await store.close();
  });

  it(`defaults to ${DEFAULT_DATA_DIR} in the working directory`, async () => {
    const cwd = dataDir(DEFAULT_DATA_DIR);
    const previous = process.cwd();
    process.chdir(cwd);
    try {
      const store = await openStore({ seed: smallLedger() });
      expect(store.kind).toBe('pglite');
      expect(existsSync(join(cwd, DEFAULT_DATA_DIR, 'pglite.lock'))).toBe(true);
      await store.close();
    } finally {
      process.chdir(previous);
    }
  });
});
