import { describe, expect, it } from 'vitest';
import { rule, specLedger } from '../../testing/ledger-fixture';
import { foldLedger } from '../fold/fold';
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
      changes: [{ ...rule('taobao', 'checkout', 'wechat-pay', 'open', 'payment.accept'), coverage: 'some' }],
    },
  ]),
);

describe('openness', () => {
  it('is insufficient data before anything is recorded', () => {
    const { points } = openness(index, 'wechat', 'alibaba', '2013-01-01', '2013-03-01');
    expect(points.map((p) => p.value)).toEqual([null, null, null]);
    expect(points[0]).toMatchObject({ coverage: 0, recorded: 0 });
  });

  it('rises as walls come down, month by month, over a fixed set of cells', () => {
    const { points, methodology } = openness(index, 'wechat', 'alibaba', '2021-11-01', '2022-06-01');
    expect(methodology).toBe('hutong-openness/3');
    expect(points.map((p) => p.date)).toHaveLength(8);
    // WeChat × {Taobao, Tmall}: 6 link, 4 card, 2 mini-program, 4 ad, 2 entry, 2 launch cells; no
    // payment cells, since Alibaba here owns no wallet. The same 20 cells every month.
    expect(new Set(points.map((p) => p.cells))).toEqual(new Set([20]));
    expect(points[0]).toMatchObject({ value: 0, recorded: 0.5 });
    // Private chats open (1 of 3 link surfaces, for both Alibaba platforms): a third of the link score.
    expect(points[1]?.byCapability['link.open']).toBe(33.3);
    expect(points[1]?.value).toBe(13.3);
    // No ad cell is recorded until Tmall's in June: unrecorded cells score 0, and payments have no cell.
    expect(points[0]?.byCapability['ads.place']).toBe(0);
    expect(points[0]?.byCapability['payment.accept']).toBeNull();
    expect(points[7]).toMatchObject({ value: 16.7, recorded: 0.55 });
  });

  it('an answer inherited from a company-wide rule counts as recorded, scored by its status', () => {
    const [p] = openness(index, 'wechat', 'alibaba', '2021-11-01', '2021-11-01').points;
    // Both platforms' card cells inherit wechat · * · card.share · alibaba → blocked.
    expect(p?.byCapability['card.share']).toBe(0);
    expect(p?.coverage).toBeGreaterThan(0.3);
  });

  it('a rollout to some over friction raises the index; an unrecorded platform counts as none', () => {
    const { points } = openness(index, 'alibaba', 'tencent', '2024-01-01', '2024-03-01');
    // Taobao's friction (60) and Tmall with no record (0); then open for some over friction (80).
    expect(points.map((p) => p.byCapability['payment.accept'])).toEqual([30, 40, 40]);
  });
});
