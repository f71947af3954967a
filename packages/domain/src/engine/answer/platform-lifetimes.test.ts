import { describe, expect, it } from 'vitest';
import { Ledger, type Question } from '../../schema';
import { rule, type SpecEvent, specEvent } from '../../testing/ledger-fixture';
import { foldLedger } from '../fold/fold';
import { decide } from './decide';

const name = (en: string) => ({ zh: en, en });
// Tencent's Channels has feeds but no private chat; Tmall Supermarket lived from 2020 to the end of 2021.
const ledger = (events: SpecEvent[]) =>
  Ledger.parse({
    actors: [
      { id: 'tencent', kind: 'company', name: name('Tencent') },
      { id: 'wechat', kind: 'platform', owner: 'tencent', name: name('WeChat') },
      {
        id: 'channels',
        kind: 'platform',
        owner: 'tencent',
        name: name('Channels'),
        surfaces: ['feed', 'search'],
      },
      { id: 'alibaba', kind: 'company', name: name('Alibaba') },
      {
        id: 'supermarket',
        kind: 'platform',
        owner: 'alibaba',
        name: name('Supermarket'),
        launched: { date: '2020-03-01', precision: 'day' },
        closed: { date: '2022-01-01', precision: 'day' },
      },
    ],
    sources: [{ id: 'spec-source', title: 'Spec', publisher: 'hutong', date: '2013-01-01', language: 'en' }],
    events: events.map(specEvent),
  });
const index = foldLedger(
  ledger([
    { id: 'tencent-wall', date: '2016-01-01', changes: [rule('tencent', '*', 'alibaba', 'blocked')] },
    // Written for every link before the supermarket existed, and still standing after it closed.
    { id: 'all-open', date: '2017-01-01', changes: [rule('wechat', 'private-chat', '*', 'open')] },
  ]),
);
const ask = (over: Partial<Question>) =>
  decide(index, {
    host: 'wechat',
    surface: 'private-chat',
    capability: 'link.open',
    target: 'supermarket',
    at: '2021-01-01',
    ...over,
  } as Question);

describe('a crossing exists only while both its sides do', () => {
  it('is unknown before the target launched, and says which side was absent', () => {
    const before = ask({ at: '2020-02-29' });
    expect(before.status).toBe('unknown');
    expect(before.absent).toMatchObject({ id: 'supermarket', launched: { date: '2020-03-01' } });
  });

  it('answers from its launch day to the day before it closed, by the rule written for everyone', () => {
    expect(ask({ at: '2020-03-01' }).status).toBe('open');
    expect(ask({ at: '2021-12-31' }).status).toBe('open');
    expect(ask({ at: '2022-01-01' })).toMatchObject({ status: 'unknown', absent: { id: 'supermarket' } });
  });

  it('dates the answer from the launch, a day no rule names: a plain day, with no window', () => {
    // A fresh fold: segments are memoised, and this test must be the one that builds them.
    const fresh = foldLedger(
      ledger([{ date: '2017-01-01', changes: [rule('wechat', 'private-chat', '*', 'open')] }]),
    );
    const d = decide(fresh, { ...ask({}).question, at: '2020-06-01' } as Question);
    expect(d.since).toEqual({ date: '2020-03-01', precision: 'day' });
  });

  it('its history starts and ends with the platform', () => {
    const wall = (at: string) => ask({ surface: 'feed', target: 'supermarket', at }).status;
    expect([wall('2020-02-29'), wall('2020-03-01'), wall('2021-12-31'), wall('2022-01-01')]).toEqual([
      'unknown',
      'blocked',
      'blocked',
      'unknown',
    ]);
  });
});

describe('a host without the surface asked is no part of its company', () => {
  it('Tencent’s private chats are WeChat’s alone: Channels has none', () => {
    const d = ask({ host: 'tencent', target: 'alibaba', at: '2021-01-01' });
    expect(d.status).toBe('open');
    expect((d.byPlatform ?? []).map((p) => [p.host, p.surface, p.target])).toEqual([
      ['wechat', 'private-chat', 'supermarket'],
    ]);
  });

  it('on a surface Channels has, it is a part like any platform', () => {
    const d = ask({ host: 'tencent', surface: 'feed', target: 'alibaba', at: '2021-01-01' });
    expect((d.byPlatform ?? []).map((p) => p.host).sort()).toEqual(['channels', 'wechat']);
  });
});
