import type { Ledger } from '@hutong/domain';
import { expect, it } from 'vitest';
import { actor, event, largeLedger, smallLedger } from './test-support/fixture';
import { describeStores } from './test-support/stores';

const by = { author: 'curator', reason: 'fixing a name' } as const;

describeStores('seed', (h) => {
  it('seeds 60 actors and 60 events well under a second', async () => {
    await (await h.open()).close(); // migrations out of the way: time the seed alone
    // A first, small seed elsewhere warms the JIT and the query plans, as a running server would be.
    await h.open({ schema: `${h.schema}_warm`, seed: smallLedger() });
    const seed = largeLedger(60);
    const started = performance.now();
    const store = await h.open({ seed });
    const ms = performance.now() - started;
    expect(await store.head()).toBe(121);
    expect(await store.ledger()).toEqual(seed);
    console.info(`${h.backend}: opened and seeded 121 entities in ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(1_000);
  });

  it('follows a changed seed without overwriting a curator’s edit', async () => {
    const v1 = smallLedger();
    const first = await h.open({ seed: v1 });
    const [taobao] = await first.revisions({ entity: 'actor', id: 'taobao' });
    const [miit] = await first.revisions({ entity: 'actor', id: 'miit' });
    const [rule] = await first.revisions({ entity: 'regulation', id: 'miit-2021-links' });
    // A curator renames Taobao and retracts MIIT through the API — with MIIT's regulation, which
    // cites it (a retraction of an entity still cited is refused).
    await first.append([
      {
        entity: 'actor',
        id: 'taobao',
        action: 'amend',
        body: actor('taobao', {
          owner: 'alibaba',
          hosts: ['taobao.com'],
          name: { zh: '淘宝', en: 'Taobao' },
        }),
        baseRevision: taobao!.revision,
        ...by,
      },
      { entity: 'regulation', id: 'miit-2021-links', action: 'retract', baseRevision: rule!.revision, ...by },
      { entity: 'actor', id: 'miit', action: 'retract', baseRevision: miit!.revision, ...by },
    ]);
    await first.close();

    // The seed changes: WeChat gains an alias, an event is added, a figure and a regulation are dropped;
    // Taobao's and MIIT's seed versions are untouched, so the curator's edits stand (the regulation the
    // curator retracted already is not retracted again).
    const v2: Ledger = {
      ...v1,
      actors: v1.actors.map((a) => (a.id === 'wechat' ? { ...a, aliases: ['微信'] } : a)),
      events: [
        ...v1.events,
        {
          ...event('2022-01-01-new', 'wechat', 'alibaba', '2022-01-01'),
          changes: [],
          sources: v1.events[0]!.sources,
        } as Ledger['events'][number],
      ],
      figures: [],
      regulations: [],
    };
    const head = (await h.open()).head();
    const second = await h.open({ seed: v2 });
    const appended = await second.revisions({ after: await head });
    expect(appended.map((r) => [r.action, r.entity, r.id, r.reason])).toEqual([
      ['amend', 'actor', 'wechat', 'changed in the seed'],
      ['record', 'event', '2022-01-01-new', 'added to the seed'],
      ['retract', 'figure', 'wechat-mau-2021', 'removed from the seed'],
    ]);
    const ledger = await second.ledger();
    expect(ledger.actors.find((a) => a.id === 'taobao')?.name.en).toBe('Taobao');
    expect(ledger.actors.map((a) => a.id)).not.toContain('miit');
    expect(ledger.actors.find((a) => a.id === 'wechat')?.aliases).toEqual(['微信']);

    // Once the seed's own version of Taobao changes, the seed wins for Taobao.
    const v3: Ledger = {
      ...v2,
      actors: v2.actors.map((a) => (a.id === 'taobao' ? { ...a, aliases: ['tb'] } : a)),
    };
    const third = await h.open({ seed: v3 });
    expect((await third.ledger()).actors.find((a) => a.id === 'taobao')).toEqual(
      v3.actors.find((a) => a.id === 'taobao'),
    );
    // And the same seed again appends nothing.
    const settled = await third.head();
    await h.open({ seed: v3 });
    expect(await third.head()).toBe(settled);
  });

  it('seeds once when several processes start together', async () => {
    const seed = smallLedger();
    const stores = await Promise.all([h.open({ seed }), h.open({ seed }), h.open({ seed })]);
    expect(await stores[0]!.head()).toBe(10);
  });
});
