import type { Ledger } from '@hutong/domain';
import { followStore, LedgerView } from '@hutong/runtime/read-model';
import { openStore } from '@hutong/store';
import { withDatabase } from './bench-servers';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * An acknowledged edit on a large ledger, as the edit procedure runs it: append to PostgreSQL, then
 * wait until the served view reflects the revision (the follower applies it to the folded index).
 * Also times one refold of the same ledger, what each edit used to cost.
 */
export async function benchAppend(ledger: Ledger, edits = 15) {
  return withDatabase(`hutong_bench_append_${process.pid}`, async (databaseUrl) => {
    let t = performance.now();
    const store = await openStore({ databaseUrl, seed: ledger });
    const seedMs = performance.now() - t;
    try {
      const { ledger: first, head } = await store.snapshot();
      const view = new LedgerView(first, head);
      t = performance.now();
      view.replace(first, head);
      const refoldMs = performance.now() - t;
      const follower = followStore(store, view);
      const times: number[] = [];
      for (let i = 0; i < edits; i++) {
        const e = first.events[(i * 7919) % first.events.length]!;
        const body = { ...e, title: { ...e.title, en: `${e.title.en} (${i})` }, changes: e.changes.slice(1) };
        t = performance.now();
        const [landed] = await store.append([
          { entity: 'event', id: e.id, action: 'amend', body, author: 'bench', reason: 'bench' },
        ]);
        await follower.catchUp(landed!.revision);
        times.push(performance.now() - t);
      }
      await follower.stop();
      const entities = first.actors.length + first.events.length + first.sources.length;
      return {
        entities,
        p50: Number(median(times).toFixed(1)),
        max: Number(Math.max(...times).toFixed(1)),
        refoldMs: Math.round(refoldMs),
        seedMs: Math.round(seedMs),
      };
    } finally {
      await store.close();
    }
  });
}
