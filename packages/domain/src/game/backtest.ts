import { type Backtest, type BacktestRow, type MoveSequence, Strategy } from '../schema/game';
import { fitWithIntervals } from './bootstrap';
import { TREMBLE_RANGE } from './fit-mixture';
import { maximise, moveLogLik } from './likelihood';
import { cooperationOdds, prescriptions } from './strategies';

/**
 * Fit on `train`, then predict every move of `all` dated on or after `cutoff` that has a move the
 * month before, one month ahead: the mixture's prediction weighs each strategy by its posterior
 * given the sequence so far; persistence predicts last month's move, always-defect a defection, each
 * with its own tremble fitted on the same training moves. Scores are mean log-loss per move.
 */
export function backtest(
  train: readonly MoveSequence[],
  all: readonly MoveSequence[],
  { cutoff, resamples, seed }: { cutoff: string; resamples: number; seed: number },
): Backtest {
  const fit = fitWithIntervals(train, { resamples, seed });
  // Without training moves every model would be a guess with a made-up tremble: say so instead.
  if (fit.sample.moves === 0) {
    const none = { model: 0, persistence: 0, alwaysDefect: 0 };
    return {
      cutoff,
      fit,
      rows: [],
      logLoss: none,
      beatsPersistence: false,
      beatsAlwaysDefect: false,
      untestable: 'no-moves-before-cutoff',
    };
  }
  const eps = fit.tremble.value;
  const prior = fit.weights.map((w) => w.value);
  const persistEps = fitTremble(train.flatMap((s) => s.own.slice(1).map((y, t) => [s.own[t]!, y] as const)));
  const defectEps = fitTremble(train.flatMap((s) => s.own.map((y) => [0, y] as const)));
  const rows: BacktestRow[] = [];
  for (const s of all) {
    const c = Strategy.options.map((k) => prescriptions(k, s.own, s.other));
    const logPost = prior.map((w) => Math.log(w));
    s.own.forEach((y, t) => {
      if (t > 0 && s.dates[t]! >= cutoff) {
        const top = Math.max(...logPost);
        const post = logPost.map((l) => Math.exp(l - top));
        const z = post.reduce((a, b) => a + b, 0);
        const model = post.reduce((sum, p, k) => sum + (p / z) * cooperationOdds(c[k]![t]!, eps), 0);
        rows.push({
          date: s.dates[t]!,
          host: s.host,
          target: s.target,
          actual: y,
          model,
          persistence: cooperationOdds(s.own[t - 1]!, persistEps),
          alwaysDefect: cooperationOdds(0, defectEps),
        });
      }
      c.forEach((ck, k) => {
        logPost[k]! += moveLogLik(ck[t]!, y, eps);
      });
    });
  }
  rows.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.host < y.host ? -1 : 1));
  const mean = (p: (r: BacktestRow) => number) =>
    rows.length ? rows.reduce((s, r) => s + logLoss(p(r), r.actual), 0) / rows.length : 0;
  const logLosses = {
    model: mean((r) => r.model),
    persistence: mean((r) => r.persistence),
    alwaysDefect: mean((r) => r.alwaysDefect),
  };
  return {
    cutoff,
    fit,
    rows,
    logLoss: logLosses,
    beatsPersistence: rows.length > 0 && logLosses.model < logLosses.persistence,
    beatsAlwaysDefect: rows.length > 0 && logLosses.model < logLosses.alwaysDefect,
  };
}

/** −[y log p + (1−y) log(1−p)]: a fractional move scores as the likelihood reads it. */
export const logLoss = (p: number, y: number) => -moveLogLik(p, y, 0);

/** The tremble that best explains `moves` as [prescribed, observed] pairs. */
function fitTremble(moves: readonly (readonly [number, number])[]): number {
  if (moves.length === 0) return TREMBLE_RANGE[1];
  return maximise((eps) => moves.reduce((s, [c, y]) => s + moveLogLik(c, y, eps), 0), ...TREMBLE_RANGE);
}
