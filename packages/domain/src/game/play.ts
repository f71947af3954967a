import type { Strategy } from '../schema/game';
import type { Random } from './prng';
import { cooperationOdds, STRATEGY_RULES } from './strategies';

/** The other side of a played sequence: its move at round t given both histories so far. */
export type Opponent = (t: number, own: readonly number[], other: readonly number[]) => number;

/** An opponent that cooperates or defects with even odds each round. */
export const randomOpponent =
  (random: Random): Opponent =>
  () =>
    random() < 0.5 ? 1 : 0;

/** An opponent playing `strategy` with tremble ε (its own history is `own` from its side). */
export const strategyOpponent =
  (strategy: Strategy, tremble: number, random: Random): Opponent =>
  (t, own, other) => {
    const rule = STRATEGY_RULES[strategy];
    let state = 1;
    for (let s = 0; s <= t; s++) state = rule.next(s, own, other, state);
    return random() < cooperationOdds(state, tremble) ? 1 : 0;
  };

/** `rounds` whole moves of `strategy` with tremble ε against `opponent`. */
export function play(
  strategy: Strategy,
  opponent: Opponent,
  { rounds, tremble, random }: { rounds: number; tremble: number; random: Random },
): { own: number[]; other: number[] } {
  const rule = STRATEGY_RULES[strategy];
  const own: number[] = [];
  const other: number[] = [];
  let state = 1;
  for (let t = 0; t < rounds; t++) {
    state = rule.next(t, own, other, state);
    const move = random() < cooperationOdds(state, tremble) ? 1 : 0;
    const theirs = opponent(t, other, own);
    own.push(move);
    other.push(theirs);
  }
  return { own, other };
}
