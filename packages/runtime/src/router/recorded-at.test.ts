import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clock, editor, failure, type Harness, openHarness, opening } from '../test-support/harness';

// The seed is recorded on 2024-01-01 (WeChat blocks Alibaba); on 2024-03-01 the ledger learns that
// WeChat opened to Taobao on 2021-11-29.
let h: Harness;
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
}, 60_000);
afterAll(() => h?.close());

const q = { host: 'wechat', surface: 'private-chat', capability: 'link.open', target: 'taobao' } as const;
const before = '2024-02-01T00:00:00Z';

describe('"as recorded at R" beside "as of D"', () => {
  it('answers a decision as hutong would have on day R, and as it does now', async () => {
    const anon = h.as(null);
    expect((await anon.decisions.decide({ ...q, at: '2022-01-01' })).status).toBe('open');
    expect((await anon.decisions.decide({ ...q, at: '2022-01-01', recordedAt: before })).status).toBe(
      'blocked',
    );
    // Both together: the world before the opening, as recorded now.
    expect(
      (await anon.decisions.decide({ ...q, at: '2021-01-01', recordedAt: '2024-04-01T08:00:00+08:00' }))
        .status,
    ).toBe('blocked');
  });

  it('applies R to decideMany, ledger.asOf, events.list and the analyses', async () => {
    const anon = h.as(null);
    const many = await anon.decisions.decideMany({
      questions: [{ ...q, at: '2022-01-01' }],
      recordedAt: before,
    });
    expect(many[0]).toMatchObject({ ok: true, decision: { status: 'blocked' } });
    const ids = async (recordedAt?: string) =>
      (await anon.events.list({ recordedAt })).items.map((e) => e.event.id);
    expect(await ids(before)).toEqual(['block']);
    expect(await ids()).toEqual(['block', 'wechat-opens']);
    const opensTaobao = (states: { rule: { target: string; status: string } }[]) =>
      states.some((s) => s.rule.target === 'taobao' && s.rule.status === 'open');
    expect(opensTaobao(await anon.ledger.asOf({ at: '2022-01-01', recordedAt: before }))).toBe(false);
    expect(opensTaobao(await anon.ledger.asOf({ at: '2022-01-01' }))).toBe(true);
    const changed = await anon.analysis.diff({ from: '2021-01-01', to: '2022-01-01', recordedAt: before });
    expect(changed).not.toEqual(await anon.analysis.diff({ from: '2021-01-01', to: '2022-01-01' }));
    const open = await anon.analysis.openness({
      host: 'wechat',
      target: 'taobao',
      from: '2021-12-01',
      to: '2021-12-31',
      recordedAt: before,
    });
    expect(open).not.toEqual(
      await anon.analysis.openness({
        host: 'wechat',
        target: 'taobao',
        from: '2021-12-01',
        to: '2021-12-31',
      }),
    );
    // This ledger holds no regulation: the point is that compliance takes R like the rest.
    expect(await anon.analysis.compliance({ at: '2022-01-01', recordedAt: before })).toEqual([]);
  });

  it('knows nothing before the first revision was recorded', async () => {
    const err = await failure(
      h.as(null).decisions.decide({ ...q, at: '2022-01-01', recordedAt: '2020-01-01T00:00:00Z' }),
    );
    expect(err.code).toBe('NOT_FOUND');
  });

  it('sees an edit recorded after a cached R was folded, when R is later than the edit', async () => {
    const later = '2030-01-01T00:00:00Z';
    expect((await h.as(null).events.list({ recordedAt: later })).total).toBe(2);
    clock.now = new Date('2024-05-01T00:00:00Z');
    await h.as(editor).edits.append({
      edits: [{ entity: 'event', id: 'wechat-opens', action: 'retract', author: 'ed', reason: 'wrong' }],
    });
    expect((await h.as(null).events.list({ recordedAt: later })).total).toBe(1);
    expect((await h.as(null).events.list({ recordedAt: before })).total).toBe(1);
  });

  it('refuses an R without an offset as a bad request', async () => {
    const err = await failure(
      h.as(null).ledger.asOf({ at: '2022-01-01', recordedAt: '2024-02-01T00:00:00' }),
    );
    expect(err.code).toBe('BAD_REQUEST');
  });
});
