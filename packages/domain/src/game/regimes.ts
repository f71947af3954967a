import type { PairMoves, RegimeComparison, Regulation } from '../schema';
import { fitWithIntervals } from './bootstrap';
import { sequencesOf } from './sequences';

/**
 * A fit on the moves before `regulation`'s campaign began and one on the moves from its deadline on
 * (the months in between are left out: the campaign is the change being compared across).
 */
export function regimes(
  pairs: readonly PairMoves[],
  regulation: Pick<Regulation, 'id' | 'from' | 'deadline'>,
  { resamples, seed }: { resamples: number; seed: number },
): RegimeComparison {
  const before = pairs.flatMap((p) => sequencesOf(p, { until: regulation.from }));
  const after = pairs.flatMap((p) => sequencesOf(p, { from: regulation.deadline }));
  return {
    regulation: regulation.id,
    from: regulation.from,
    deadline: regulation.deadline,
    before: fitWithIntervals(before, { resamples, seed }),
    after: fitWithIntervals(after, { resamples, seed }),
  };
}
