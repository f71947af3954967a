import { describe, expect, it } from 'vitest';
import type { Question } from '../../schema';
import { rule, type SpecEvent, specLedger } from '../../testing/ledger-fixture';
import { foldLedger } from '../fold/fold';
import { decide } from './decide';

const ask = (over: Partial<Question> = {}): Question => ({
  host: 'wechat',
  surface: 'private-chat',
  capability: 'link.open',
  target: 'taobao',
  at: '2021-12-01',
  ...over,
});

/** given(past events).when(question) → the decision. */
const given = (events: SpecEvent[]) => {
  const index = foldLedger(specLedger(events));
  return { when: (q: Partial<Question> = {}) => decide(index, ask(q)) };
};

describe('decide: time before breadth', () => {
  it('a later company-wide rule supersedes an earlier platform rule, and says it is inherited', () => {
    const d = given([
      { id: 'platform', date: '2013-07-01', changes: [rule('wechat', 'private-chat', 'taobao', 'blocked')] },
      { id: 'company', date: '2020-01-01', changes: [rule('wechat', '*', 'alibaba', 'open')] },
    ]).when();
    expect(d.method).toBe('hutong-decide/4');
    expect(d.status).toBe('open');
    expect(d.basis).toBe('inherited');
    expect(d.inheritedFrom).toEqual({ surface: '*', target: 'alibaba' });
    expect(d.beaten.map((b) => [b.rule.event, b.reason])).toEqual([['platform', 'superseded']]);
  });

  it('on the same day the more specific rule wins: an event records its exception', () => {
    const d = given([
      {
        id: 'opening',
        date: '2021-11-29',
        changes: [
          rule('wechat', 'private-chat', '*', 'open'),
          rule('wechat', 'private-chat', 'taobao', 'blocked'),
        ],
      },
    ]);
    expect(d.when().status).toBe('blocked');
    expect(d.when().basis).toBe('direct');
    expect(d.when().beaten.map((b) => b.reason)).toEqual(['less-specific']);
    expect(d.when({ target: 'tmall' }).status).toBe('open');
  });

  it('a later narrower rule beats an earlier broader one on what it names only', () => {
    const g = given([
      { date: '2013-07-01', changes: [rule('wechat', '*', 'taobao', 'blocked')] },
      { id: 'private', date: '2021-09-17', changes: [rule('wechat', 'private-chat', 'taobao', 'friction')] },
    ]);
    expect(g.when().status).toBe('friction');
    expect(g.when({ surface: 'group-chat' })).toMatchObject({
      status: 'blocked',
      basis: 'inherited',
      inheritedFrom: { surface: '*' },
    });
  });

  it('a trial on one surface does not outlive a later opening for every link on it', () => {
    const g = given([
      { date: '2021-11-29', changes: [rule('wechat', 'group-chat', 'taobao', 'partial')] },
      { id: 'all', date: '2022-05-01', changes: [rule('wechat', 'group-chat', '*', 'open')] },
    ]);
    expect(g.when({ surface: 'group-chat', at: '2022-06-01' }).status).toBe('open');
  });

  it('a rule does not apply before its date', () => {
    const d = given([
      { date: '2021-11-29', changes: [rule('wechat', 'private-chat', 'taobao', 'open')] },
    ]).when({
      at: '2021-11-28',
    });
    expect(d.status).toBe('unknown');
    expect(d.basis).toBe('none');
    expect(d.until).toEqual({ date: '2021-11-29', precision: 'day', status: 'open' });
  });
});

describe('decide: windows', () => {
  const g = given([
    { id: 'wall', date: '2013-07-01', changes: [rule('wechat', 'private-chat', 'taobao', 'blocked')] },
    {
      id: 'relative',
      date: '2023-05-01',
      precision: 'month',
      notBefore: '2023-05-01',
      notAfter: '2023-06-17',
      changes: [rule('wechat', 'private-chat', 'taobao', 'open')],
    },
  ]);

  it('before the window the earlier status holds, with no doubt', () => {
    const d = g.when({ at: '2023-02-01' });
    expect(d.status).toBe('blocked');
    expect(d.uncertain).toBeUndefined();
  });

  it('inside the window the earlier status holds and the answer says the change may have happened', () => {
    const d = g.when({ at: '2023-06-01' });
    expect(d.status).toBe('blocked');
    expect(d.uncertain).toMatchObject({
      from: '2023-05-01',
      to: '2023-06-17',
      before: 'blocked',
      after: 'open',
    });
    expect(d.uncertain?.rule.event).toBe('relative');
  });

  it('from the window’s last day on the change holds', () => {
    expect(g.when({ at: '2023-06-17' }).status).toBe('open');
    expect(g.when({ at: '2023-06-17' }).uncertain).toBeUndefined();
  });

  it('a month-precision change is uncertain for its month', () => {
    const m = given([
      { date: '2021-09-01', precision: 'month', changes: [rule('wechat', 'private-chat', 'taobao', 'open')] },
    ]);
    expect(m.when({ at: '2021-09-10' })).toMatchObject({ status: 'unknown', uncertain: { after: 'open' } });
    expect(m.when({ at: '2021-10-01' }).status).toBe('open');
  });
});

