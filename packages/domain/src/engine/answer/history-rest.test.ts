import { describe, expect, it } from 'vitest';
import { rule, specLedger } from '../../testing/ledger-fixture';
import { foldLedger } from '../fold/fold';
import { history } from './history';

// Taobao links in WeChat private chats: walled, then opened for some users only.
const index = foldLedger(
  specLedger([
    { id: 'wall', date: '2021-01-01', changes: [rule('wechat', 'private-chat', 'taobao', 'blocked')] },
    {
      id: 'trial',
      date: '2021-06-01',
      changes: [{ ...rule('wechat', 'private-chat', 'taobao', 'partial'), coverage: 'some' }],
    },
  ]),
);
const q = { host: 'wechat', surface: 'private-chat', capability: 'link.open' } as const;

describe('history: a partial step says what everyone else still gets', () => {
  it('a crossing’s partial stretch carries the wall beneath it, and the wall’s stretch carries nothing', () => {
    const segs = history(index, { ...q, target: 'taobao' }).segments;
    expect(segs.map((s) => [s.from, s.to, s.status, s.rest?.status ?? null])).toEqual([
      ['2021-01-01', '2021-05-31', 'blocked', null],
      ['2021-06-01', null, 'partial', 'blocked'],
    ]);
    expect(segs[1]!.rest?.rule?.event).toBe('wall');
  });

  it('a company question answered by one platform’s partial step carries the same rest, and only there', () => {
    const segs = history(index, { ...q, target: 'alibaba' }).segments;
    expect(segs.map((s) => [s.from, s.status, s.rest?.status ?? null])).toEqual([
      ['2021-01-01', 'blocked', null],
      ['2021-06-01', 'partial', 'blocked'],
    ]);
    expect(Object.hasOwn(segs[0]!, 'rest')).toBe(false);
  });
});
