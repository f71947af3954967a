import { describe, expect, it } from 'vitest';
import { Surface } from '../../schema';
import { rule, specLedger } from '../../testing/ledger-fixture';
import { foldLedger } from '../fold/fold';
import { decide } from './decide';

// Taobao links are recorded on every named WeChat surface but private chats, and Tmall links on three.
const elsewhere = Surface.options.filter((s) => s !== 'private-chat' && s !== '*');
const index = foldLedger(
  specLedger([
    ...elsewhere.map((surface) => ({
      date: '2021-03-01',
      changes: [rule('wechat', surface, 'taobao', 'open')],
    })),
    { date: '2021-03-01', changes: [rule('wechat', 'group-chat', 'tmall', 'blocked')] },
    { date: '2021-03-01', changes: [rule('wechat', 'moments', 'tmall', 'blocked')] },
    { date: '2021-03-01', changes: [rule('wechat', 'feed', 'tmall', 'blocked')] },
  ]),
);

describe('nearby lists at most twelve neighbours, closest first', () => {
  it('the siblings come first and the thirteenth neighbour is left out', () => {
    expect(elsewhere.length + 3).toBe(13);
    const d = decide(index, {
      host: 'wechat',
      surface: 'private-chat',
      capability: 'link.open',
      target: 'taobao',
      at: '2022-01-01',
    });
    expect(d.status).toBe('unknown');
    const nearby = d.nearby ?? [];
    expect(nearby).toHaveLength(12);
    expect(nearby.slice(0, 3).map((n) => [n.target, n.relation])).toEqual([
      ['tmall', 'sibling-platform'],
      ['tmall', 'sibling-platform'],
      ['tmall', 'sibling-platform'],
    ]);
    expect(nearby.slice(3).every((n) => n.target === 'taobao' && n.relation === 'other-surface')).toBe(true);
  });
});