describe('decide: standing facts, partial rollouts, companies', () => {
  it('a standing observation holds back to the crossing’s last change, as inferred', () => {
    const g = given([
      {
        id: 'opened',
        date: '2015-01-01',
        changes: [rule('jd', 'checkout', 'alipay', 'open', 'payment.accept')],
      },
      {
        id: 'never',
        date: '2021-11-29',
        speaksOf: '2000-01-01',
        changes: [{ ...rule('jd', 'checkout', 'alipay', 'blocked', 'payment.accept'), standing: true }],
      },
    ]);
    const q = { host: 'jd', surface: 'checkout', capability: 'payment.accept', target: 'alipay' } as const;
    expect(g.when({ ...q, at: '2014-01-01' }).status).toBe('unknown');
    expect(g.when({ ...q, at: '2015-01-01' }).status).toBe('open');
    expect(g.when({ ...q, at: '2016-01-01' })).toMatchObject({ status: 'blocked', basis: 'inferred' });
    expect(g.when({ ...q, at: '2021-12-01' })).toMatchObject({ status: 'blocked', basis: 'direct' });
  });

  it('a standing observation repeating the last change confirms it: the change stays the direct rule, its window uncertain', () => {
    const g = given([
      {
        id: 'closed',
        date: '2015-01-01',
        changes: [rule('jd', 'checkout', 'alipay', 'blocked', 'payment.accept')],
      },
      {
        id: 'some',
        date: '2024-02-01',
        precision: 'month',
        changes: [{ ...rule('jd', 'checkout', 'alipay', 'partial', 'payment.accept'), coverage: 'some' }],
      },
      {
        id: 'still',
        date: '2024-09-03',
        changes: [
          {
            ...rule('jd', 'checkout', 'alipay', 'partial', 'payment.accept'),
            coverage: 'some',
            standing: true,
          },
        ],
      },
    ]);
    const q = { host: 'jd', surface: 'checkout', capability: 'payment.accept', target: 'alipay' } as const;
    expect(g.when({ ...q, at: '2024-02-10' })).toMatchObject({
      status: 'blocked',
      uncertain: { from: '2024-02-01', to: '2024-02-29', after: 'partial' },
    });
    const march = g.when({ ...q, at: '2024-03-01' });
    expect(march).toMatchObject({ status: 'partial', basis: 'direct' });
    expect(march.rule?.event).toBe('some');
  });

  it('with nothing before it, a standing observation holds back as far as its sentence speaks; a stated start bounds it', () => {
    const never = { ...rule('jd', 'checkout', 'alipay', 'blocked', 'payment.accept'), standing: true };
    const q = {
      host: 'jd',
      surface: 'checkout',
      capability: 'payment.accept',
      target: 'alipay',
      at: '2010-01-01',
    } as const;
    expect(given([{ date: '2021-11-29', speaksOf: '1990-01-01', changes: [never] }]).when(q)).toMatchObject({
      status: 'blocked',
      basis: 'inferred',
      since: { date: '1990-01-01' },
    });
    // "Already" is not "always": a quote that speaks only of its article's date (2021-01-01) infers
    // nothing before it.
    const already = given([{ date: '2021-11-29', changes: [never] }]);
    expect(already.when(q).status).toBe('unknown');
    expect(already.when({ ...q, at: '2021-06-01' })).toMatchObject({ status: 'blocked', basis: 'inferred' });
    const bounded = given([
      { date: '2021-11-29', speaksOf: '1990-01-01', changes: [{ ...never, standingSince: '2014-01-01' }] },
    ]);
    expect(bounded.when(q).status).toBe('unknown');
    expect(bounded.when({ ...q, at: '2014-06-01' }).status).toBe('blocked');
  });

  it('a standing observation holds back no further than a later change on a crossing covering the question', () => {
    const g = given([
      {
        id: 'trial',
        date: '2021-11-29',
        changes: [{ ...rule('wechat', 'group-chat', '*', 'partial', 'link.open'), coverage: 'trial' }],
      },
      {
        id: 'already',
        date: '2022-06-18',
        speaksOf: '1990-01-01',
        changes: [{ ...rule('wechat', '*', 'jd', 'open', 'link.open'), standing: true }],
      },
    ]);
    const group = { host: 'wechat', surface: 'group-chat', capability: 'link.open', target: 'jd' } as const;
    // Before the group-chat trial nothing says how group chats treated JD links.
    expect(g.when({ ...group, at: '2014-01-01' }).status).toBe('unknown');
    expect(g.when({ ...group, at: '2021-10-15' }).status).toBe('unknown');
    expect(g.when({ ...group, at: '2021-12-15' }).status).toBe('partial');
    // The fact's own crossing has no such change: there it holds back as far as its quote speaks.
    expect(g.when({ ...group, surface: '*', at: '2014-01-01' })).toMatchObject({ basis: 'inferred' });
  });

  it('a partial rollout carries what everyone else still gets', () => {
    const d = given([
      {
        id: 'friction',
        date: '2021-09-01',
        changes: [
          {
            ...rule('taobao', 'checkout', 'wechat-pay', 'friction', 'payment.accept'),
            friction: ['qr-scan'],
          },
        ],
      },
      {
        id: 'some',
        date: '2024-02-01',
        changes: [
          { ...rule('taobao', 'checkout', 'wechat-pay', 'partial', 'payment.accept'), coverage: 'some' },
        ],
      },
    ]).when({
      host: 'taobao',
      surface: 'checkout',
      capability: 'payment.accept',
      target: 'wechat-pay',
      at: '2024-03-01',
    });
    expect(d.status).toBe('partial');
    expect(d.rest).toMatchObject({ status: 'friction', friction: ['qr-scan'], rule: { event: 'friction' } });
  });

  it('a company target answers for each platform it owns, and is mixed when they differ', () => {
    const d = given([
      { date: '2022-06-01', changes: [rule('wechat', 'moments', 'tmall', 'open', 'ads.place')] },
      { date: '2022-06-01', changes: [rule('wechat', 'moments', 'taobao', 'blocked', 'ads.place')] },
    ]).when({ surface: 'moments', capability: 'ads.place', target: 'alibaba', at: '2025-01-01' });
    expect(d.status).toBe('mixed');
    expect(d.byPlatform).toEqual([
      expect.objectContaining({ host: 'wechat', target: 'taobao', status: 'blocked', basis: 'direct' }),
      expect.objectContaining({ host: 'wechat', target: 'tmall', status: 'open', basis: 'direct' }),
    ]);
  });

  it('a company host answers for each platform it owns', () => {
    const d = given([
      { date: '2021-11-29', changes: [rule('wechat', 'private-chat', 'taobao', 'open')] },
      { date: '2021-11-29', changes: [rule('qq', 'private-chat', 'taobao', 'blocked')] },
    ]).when({ host: 'tencent', at: '2022-01-01' });
    expect(d.status).toBe('mixed');
    expect(d.byPlatform?.map((p) => [p.host, p.status])).toEqual(
      expect.arrayContaining([
        ['wechat', 'open'],
        ['qq', 'blocked'],
      ]),
    );
  });

  it('a company target whose platforms agree takes their status', () => {
    const d = given([
      {
        date: '2022-06-01',
        changes: [
          rule('wechat', 'moments', 'tmall', 'open', 'ads.place'),
          rule('wechat', 'moments', 'taobao', 'open', 'ads.place'),
        ],
      },
    ]).when({ surface: 'moments', capability: 'ads.place', target: 'alibaba', at: '2025-01-01' });
    expect(d.status).toBe('open');
    expect(d.evidence).toHaveLength(1);
  });
});

