import { describe, expect, it } from 'vitest';
import { rule, specLedger } from '../../testing/ledger-fixture';
import { foldLedger } from '../fold/fold';
import { history } from './history';

const index = foldLedger(
  specLedger([
    {
      id: 'wall',
      date: '2013-11-01',
      precision: 'month',
      changes: [rule('wechat', '*', 'taobao', 'blocked')],
    },
    { id: 'confirm', date: '2021-09-17', changes: [rule('wechat', 'private-chat', 'taobao', 'friction')] },
    { id: 'open', date: '2021-11-29', changes: [rule('wechat', 'private-chat', 'taobao', 'open')] },
    {
      id: 'talks',
      date: '2021-11-30',
      confidence: 'rumor',
      changes: [rule('wechat', 'private-chat', 'taobao', 'blocked')],
    },
  ]),
);
const q = { host: 'wechat', surface: 'private-chat', capability: 'link.open', target: 'taobao' } as const;

describe('history', () => {
  it('gives every status the crossing has had, with dates, windows and deciding events', () => {
    const h = history(index, q);
    expect(h.method).toBe('hutong-decide/4');
    expect(
      h.segments.map((s) => [s.from, s.to, s.status, s.basis, s.uncertain?.after ?? null, s.events]),
    ).toEqual([
      ['2013-11-01', '2013-11-29', 'unknown', 'none', 'blocked', []],
      ['2013-11-30', '2021-09-16', 'blocked', 'inherited', null, ['wall']],
      ['2021-09-17', '2021-11-28', 'friction', 'direct', null, ['confirm']],
      ['2021-11-29', null, 'open', 'direct', null, ['open']],
    ]);
  });

  it('gives a company target each platform pair’s history too', () => {
    const h = history(index, { ...q, target: 'alibaba' });
    expect(h.byPlatform?.map((p) => p.target)).toEqual(['taobao', 'tmall']);
    expect(h.byPlatform?.[1]?.segments).toEqual([]);
  });

  it('gives an every-surface question each named surface’s history as a part', () => {
    const h = history(index, { ...q, surface: '*' });
    expect(h.byPlatform?.map((p) => p.surface)).toEqual(['*', 'private-chat']);
    expect(h.byPlatform?.[1]?.segments.at(-1)).toMatchObject({ from: '2021-11-29', status: 'open' });
    // Its own line is the rolled-up answer, as decide gives it: mixed once private chats differ.
    expect(h.segments.map((s) => [s.from, s.status])).toEqual([
      ['2013-11-01', 'unknown'],
      ['2013-11-30', 'blocked'],
      ['2021-09-17', 'mixed'],
    ]);
  });
});
