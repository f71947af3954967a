import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Revision } from '@hutong/domain';
import { expect, it, vi } from 'vitest';
import { actor } from './test-support/fixture';
import { describeStores } from './test-support/stores';

const by = { author: 'curator', reason: 'spec' } as const;
const record = (id: string) => ({ entity: 'actor', id, action: 'record', body: actor(id), ...by }) as const;

describeStores('subscribe', (h) => {
  it('delivers this store’s appends in order, once each, until unsubscribed', async () => {
    const store = await h.open();
    await store.append([record('before')]);
    const seen: number[] = [];
    const stop = store.subscribe((rev) => seen.push(rev.revision));
    await store.append([record('a'), record('b')]);
    await store.append([record('c')]);
    await vi.waitFor(() => expect(seen).toEqual([2, 3, 4]), { timeout: 1_000 });
    stop();
    await store.append([record('after')]);
    await new Promise((r) => setTimeout(r, 100));
    expect(seen).toEqual([2, 3, 4]);
  });

  it('reaches another store on the same database within a second', async () => {
    const [writer, reader] = [await h.open(), await h.open()];
    const seen: Revision[] = [];
    reader.subscribe((rev) => seen.push(rev));
    const started = performance.now();
    const [landed] = await writer.append([record('remote')]);
    await vi.waitFor(() => expect(seen).toEqual([landed]), { timeout: 1_000, interval: 5 });
    console.info(
      `${h.backend}: another store saw the append after ${(performance.now() - started).toFixed(0)} ms`,
    );
  });

  it('keeps delivering to the others when one subscriber throws', async () => {
    const store = await h.open();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    store.subscribe(() => {
      throw new Error('boom');
    });
    const seen: string[] = [];
    store.subscribe((rev) => seen.push(rev.id));
    await store.append([record('x')]);
    await store.append([record('y')]);
    await vi.waitFor(() => expect(seen).toEqual(['x', 'y']), { timeout: 1_000 });
    expect(error).toHaveBeenCalledWith('hutong store: a revision subscriber threw', expect.any(Error));
    error.mockRestore();
  });

  // Only a server has connections to drop and other processes to share with.
  if (h.backend === 'postgres')
    it('catches up after its listening connection drops', async () => {
      const [writer, reader] = [await h.open(), await h.open()];
      const seen: string[] = [];
      reader.subscribe((rev) => seen.push(rev.id));
      const db = await h.db();
      await db.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE application_name = 'hutong-store-listen' AND datname = current_database()`,
      );
      // Appended while nobody listens: no notification will ever carry it; the reconnect catches up.
      await writer.append([record('while-away')]);
      await vi.waitFor(() => expect(seen).toEqual(['while-away']), { timeout: 5_000 });
      await writer.append([record('after')]);
      await vi.waitFor(() => expect(seen).toEqual(['while-away', 'after']), { timeout: 1_000 });
    });

  if (h.backend === 'postgres')
    it('reaches a store in another process within a second', async () => {
      const store = await h.open();
      const seen: { revision: number; at: number }[] = [];
      store.subscribe((rev) => seen.push({ revision: rev.revision, at: Date.now() }));
      const script = new URL('./test-support/append-in-child.ts', import.meta.url).pathname;
      const url = 'databaseUrl' in h.target ? h.target.databaseUrl : '';
      const child = await promisify(execFile)(process.execPath, [
        '--import',
        'tsx',
        script,
        url,
        h.schema,
        'child',
      ]);
      const { revision, committedAt } = JSON.parse(child.stdout) as { revision: number; committedAt: number };
      await vi.waitFor(() => expect(seen.map((s) => s.revision)).toEqual([revision]), { timeout: 1_000 });
      // Both clocks are this machine's wall clock; the revision often arrives before the child's append returns.
      expect(seen[0]!.at - committedAt).toBeLessThan(1_000);
    });
});
