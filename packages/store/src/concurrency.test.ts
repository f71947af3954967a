import { RevisionConflict } from '@hutong/domain';
import { expect, it } from 'vitest';
import type { Store } from './store';
import { actor } from './test-support/fixture';
import { describeStores } from './test-support/stores';

const EDITORS = 20;

/** Each editor records its own actor, then amends it again and again, each edit based on the last. */
async function edit(writers: Store[], perEditor: number): Promise<void> {
  await Promise.all(
    Array.from({ length: EDITORS }, async (_, e) => {
      const store = writers[e % writers.length]!;
      const id = `editor-${e}`;
      let base: number | null = null;
      for (let i = 0; i < perEditor; i++) {
        const [rev] = await store.append([
          {
            entity: 'actor',
            id,
            action: i === 0 ? 'record' : 'amend',
            body: actor(id, { aliases: [String(i)] }),
            baseRevision: base,
            author: id,
            reason: `edit ${i}`,
            idempotencyKey: `${id}/${i}`,
          },
        ]);
        base = rev!.revision;
      }
    }),
  );
}

describeStores('concurrency', (h) => {
  const perEditor = 1_000;

  it(`loses and duplicates nothing: ${EDITORS} editors × ${perEditor} revisions`, async () => {
    const writers = [await h.open(), await h.open()];
    const reader = await h.open();
    const delivered: number[] = [];
    reader.subscribe((rev) => delivered.push(rev.revision));

    const started = performance.now();
    await edit(writers, perEditor);
    const ms = performance.now() - started;
    const total = EDITORS * perEditor;
    console.info(`${h.backend}: ${total} appends by ${EDITORS} editors in ${(ms / 1000).toFixed(1)} s`);

    const log = [];
    for (let after = 0; ; ) {
      const page = await reader.revisions({ after, limit: 10_000 });
      if (page.length === 0) break;
      log.push(...page);
      after = page.at(-1)!.revision;
    }
    // Every append landed once, with no gaps (nothing failed, so no sequence number was wasted).
    expect(log.map((r) => r.revision)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(new Set(log.map((r) => r.idempotencyKey)).size).toBe(total);
    // Each editor's chain is unbroken: every revision is based on that editor's previous one.
    for (let e = 0; e < EDITORS; e++) {
      const chain = log.filter((r) => r.id === `editor-${e}`);
      expect(chain.map((r) => r.reason)).toEqual(Array.from({ length: perEditor }, (_, i) => `edit ${i}`));
      expect(chain.map((r) => r.baseRevision)).toEqual([null, ...chain.slice(0, -1).map((r) => r.revision)]);
    }
    const ledger = await reader.ledger();
    expect(ledger.actors.map((a) => a.aliases)).toEqual(
      Array.from({ length: EDITORS }, () => [String(perEditor - 1)]),
    );
    // The subscriber on a third store saw every revision, in order, once.
    await expect.poll(() => delivered.length, { timeout: 30_000 }).toBe(total);
    expect(delivered).toEqual(log.map((r) => r.revision));
  }, 600_000); // appends serialise on one lock, so this is bound by the disk's commit latency

  it('lets exactly one of 20 editors racing on the same base win', async () => {
    const [a, b] = [await h.open(), await h.open()];
    const [base] = await a.append([
      {
        entity: 'actor',
        id: 'contested',
        action: 'record',
        body: actor('contested'),
        author: 'x',
        reason: 'spec',
      },
    ]);
    const results = await Promise.allSettled(
      Array.from({ length: EDITORS }, (_, e) =>
        (e % 2 ? a : b).append([
          {
            entity: 'actor',
            id: 'contested',
            action: 'amend',
            body: actor('contested', { aliases: [`by ${e}`] }),
            baseRevision: base!.revision,
            author: `editor-${e}`,
            reason: 'race',
          },
        ]),
      ),
    );
    const won = results.flatMap((r) => (r.status === 'fulfilled' ? r.value : []));
    const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(EDITORS - 1);
    for (const err of lost) expect(err).toEqual(expect.objectContaining({ current: won[0]!.revision }));
    expect(lost.every((err) => err instanceof RevisionConflict)).toBe(true);
  });
});