describe('decide: every surface (`*`) rolls up the surfaces the ledger names', () => {
  const walls: SpecEvent[] = [
    { id: 'wall', date: '2013-07-01', changes: [rule('wechat', '*', 'taobao', 'blocked')] },
    { id: 'private', date: '2021-09-17', changes: [rule('wechat', 'private-chat', 'taobao', 'open')] },
  ];

  it('is mixed once one named surface opens while the rest stay blocked, with each part', () => {
    const d = given(walls).when({ surface: '*', at: '2022-01-01' });
    expect(d.status).toBe('mixed');
    expect(d.rule?.event).toBe('wall');
    expect(d.byPlatform?.map((p) => [p.surface, p.status, p.basis])).toEqual([
      ['*', 'blocked', 'inherited'],
      ['private-chat', 'open', 'direct'],
    ]);
  });

  it('dates a mixed run by the change that began it, not by a rumor splitting another part that day', () => {
    const d = given([
      ...walls,
      {
        id: 'talk',
        date: '2021-09-17',
        confidence: 'rumor',
        changes: [rule('wechat', 'group-chat', 'taobao', 'open')],
      },
      { id: 'group', date: '2021-06-01', changes: [rule('wechat', 'group-chat', 'taobao', 'blocked')] },
    ]).when({ surface: '*', at: '2022-01-01' });
    expect(d.status).toBe('mixed');
    expect(d.since?.date).toBe('2021-09-17');
  });

  it('takes the shared status while the parts agree', () => {
    const d = given(walls).when({ surface: '*', at: '2020-01-01' });
    expect(d.status).toBe('blocked');
    expect(d.byPlatform?.every((p) => p.status === 'blocked')).toBe(true);
  });

  it('answers from a named surface when nothing is recorded for every surface', () => {
    const d = given([
      {
        id: 'mp',
        date: '2024-09-01',
        changes: [rule('wechat', 'mini-program', 'taobao', 'blocked', 'miniprogram.host')],
      },
    ]).when({ surface: '*', capability: 'miniprogram.host', at: '2024-09-10' });
    expect(d.status).toBe('blocked');
    expect(d.basis).toBe('direct');
    expect(d.evidence.map((e) => e.event.id)).toEqual(['mp']);
    expect(d.since?.date).toBe('2024-09-01');
  });

  it('leaves a single surface alone, and does not roll up when no surface is named', () => {
    expect(given(walls).when({ surface: 'group-chat', at: '2022-01-01' }).byPlatform).toBeUndefined();
    const only = given([walls[0]!]).when({ surface: '*', at: '2022-01-01' });
    expect(only.status).toBe('blocked');
    expect(only.byPlatform).toBeUndefined();
  });
});

