import { describe, expect, it } from 'vitest';
import { migrate } from './migrate';
import { migrations } from './migrations';
import { smallLedger } from './test-support/fixture';
import { describeStores } from './test-support/stores';

describe('migrations', () => {
  it('are numbered 1, 2, 3 … in order', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });
});

describeStores('migrate', (h) => {
  it('applies every migration once, and nothing the second time', async () => {
    const db = await h.db();
    expect(await migrate(db, h.schema)).toEqual([1, 2, 3, 4]);
    expect(await migrate(db, h.schema)).toEqual([]);
    const rows = await db.query(`SELECT version, name FROM "${h.schema}".schema_migrations ORDER BY version`);
    expect(rows).toEqual([
      { version: 1, name: 'revisions' },
      { version: 2, name: 'meta' },
      { version: 3, name: 'tokens' },
      { version: 4, name: 'token-order' },
    ]);
  });

  it('applies once when several processes start together', async () => {
    const db = await h.db();
    const runs = await Promise.all([migrate(db, h.schema), migrate(db, h.schema), migrate(db, h.schema)]);
    expect(runs.flat().sort()).toEqual([1, 2, 3, 4]);
  });

  it('reopens a migrated and seeded store without appending anything', async () => {
    const seed = smallLedger();
    const first = await h.open({ seed });
    const head = await first.head();
    await first.close();
    const again = await h.open({ seed });
    expect(await again.head()).toBe(head);
  });

  it('makes the log append-only in the database itself', async () => {
    const store = await h.open({ seed: smallLedger() });
    expect(await store.head()).toBeGreaterThan(0);
    const db = await h.db();
    const t = `"${h.schema}".revisions`;
    await expect(db.query(`UPDATE ${t} SET author = 'mallory'`)).rejects.toThrow(/append-only: UPDATE/);
    await expect(db.query(`DELETE FROM ${t}`)).rejects.toThrow(/append-only: DELETE/);
    await expect(db.query(`TRUNCATE ${t}`)).rejects.toThrow(/append-only: TRUNCATE/);
  });
});
