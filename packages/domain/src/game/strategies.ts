import type { Strategy } from '../schema/game';

/** What generous TFT forgives: the share of the other's defections it answers with cooperation. */
export const GENEROSITY = 1 / 3;

/**
 * The probability that `strategy` prescribes cooperation at round `t`, before its tremble, given both
 * sides' moves so far (1 cooperate, 0 defect, or a fraction). A fractional move is read as the
 * probability that the move was a cooperation, and the prescription is its expectation; on whole
 * moves each strategy is the textbook one (Dal Bó & Fréchette 2019). `grim` is the probability that
 * neither side has defected yet, carried as `state`.
 */
export interface Prescriber {
  /** Cooperation prescribed at round t; `state` is the strategy's own memory, threaded by the caller. */
  next(t: number, own: readonly number[], other: readonly number[], state: number): number;
}

const first = (firstMove: number, after: (own: number, other: number) => number): Prescriber => ({
  next: (t, own, other) => (t === 0 ? firstMove : after(own[t - 1]!, other[t - 1]!)),
});

export const STRATEGY_RULES: Record<Strategy, Prescriber> = {
  allc: { next: () => 1 },
  alld: { next: () => 0 },
  tft: first(1, (_, o) => o),
  stft: first(0, (_, o) => o),
  gtft: first(1, (_, o) => o + (1 - o) * GENEROSITY),
  wsls: first(1, (s, o) => s * o + (1 - s) * (1 - o)),
  grim: { next: (t, own, other, state) => (t === 0 ? 1 : state * own[t - 1]! * other[t - 1]!) },
};

/** Each round's prescribed cooperation for `strategy` over a whole observed sequence. */
export function prescriptions(
  strategy: Strategy,
  own: readonly number[],
  other: readonly number[],
): number[] {
  const rule = STRATEGY_RULES[strategy];
  const out: number[] = [];
  let state = 1;
  for (let t = 0; t < own.length; t++) {
    state = rule.next(t, own, other, state);
    out.push(state);
  }
  return out;
}

/** With a tremble ε the move differs from the prescription with probability ε. */
export const cooperationOdds = (prescribed: number, tremble: number) =>
  prescribed * (1 - tremble) + (1 - prescribed) * tremble;
