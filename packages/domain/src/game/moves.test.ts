import { describe, expect, it } from 'vitest';
import { foldLedger, openness } from '../engine';
import { rule, specLedger } from '../testing/ledger-fixture';
import { pairMoves } from './moves';
import { sequencesOf } from './sequences';

const index = foldLedger(
  specLedger([
    { id: 'walls', date: '2013-07-01', changes: [rule('wechat', 'private-chat', 'taobao', 'blocked')] },
    {
      id: 'no-pay',
      date: '2013-07-01',
      changes: [rule('taobao', 'checkout', 'wechat-pay', 'blocked', 'payment.accept')],
    },
    { id: 'opens', date: '2021-11-29', changes: [rule('wechat', 'private-chat', 'taobao', 'open')] },
    {
      id: 'pays',
      date: '2021-09-01',
      precision: 'month',
      changes: [rule('taobao', 'checkout', 'wechat-pay', 'open', 'payment.accept')],
    },
    {
      id: 'rumor',
      date: '2021-10-02',
      confidence: 'rumor',
      changes: [rule('wechat', 'group-chat', 'taobao', 'open')],
    },
  ]),
);

describe('moves', () => {
  const moves = pairMoves(index, 'alibaba', 'tencent', '2013-01-01', '2022-06-01');

  it('are how open each side’s recorded openness cells toward the other are, over 100, month by month, under the method openness names', () => {
    const ab = openness(index, 'alibaba', 'tencent', '2013-01-01', '2022-06-01');
    const ba = openness(index, 'tencent', 'alibaba', '2013-01-01', '2022-06-01');
    expect(moves.openness).toBe(ab.methodology);
    expect(moves.months.map((m) => m.date)).toEqual(ab.points.map((p) => p.date));
    moves.months.forEach((m, i) => {
      const [p, q] = [ab.points[i]!, ba.points[i]!];
      expect(m.a.value).toBe(p.recordedMean === null ? null : Math.round(p.recordedMean * 10) / 1000);
      expect(m.b.value).toBe(q.recordedMean === null ? null : Math.round(q.recordedMean * 10) / 1000);
      // Unknown cells are left out of a move, not counted against the side.
      if (p.value !== null && p.recordedMean !== null) expect(p.recordedMean).toBeGreaterThanOrEqual(p.value);
    });
  });

  it('carry the events whose changes on that side settled since the month before, rumors aside', () => {
    const at = (d: string) => moves.months.find((m) => m.date === d)!;
    expect(at('2013-07-01').a.events).toEqual(['no-pay']);
    expect(at('2013-07-01').b.events).toEqual(['walls']);
    // A month-precision change settles on its month's last day.
    expect(at('2021-10-01').a.events).toEqual(['pays']);
    expect(at('2021-12-01').b.events).toEqual(['opens']);
    expect(moves.months.flatMap((m) => [...m.a.events, ...m.b.events])).not.toContain('rumor');
  });

  it('read as sequences: runs where both sides have a move, once from each side', () => {
    const seqs = sequencesOf(moves);
    for (const s of seqs) expect(s.own.length).toBe(s.other.length);
    expect(seqs.filter((s) => s.host === 'alibaba').map((s) => s.own)).toEqual(
      seqs.filter((s) => s.host === 'tencent').map((s) => s.other),
    );
    const before = sequencesOf(moves, { until: '2021-09-09' });
    expect(before.every((s) => s.dates.every((d) => d < '2021-09-09'))).toBe(true);
  });
});
