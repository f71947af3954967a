import { describe, expect, it } from 'vitest';
import { rule, specLedger } from '../testing/ledger-fixture';
import { foldLedger } from './fold';
import { openness } from './openness';

const index = foldLedger(
  specLedger([
    {
      date: '2013-07-01',
      changes: ['private-chat', 'group-chat', 'moments'].flatMap((s) =>
        ['taobao', 'tmall'].map((t) => rule('wechat', s as 'moments', t, 'blocked')),
      ),
    },
    // A company-wide rule is inherited: it does not move the index.
    { date: '2013-07-01', changes: [rule('wechat', '*', 'alibaba', 'blocked', 'card.share')] },
    {
      date: '2021-11-29',
      changes: ['taobao', 'tmall'].map((t) => rule('wechat', 'private-chat', t, 'open')),
    },
    { date: '2022-06-01', changes: [rule('wechat', 'moments', 'tmall', 'open', 'ads.place')] },
    {
      date: '2021-09-01',
      changes: [
        { ...rule('taobao', 'checkout', 'wechat-pay', 'friction', 'payment.accept'), friction: ['qr-scan'] },
      ],
    },
    {
      date: '2024-02-01',
      changes: [
        { ...rule('taobao', 'checkout', 'wechat-pay', 'partial', 'payment.accept'), coverage: 'some' },
      ],
    },
  ]),
);

describe('openness', () => {
  it('is insufficient data before anything is recorded', () => {
    const { points } = openness(index, 'wechat', 'alibaba', '2013-01-01', '2013-03-01');
    expect(points.map((p) => p.value)).toEqual([null, null, null]);
    expect(points[0]?.coverage).toBe(0);
  });

  it('rises as walls come down, month by month', () => {
    const { points, methodology } = openness(index, 'wechat', 'alibaba', '2021-11-01', '2022-06-01');
    expect(methodology).toBe('hutong-openness/2');
    expect(points.map((p) => p.date)).toHaveLength(8);
    expect(points[0]?.value).toBe(0);
    // Private chats open (1 of 3 link surfaces, for both Alibaba platforms): a third of the link score.
    expect(points[1]?.byCapability['link.open']).toBe(33.3);
    expect(points[0]?.byCapability['card.share']).toBeNull();
    expect(points[7]!.value!).toBeGreaterThan(points[1]!.value!);
  });

  it('a partial rollout over friction raises the index instead of lowering it', () => {
    const { points } = openness(index, 'alibaba', 'tencent', '2024-01-01', '2024-03-01');
    expect(points.map((p) => p.byCapability['payment.accept'])).toEqual([60, 80, 80]);
  });
});
