import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openStore } from '../open-store';
import { actor, smallLedger } from '../test-support/fixture';
import { pgliteCopies } from '../test-support/pglite-copies';
import { readLedgerSnapshot, snapshotPath } from './snapshot-file';

const dataDir = pgliteCopies();

const record = (id: string) =>
  ({ entity: 'actor', id, action: 'record', body: actor(id), author: 'c', reason: 'r' }) as const;

describe('the embedded store’s ledger snapshot', () => {
  it('is written on open and after each append, equal to the store’s own snapshot', async () => {
    const dir = dataDir();
    const store = await openStore({ dataDir: dir, seed: smallLedger(), snapshotKey: 'seed-a' });
    expect(readLedgerSnapshot(dir, 'seed-a')).toEqual(await store.snapshot());
    await store.append([record('xhs')]);
    await store.close();
    const after = readLedgerSnapshot(dir, 'seed-a');
    expect(after?.ledger.actors.map((a) => a.id)).toContain('xhs');
    // A reader with another seed must open the store (which reseeds) instead.
    expect(readLedgerSnapshot(dir, 'seed-b')).toBeNull();
  });

  it('is gone while an append is in flight, and after an append by a store that keeps none', async () => {
    const dir = dataDir();
    const keeping = await openStore({ dataDir: dir, seed: smallLedger(), snapshotKey: 'seed-a' });
    const landing = keeping.append([record('bili')]);
    expect(existsSync(snapshotPath(dir))).toBe(false);
    await landing;
    await keeping.close();
    expect(existsSync(snapshotPath(dir))).toBe(true);

    const other = await openStore({ dataDir: dir, seed: smallLedger() });
    await other.append([record('kuaishou')]);
    await other.close();
    expect(existsSync(snapshotPath(dir))).toBe(false);
  });

  it('is never written for an in-memory store', async () => {
    const store = await openStore({ dataDir: 'memory://', seed: smallLedger(), snapshotKey: 'k' });
    await store.close();
    expect(existsSync(snapshotPath('memory://'))).toBe(false);
  });
});
