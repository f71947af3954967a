import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SimulationInput } from '../schema/game';
import { fitWithIntervals } from './bootstrap';
import { play, randomOpponent } from './play';
import { seededRandom } from './prng';
import { matchTable, simulate } from './simulate';

const random = seededRandom(9);
const start = fitWithIntervals(
  [play('alld', randomOpponent(random), { rounds: 60, tremble: 0.05, random })],
  { resamples: 0, seed: 9 },
);
const dates = Array.from(
  { length: 48 },
  (_, i) => `${2018 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`,
);

function run(raw: Partial<SimulationInput>, fineFrom: string | null) {
  const input = SimulationInput.parse(raw);
  return simulate(start, input, { dates, fineFrom, table: matchTable(input) });
}

describe('simulation', () => {
  it('is deterministic under a seed', () => {
    expect(run({ seed: 4 }, '2020-01-01')).toEqual(run({ seed: 4 }, '2020-01-01'));
  });

  it('keeps shares a distribution whatever the payoffs', () => {
    fc.assert(
      fc.property(
        fc.record({
          R: fc.integer({ min: -5, max: 10 }),
          S: fc.integer({ min: -5, max: 10 }),
          T: fc.integer({ min: -5, max: 10 }),
          P: fc.integer({ min: -5, max: 10 }),
        }),
        (payoffs) => {
          const steps = simulate(start, SimulationInput.parse({ payoffs, months: 12 }), {
            dates: dates.slice(0, 12),
            fineFrom: null,
            table: matchTable(SimulationInput.parse({ payoffs, seed: 2 })),
          });
          for (const s of steps) expect(Object.values(s.shares).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
        },
      ),
      { numRuns: 10 },
    );
  });

  it('a fine on defection from a date raises cooperation after it, not before', () => {
    const fined = run({ fine: 4 }, '2020-01-01');
    const free = run({ fine: 4 }, null);
    const at = (steps: typeof fined, d: string) => steps.find((s) => s.date === d)!.cooperation;
    expect(at(fined, '2019-12-01')).toBe(at(free, '2019-12-01'));
    expect(at(fined, '2021-12-01')).toBeGreaterThan(at(free, '2021-12-01'));
  });
});
