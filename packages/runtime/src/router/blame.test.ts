import { crossingId, decide, foldLedger, history, PART, parentsOf, recordedCrossings } from '@hutong/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clock, editor, type Harness, openHarness, opening } from '../test-support/harness';

// The seed (2024-01-01) has WeChat blocking Alibaba from 2013. On 2024-03-01 the ledger learns that
// WeChat opened private chats to Taobao on 2021-11-29; on 2024-04-01 an editor amends the date to 2022-03-01.
let h: Harness;
let amendRevision = 0;
beforeAll(async () => {
  h = await openHarness();
  clock.now = new Date('2024-03-01T00:00:00Z');
  await h.as(editor).edits.append({
    edits: [
      {
        entity: 'event',
        id: 'wechat-opens',
        action: 'record',
        body: opening('wechat-opens', 'wechat', 'taobao', '2021-11-29'),
        author: 'ed',
        reason: 'learned late',
      },
    ],
  });
  clock.now = new Date('2024-04-01T00:00:00Z');
  const [amend] = await h.as(editor).edits.append({
    edits: [
      {
        entity: 'event',
        id: 'wechat-opens',
        action: 'amend',
        body: opening('wechat-opens', 'wechat', 'taobao', '2022-03-01'),
        author: 'ed',
        reason: 'the article dates the opening to March 2022',
      },
    ],
  });
  amendRevision = amend!.revision;
}, 60_000);
afterAll(() => h?.close());

const q = { host: 'wechat', surface: 'private-chat', capability: 'link.open', target: 'taobao' } as const;

describe('blame: the history of an answer across revisions', () => {
  it('lists the amend that changed an affected answer, with who, why, its source and before → after', async () => {
    const blame = await h.as(null).blame.answer({ ...q, at: '2022-01-01' });
    expect(blame.changes.map((c) => [c.id, c.action, c.before.status, c.after.status])).toEqual([
      ['block', 'record', 'unknown', 'blocked'],
      ['wechat-opens', 'record', 'blocked', 'open'],
      ['wechat-opens', 'amend', 'open', 'blocked'],
    ]);
    expect(blame.changes.at(-1)).toMatchObject({
      revision: amendRevision,
      recordedAt: '2024-04-01T00:00:00.000Z',
      author: 'ed',
      reason: 'the article dates the opening to March 2022',
      entity: 'event',
      sources: ['spec-source'],
      before: { status: 'open', basis: 'direct', event: 'wechat-opens' },
      after: { status: 'blocked', basis: 'inherited', event: 'block' },
    });
  });

  it('leaves out revisions that did not change the answer, and honours the recorded span', async () => {
    const later = await h.as(null).blame.answer({ ...q, at: '2023-01-01' });
    expect(later.changes.map((c) => c.id)).toEqual(['block', 'wechat-opens']);
    const span = await h.as(null).blame.answer({ ...q, at: '2022-01-01', from: '2024-03-15T00:00:00Z' });
    expect(span.walked).toBe(1);
    expect(span.changes.map((c) => c.revision)).toEqual([amendRevision]);
  });

  it('lists, between two instants, exactly the recorded keys and broad parents whose answers differ on their steps', async () => {
    const from = '2024-03-15T00:00:00Z';
    const to = '2024-04-15T00:00:00Z';
    const changes = await h.as(null).blame.changes({ from, to });
    expect(changes.revisions.map((r) => r.revision)).toEqual([amendRevision]);
    const own = changes.keys.find(
      (k) => k.host === 'wechat' && k.surface === 'private-chat' && k.target === 'taobao',
    );
    expect(own).toMatchObject({ kind: 'recorded', revisions: [amendRevision] });
    expect(own!.dates[0]).toEqual({
      date: '2021-11-29',
      before: { status: 'open', basis: 'direct', event: 'wechat-opens' },
      after: { status: 'blocked', basis: 'inherited', event: 'block' },
    });
    // The oracle: every recorded key and broad parent, decided on every day either history steps.
    const before = foldLedger(await h.store.ledger({ recordedAt: from }));
    const after = foldLedger(await h.store.ledger({ recordedAt: to }));
    const keys = new Map<string, { k: (typeof changes.keys)[number]; part: boolean }>();
    for (const index of [before, after])
      for (const k of recordedCrossings(index).all) {
        keys.set(JSON.stringify(k), { k: { ...k, kind: 'recorded', dates: [], revisions: [] }, part: true });
        for (const p of parentsOf(after, k))
          if (!keys.has(JSON.stringify(p)))
            keys.set(JSON.stringify(p), {
              k: { ...p, kind: 'parent', dates: [], revisions: [] },
              part: false,
            });
      }
    const differing = [...keys.values()]
      .filter(({ k, part }) => {
        const days = [before, after].flatMap((i) =>
          history(i, k, { ownSurface: part }).segments.map((s) => s.from),
        );
        return days.some((at) => {
          if (!at) return false;
          const ask = { host: k.host, surface: k.surface, capability: k.capability, target: k.target, at };
          const [b, a] = [before, after].map((i) => (part ? decide(i, ask, PART) : decide(i, ask)));
          return b!.status !== a!.status || b!.basis !== a!.basis || b!.rule?.event !== a!.rule?.event;
        });
      })
      .map(({ k }) => `${crossingId(k)}`)
      .sort();
    expect(changes.keys.map((k) => `${crossingId(k)}`).sort()).toEqual(differing);
    expect(differing.length).toBeGreaterThan(1);
  });
});
