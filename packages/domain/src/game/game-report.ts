import { type LedgerIndex, requireActor } from '../engine';
import { GAME_METHOD, type GameQuestion, type GameReport, LEDGER_EPOCH, type PairMoves } from '../schema';
import { backtest } from './backtest';
import { fitWithIntervals } from './bootstrap';
import { pairMoves } from './moves';
import { regimes } from './regimes';
import { sequencesOf } from './sequences';

/** The moves of each pair asked, through `to` (the edge supplies today). */
export function movesOf(index: LedgerIndex, q: GameQuestion, to: string): PairMoves[] {
  return q.pairs.map(([a, b], i) => {
    requireActor(index, a, `pairs.${i}.0`);
    requireActor(index, b, `pairs.${i}.1`);
    return pairMoves(index, a, b, q.from ?? LEDGER_EPOCH, q.to ?? to);
  });
}

/** The moves, the mixture fitted to all of them, the regime comparison and the backtest. */
export function gameReport(index: LedgerIndex, q: GameQuestion, to: string): GameReport {
  const pairs = movesOf(index, q, to);
  const all = pairs.flatMap((p) => sequencesOf(p));
  const train = pairs.flatMap((p) => sequencesOf(p, { until: q.cutoff }));
  const regulation = index.ledger.regulations.find((r) => r.id === q.regulation);
  const sampling = { resamples: q.resamples, seed: q.seed };
  return {
    method: GAME_METHOD,
    openness: pairs[0]?.openness ?? '',
    pairs,
    fit: fitWithIntervals(all, sampling),
    regimes: regulation ? regimes(pairs, regulation, sampling) : null,
    backtest: backtest(train, all, { cutoff: q.cutoff, ...sampling }),
  };
}
