import type { MoveSequence, Strategy } from '../schema/game';
import { cooperationOdds, prescriptions } from './strategies';

/**
 * A sequence under one strategy, reduced to what the likelihood needs: each distinct
 * (prescribed, observed) pair and how often it occurs. Prescriptions do not depend on the tremble,
 * so a fit evaluates many trembles on a handful of terms.
 */
export type Evidence = readonly { prescribed: number; observed: number; count: number }[];

export function evidenceOf(seq: Pick<MoveSequence, 'own' | 'other'>, strategy: Strategy): Evidence {
  const c = prescriptions(strategy, seq.own, seq.other);
  const terms = new Map<string, { prescribed: number; observed: number; count: number }>();
  seq.own.forEach((observed, t) => {
    const prescribed = c[t]!;
    const key = `${prescribed}|${observed}`;
    const term = terms.get(key);
    if (term) term.count++;
    else terms.set(key, { prescribed, observed, count: 1 });
  });
  return [...terms.values()];
}

/**
 * Log-likelihood with tremble ε. A fractional move y enters as a fractional count: y·log p(C) +
 * (1−y)·log p(D), the Bernoulli quasi-likelihood, which is the textbook likelihood on whole moves.
 */
export function logLikelihood(evidence: Evidence, tremble: number): number {
  let sum = 0;
  for (const { prescribed, observed, count } of evidence)
    sum += count * moveLogLik(prescribed, observed, tremble);
  return sum;
}

export function moveLogLik(prescribed: number, observed: number, tremble: number): number {
  const p = cooperationOdds(prescribed, tremble);
  return (observed > 0 ? observed * Math.log(p) : 0) + (observed < 1 ? (1 - observed) * Math.log(1 - p) : 0);
}

/** The ε in [lo, hi] maximising a concave `f` (golden-section search). */
export function maximise(f: (x: number) => number, lo: number, hi: number, tolerance = 1e-7): number {
  const g = (Math.sqrt(5) - 1) / 2;
  let a = lo;
  let b = hi;
  let c = b - g * (b - a);
  let d = a + g * (b - a);
  let fc = f(c);
  let fd = f(d);
  while (b - a > tolerance) {
    if (fc >= fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - g * (b - a);
      fc = f(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + g * (b - a);
      fd = f(d);
    }
  }
  return (a + b) / 2;
}