describe('decide: rumors and unknowns', () => {
  it('a rumor changes nothing but is shown as pending', () => {
    const d = given([
      { id: 'block', date: '2013-07-01', changes: [rule('wechat', '*', 'taobao', 'blocked')] },
      {
        id: 'talks',
        date: '2025-09-16',
        confidence: 'rumor',
        changes: [rule('wechat', '*', 'taobao', 'open')],
      },
    ]).when({ at: '2025-10-01' });
    expect(d.status).toBe('blocked');
    expect(d.rumors.map((r) => r.event.id)).toEqual(['talks']);
    expect(d.until).toBeNull();
  });

  it('a rumor from before the deciding rule is no longer pending', () => {
    const d = given([
      {
        id: 'talks',
        date: '2021-08-01',
        confidence: 'rumor',
        changes: [rule('wechat', '*', 'taobao', 'open')],
      },
      { date: '2021-11-29', changes: [rule('wechat', '*', 'taobao', 'open')] },
    ]).when();
    expect(d.rumors).toEqual([]);
  });

  it('nothing recorded is unknown, never blocked, and points at the nearest records', () => {
    const d = given([
      { date: '2022-06-01', changes: [rule('wechat', 'moments', 'tmall', 'open', 'ads.place')] },
      { date: '2022-06-01', changes: [rule('wechat', 'group-chat', 'alibaba', 'open', 'ads.place')] },
    ]).when({ surface: 'moments', capability: 'ads.place', target: 'taobao', at: '2023-01-01' });
    expect(d.status).toBe('unknown');
    expect(d.rule).toBeNull();
    expect(d.evidence).toEqual([]);
    expect(d.nearby?.map((n) => [n.target, n.surface, n.relation, n.status])).toEqual([
      ['alibaba', 'group-chat', 'target-owner', 'open'],
      ['tmall', 'moments', 'sibling-platform', 'open'],
    ]);
  });

  it('an unknown host is unknown, not an error', () => {
    expect(given([]).when({ host: 'no-such-host' }).status).toBe('unknown');
  });
});

describe('decide: since, until and evidence', () => {
  const g = given([
    { id: 'block', date: '2013-07-01', changes: [rule('wechat', '*', 'alibaba', 'blocked')] },
    { id: 'restated', date: '2021-07-15', changes: [rule('wechat', 'private-chat', 'taobao', 'blocked')] },
    { id: 'confirm', date: '2021-09-17', changes: [rule('wechat', 'private-chat', 'taobao', 'friction')] },
    { id: 'open', date: '2021-11-29', changes: [rule('wechat', 'private-chat', 'taobao', 'open')] },
  ]);

  it('since reaches back across keys while the status is unchanged', () => {
    const d = g.when({ at: '2021-08-01' });
    expect(d).toMatchObject({ status: 'blocked', basis: 'direct' });
    expect(d.since).toEqual({ date: '2013-07-01', precision: 'day' });
    expect(d.until).toEqual({ date: '2021-09-17', precision: 'day', status: 'friction' });
    expect(d.evidence.map((e) => e.event.id)).toEqual(['block', 'restated']);
  });

  it('until is the next status change, and null when none is recorded', () => {
    expect(g.when({ at: '2021-10-01' }).until?.status).toBe('open');
    expect(g.when({ at: '2022-01-01' }).until).toBeNull();
  });

  it('evidence lists the events that set the winning status with their source records', () => {
    const d = g.when({ at: '2022-01-01' });
    expect(d.evidence.map((e) => e.event.id)).toEqual(['open']);
    expect(d.evidence[0]?.sources[0]).toMatchObject({
      source: 'spec-source',
      quote: 'spec',
      record: { publisher: 'hutong' },
    });
  });
});
