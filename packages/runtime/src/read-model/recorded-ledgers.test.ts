import type { LedgerQuery } from '@hutong/domain';
import type { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clock, editor, type Harness, openHarness, opening } from '../test-support/harness';
import { estimatedBytes, RecordedLedgers } from './recorded-ledgers';

// Three revisions of interest: the seed's head (recorded at SEEDED_AT), then one edit on 2024-03-01
// and one on 2024-04-01.
let h: Harness;
let seedHead = 0;
beforeAll(async () => {
  h = await openHarness();
  seedHead = await h.store.head();
  for (const [id, at] of [
    ['opens-1', '2024-03-01T00:00:00Z'],
    ['opens-2', '2024-04-01T00:00:00Z'],
  ] as const) {
    clock.now = new Date(at);
    await h.as(editor).edits.append({
      edits: [
        {
          entity: 'event',
          id,
          action: 'record',
          body: opening(id, 'wechat', 'taobao', '2022-01-01'),
          author: 'ed',
          reason: 'r',
        },
      ],
    });
  }
}, 60_000);
afterAll(() => h?.close());

/** The real store, counting the folds asked of it. */
function counted() {
  const folds: (number | undefined)[] = [];
  return {
    folds,
    store: {
      revisionAt: (r: string) => h.store.revisionAt(r),
      snapshot: (q?: LedgerQuery) => {
        folds.push(q?.revision);
        return h.store.snapshot(q);
      },
    },
  };
}

describe('RecordedLedgers', () => {
  it('maps instants to the revision in force, and folds each revision once', async () => {
    const { store, folds } = counted();
    const recorded = new RecordedLedgers(store);
    const instants = Array.from({ length: 40 }, (_, i) =>
      new Date(Date.UTC(2024, 2, 10, 0, 0, 0, i)).toISOString(),
    );
    const views = await Promise.all(instants.map((r) => recorded.at(r)));
    expect(new Set(views).size).toBe(1);
    expect(views[0]!.revision).toBe(seedHead + 1);
    expect(folds).toEqual([seedHead + 1]);
    expect((await recorded.at('2024-02-01T00:00:00Z')).revision).toBe(seedHead);
    expect((await recorded.at('2024-03-20T08:00:00+08:00')).revision).toBe(seedHead + 1);
    expect(folds).toEqual([seedHead + 1, seedHead]);
  });

  it('answers an instant at the live revision from the live ledger, with no fold', async () => {
    const { store, folds } = counted();
    const recorded = new RecordedLedgers(store, {}, h.ledger);
    expect(h.ledger.revision).toBe(await h.store.head()); // the appends refolded the live view
    const live = await recorded.at('2099-01-01T00:00:00Z');
    expect(live.index).toBe(h.ledger.index);
    expect(folds).toEqual([]);
  });

  it('refuses with 503 a fold past the queue, while the ones queued still land', async () => {
    const { store } = counted();
    const recorded = new RecordedLedgers(store, { maxFolds: 1 });
    const results = await Promise.allSettled([
      recorded.at('2024-02-01T00:00:00Z'),
      recorded.at('2024-03-15T00:00:00Z'),
      recorded.at('2024-04-15T00:00:00Z'),
    ]);
    const refused = results.filter((r) => r.status === 'rejected');
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) expect((r.reason as TRPCError).code).toBe('SERVICE_UNAVAILABLE');
    expect(results.some((r) => r.status === 'fulfilled')).toBe(true);
  });

  it('keeps the cache within its byte budget, dropping the least recently used', async () => {
    const { store } = counted();
    const one = estimatedBytes((await h.store.snapshot()).ledger);
    const recorded = new RecordedLedgers(store, { maxBytes: Math.floor(one * 1.5) });
    for (const r of ['2024-02-01T00:00:00Z', '2024-03-15T00:00:00Z', '2024-04-15T00:00:00Z'])
      await recorded.at(r);
    expect(recorded.stats.cached).toBe(1);
    expect(recorded.stats.bytes).toBeLessThanOrEqual(one * 1.5);
  });
});
