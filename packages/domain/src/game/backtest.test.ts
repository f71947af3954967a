import { describe, expect, it } from 'vitest';
import type { MoveSequence } from '../schema/game';
import { backtest, logLoss } from './backtest';

const seq = (host: string, target: string, own: number[], other: number[]): MoveSequence => ({
  id: `${host}→${target}`,
  host,
  target,
  dates: own.map(
    (_, i) => `20${String(10 + Math.floor(i / 12))}-${String((i % 12) + 1).padStart(2, '0')}-01`,
  ),
  own,
  other,
});

// Walls for four years, then both open for good in 2014.
const a = [...Array(48).fill(0), ...Array(24).fill(1)];
const all = [seq('x', 'y', a, a), seq('y', 'x', a, a)];
const train = all.map((s) => ({
  ...s,
  dates: s.dates.slice(0, 36),
  own: s.own.slice(0, 36),
  other: s.other.slice(0, 36),
}));

describe('backtest', () => {
  const run = () => backtest(train, all, { cutoff: '2013-01-01', resamples: 20, seed: 5 });

  it('predicts each move from the cutoff on that has a month before it, by every model', () => {
    const b = run();
    expect(b.rows).toHaveLength(2 * 36);
    expect(b.rows.every((r) => r.date >= '2013-01-01')).toBe(true);
    const mean = b.rows.reduce((s, r) => s + logLoss(r.persistence, r.actual), 0) / b.rows.length;
    expect(b.logLoss.persistence).toBeCloseTo(mean, 12);
  });

  it('says when the model does not beat persistence: walls alone cannot foresee an opening', () => {
    const b = run();
    expect(b.logLoss.model).toBeGreaterThan(b.logLoss.persistence);
    expect(b.beatsPersistence).toBe(false);
  });

  it('is the same under the same seed', () => {
    expect(run()).toEqual(run());
  });
});

describe('a backtest with nothing before the cutoff', () => {
  it('predicts nothing and says it cannot be tested, rather than beat baselines fitted on nothing', () => {
    const b = backtest([], all, { cutoff: '2013-01-01', resamples: 5, seed: 1 });
    expect(b).toMatchObject({ rows: [], beatsPersistence: false, untestable: 'no-moves-before-cutoff' });
    expect(b.fit.weights.every((w) => w.value === 0)).toBe(true);
    expect(b.fit.sample).toMatchObject({ sequences: 0, moves: 0 });
  });
});
