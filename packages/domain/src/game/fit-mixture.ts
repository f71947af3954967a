import { type MoveSequence, Strategy } from '../schema/game';
import { type Evidence, evidenceOf, logLikelihood, maximise } from './likelihood';

/** Trembles searched: never zero (one surprise would be impossible) and at most a coin flip. */
export const TREMBLE_RANGE = [1e-4, 0.5] as const;

export interface PointFit {
  weights: Record<Strategy, number>;
  tremble: number;
  logLikelihood: number;
}

/**
 * Strategy frequency estimation: the mixture weights and common tremble that maximise
 * Σ_i log Σ_k w_k L_ik(ε), by EM (responsibilities, then weights as their means and ε by a 1-D
 * search of the expected log-likelihood). Deterministic: uniform start, fixed iteration order.
 */
export function fitMixture(
  sequences: readonly Pick<MoveSequence, 'own' | 'other'>[],
  { strategies = Strategy.options, tolerance = 1e-9, maxIterations = 2000 } = {},
): PointFit {
  const evidence: Evidence[][] = sequences.map((s) => strategies.map((k) => evidenceOf(s, k)));
  return fitEvidence(evidence, strategies, { tolerance, maxIterations });
}

/** EM on precomputed evidence (a bootstrap resamples rows of it). */
export function fitEvidence(
  evidence: readonly (readonly Evidence[])[],
  strategies: readonly Strategy[],
  { tolerance = 1e-9, maxIterations = 2000 } = {},
): PointFit {
  const K = strategies.length;
  let w = new Array<number>(K).fill(1 / K);
  let tremble = 0.1;
  let previous = Number.NEGATIVE_INFINITY;
  let total = Number.NEGATIVE_INFINITY;
  for (let it = 0; it < maxIterations; it++) {
    const ll = evidence.map((row) => row.map((e) => logLikelihood(e, tremble)));
    // E-step, in logs so long sequences do not underflow.
    total = 0;
    const resp = ll.map((row) => {
      const logs = row.map((l, k) => Math.log(w[k]!) + l);
      const top = Math.max(...logs);
      const sum = logs.reduce((s, x) => s + Math.exp(x - top), 0);
      total += top + Math.log(sum);
      return logs.map((x) => Math.exp(x - top) / sum);
    });
    if (evidence.length === 0 || total - previous < tolerance) break;
    previous = total;
    w = strategies.map((_, k) => resp.reduce((s, r) => s + r[k]!, 0) / evidence.length);
    tremble = maximise(
      (eps) =>
        evidence.reduce(
          (s, row, i) => s + row.reduce((t, e, k) => t + resp[i]![k]! * logLikelihood(e, eps), 0),
          0,
        ),
      ...TREMBLE_RANGE,
    );
  }
  const weights = Object.fromEntries(Strategy.options.map((k) => [k, 0])) as Record<Strategy, number>;
  strategies.forEach((k, i) => {
    weights[k] = w[i]!;
  });
  return { weights, tremble, logLikelihood: evidence.length ? total : 0 };
}

/** The strategy with the largest weight (the first in candidate order on a tie). */
export const dominant = (fit: PointFit): Strategy =>
  Strategy.options.reduce<Strategy>((best, k) => (fit.weights[k] > fit.weights[best] ? k : best), 'allc');
