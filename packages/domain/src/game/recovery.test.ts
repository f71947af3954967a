import { describe, expect, it } from 'vitest';
import { Strategy } from '../schema/game';
import { dominant, fitMixture } from './fit-mixture';
import { play, randomOpponent } from './play';
import { seededRandom } from './prng';

const TRIALS = 100;
// TFT and STFT differ only in the first move: counted as one (the rule).
const same = (a: Strategy, b: Strategy) =>
  a === b || (a !== b && [a, b].every((k) => k === 'tft' || k === 'stft'));

function recovery(strategy: Strategy, seed: number): number {
  const random = seededRandom(seed);
  let hits = 0;
  for (let i = 0; i < TRIALS; i++) {
    const seq = play(strategy, randomOpponent(random), { rounds: 200, tremble: 0.05, random });
    if (same(dominant(fitMixture([seq])), strategy)) hits++;
  }
  return hits / TRIALS;
}

describe('strategy frequency estimation recovers the generating strategy', () => {
  for (const strategy of Strategy.options)
    it(`${strategy}: at least 90 % of ${TRIALS} sequences of 200 moves against a random opponent, 5 % tremble`, () => {
      expect(recovery(strategy, 28)).toBeGreaterThanOrEqual(0.9);
    });

  it('gives identical fits under the same seed', () => {
    const run = (seed: number) => {
      const random = seededRandom(seed);
      return fitMixture([play('gtft', randomOpponent(random), { rounds: 200, tremble: 0.05, random })]);
    };
    expect(run(7)).toEqual(run(7));
    expect(run(7)).not.toEqual(run(8));
  });

  it('estimates the tremble it was given', () => {
    const random = seededRandom(3);
    const seqs = Array.from({ length: 20 }, () =>
      play('tft', randomOpponent(random), { rounds: 200, tremble: 0.05, random }),
    );
    expect(fitMixture(seqs).tremble).toBeCloseTo(0.05, 1);
  });
});
