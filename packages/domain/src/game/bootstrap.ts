import { type Interval, type MixtureFit, type MoveSequence, Strategy } from '../schema/game';
import { fitEvidence, fitMixture } from './fit-mixture';
import { evidenceOf } from './likelihood';
import { randomIndex, seededRandom } from './prng';

/**
 * The mixture fitted to `sequences`, with percentile intervals (2.5 %, 97.5 %) from `resamples`
 * nonparametric bootstrap draws of whole sequences (the unit Dal Bó & Fréchette resample), under a
 * seeded stream so the same seed gives the same intervals.
 */
export function fitWithIntervals(
  sequences: readonly Pick<MoveSequence, 'own' | 'other'>[],
  { resamples, seed }: { resamples: number; seed: number },
): MixtureFit {
  // No moves, no fit: every weight and the tremble are 0 beside a sample of 0 (not the EM's uniform start).
  const point = sequences.length
    ? fitMixture(sequences)
    : { weights: zeroWeights(), tremble: 0, logLikelihood: 0 };
  const strategies = Strategy.options;
  const evidence = sequences.map((s) => strategies.map((k) => evidenceOf(s, k)));
  const random = seededRandom(seed);
  const draws: { weights: Record<Strategy, number>; tremble: number }[] = [];
  if (evidence.length > 0)
    for (let b = 0; b < resamples; b++) {
      const sample = evidence.map(() => evidence[randomIndex(random, evidence.length)]!);
      draws.push(fitEvidence(sample, strategies));
    }
  const interval = (value: number, of: (d: (typeof draws)[number]) => number): Interval => {
    if (draws.length === 0) return { value, low: value, high: value };
    const xs = draws.map(of).sort((x, y) => x - y);
    return { value, low: quantile(xs, 0.025), high: quantile(xs, 0.975) };
  };
  return {
    weights: strategies.map((strategy) => ({
      strategy,
      ...interval(point.weights[strategy], (d) => d.weights[strategy]),
    })),
    tremble: interval(point.tremble, (d) => d.tremble),
    logLikelihood: point.logLikelihood,
    sample: {
      sequences: sequences.length,
      moves: sequences.reduce((s, q) => s + q.own.length, 0),
      resamples: draws.length,
      seed,
    },
  };
}

const zeroWeights = () => Object.fromEntries(Strategy.options.map((k) => [k, 0])) as Record<Strategy, number>;

/** Linear interpolation between order statistics (type 7, R's default). */
export function quantile(sorted: readonly number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}
