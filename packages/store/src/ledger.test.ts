import { expect, it } from 'vitest';
import { actor, event, smallLedger } from './test-support/fixture';
import { describeStores } from './test-support/stores';

const by = { author: 'curator', reason: 'spec' } as const;

/** A clock the spec moves by hand. */
function clock(start: string) {
  let at = new Date(start);
  return { now: () => at, set: (iso: string) => (at = new Date(iso)) };
}

describeStores('ledger', (h) => {
  it('equals the seed it was seeded with, in the seed’s order', async () => {
    const seed = smallLedger();
    const store = await h.open({ seed });
    expect(await store.ledger()).toEqual(seed);
    const revisions = await store.revisions();
    expect(revisions).toHaveLength(10);
    expect(
      revisions.every((r) => r.author === 'seed' && r.reason === 'initial seed' && r.action === 'record'),
    ).toBe(true);
    expect(await store.snapshot()).toEqual({ ledger: seed, head: 10 });
  });

  it('reads the ledger as it was recorded at an earlier instant', async () => {
    const t = clock('2024-01-01T00:00:00Z');
    const seed = smallLedger();
    const store = await h.open({ seed, now: t.now });
    t.set('2024-02-01T00:00:00Z');
    const [rev] = await store.revisions({ entity: 'actor', id: 'taobao' });
    await store.append([
      {
        entity: 'actor',
        id: 'taobao',
        action: 'amend',
        body: actor('taobao', { aliases: ['tb'] }),
        baseRevision: rev!.revision,
        ...by,
      },
      { entity: 'event', id: '2021-11-01-taobao-opens', action: 'retract', ...by },
    ]);
    t.set('2024-03-01T00:00:00Z');
    await store.append([
      {
        entity: 'event',
        id: 'late',
        action: 'record',
        body: event('late', 'wechat', 'alibaba', '2022-01-01'),
        ...by,
      },
    ]);

    expect(await store.ledger({ recordedAt: '2024-01-15T00:00:00Z' })).toEqual(seed);
    expect(await store.ledger({ recordedAt: '2023-12-31T23:59:59Z' })).toEqual({
      actors: [],
      sources: [],
      events: [],
      regulations: [],
      figures: [],
    });
    const february = await store.snapshot({ recordedAt: '2024-02-01T00:00:00+00:00' });
    expect(february.head).toBe(12);
    expect(february.ledger.actors.find((a) => a.id === 'taobao')?.aliases).toEqual(['tb']);
    expect(february.ledger.events.map((e) => e.id)).toEqual(['2021-09-17-wechat-opens']);
    expect((await store.ledger()).events.map((e) => e.id)).toEqual(['2021-09-17-wechat-opens', 'late']);
    await expect(store.ledger({ recordedAt: 'last tuesday' })).rejects.toMatchObject({ field: 'recordedAt' });
  });

  it('never stamps a revision earlier than the one before it', async () => {
    const t = clock('2024-05-01T00:00:00Z');
    const store = await h.open({ now: t.now });
    await store.append([{ entity: 'actor', id: 'a', action: 'record', body: actor('a'), ...by }]);
    t.set('2024-04-01T00:00:00Z'); // a clock that went back (or another process's slower one)
    await store.append([{ entity: 'actor', id: 'b', action: 'record', body: actor('b'), ...by }]);
    expect((await store.revisions()).map((r) => r.recordedAt)).toEqual([
      '2024-05-01T00:00:00.000Z',
      '2024-05-01T00:00:00.000Z',
    ]);
  });
});
