import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite } from './pglite-db';

const dir = mkdtempSync(join(tmpdir(), 'hutong-pglite-db-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const setting = async (db: Awaited<ReturnType<typeof openPglite>>, name: string) =>
  (await db.query(`SELECT current_setting($1) AS v`, [name]))[0]?.v;

describe('openPglite', () => {
  it('sizes a new store, an existing one and a memory one for one ledger, and keeps what was written', async () => {
    const created = await openPglite(dir);
    expect(await setting(created, 'shared_buffers')).toBe('16MB');
    expect(await setting(created, 'maintenance_work_mem')).toBe('8MB');
    await created.exec('CREATE TABLE kept (n int); INSERT INTO kept VALUES (1)');
    await created.close();

    const reopened = await openPglite(dir);
    expect(await setting(reopened, 'shared_buffers')).toBe('16MB');
    expect(await reopened.query('SELECT n FROM kept')).toEqual([{ n: 1 }]);
    await reopened.close();

    const memory = await openPglite('memory://');
    expect(await setting(memory, 'shared_buffers')).toBe('16MB');
    await memory.close();
  }, 60_000);
});
