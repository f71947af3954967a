import { describe, expect, it } from 'vitest';
import { rule, specLedger } from '../testing/ledger-fixture';
import { foldLedger } from './fold';
import { openness } from './openness';

const index = foldLedger(
  specLedger([
    { date: '2013-07-01', changes: [rule('wechat', '*', 'alibaba', 'blocked')] },
    { date: '2021-11-29', changes: [rule('wechat', 'private-chat', 'alibaba', 'open')] },
    { date: '2022-06-01', changes: [rule('wechat', 'moments', 'tmall', 'open', 'ads.place')] },
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
    expect(methodology).toBe('hutong-openness/1');
    expect(points.map((p) => p.date)).toHaveLength(8);
    expect(points[0]?.value).toBe(0);
    // Private chats open (1 of 3 link surfaces, for each of the four Alibaba targets): a third of the link score.
    expect(points[1]?.byCapability['link.open']).toBe(33.3);
    expect(points[7]!.value!).toBeGreaterThan(points[1]!.value!);
  });
});
