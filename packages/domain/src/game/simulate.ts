import { type MixtureFit, type SimulationInput, type SimulationStep, Strategy } from '../schema/game';
import { play, strategyOpponent } from './play';
import { seededRandom } from './prng';

/** Rounds per simulated match and matches per pair of strategies, for the payoff table. */
const ROUNDS = 60;
const MATCHES = 20;

export interface MatchTable {
  /** Mean payoff per round to row strategy against column strategy, before any fine. */
  payoff: number[][];
  /** Row strategy's share of defections against column strategy. */
  defections: number[][];
  /** Share of cooperative moves in the match (both sides). */
  cooperation: number[][];
}

/** Each pair of strategies played against each other with noise: the table replicator steps read. */
export function matchTable(input: SimulationInput, random = seededRandom(input.seed)): MatchTable {
  const { R, S, T, P } = input.payoffs;
  const K = Strategy.options;
  const table: MatchTable = { payoff: [], defections: [], cooperation: [] };
  for (const i of K) {
    const pay: number[] = [];
    const def: number[] = [];
    const coop: number[] = [];
    for (const j of K) {
      let sum = 0;
      let d = 0;
      let c = 0;
      for (let m = 0; m < MATCHES; m++) {
        const { own, other } = play(i, strategyOpponent(j, input.noise, random), {
          rounds: ROUNDS,
          tremble: input.noise,
          random,
        });
        own.forEach((x, t) => {
          const y = other[t]!;
          sum += x ? (y ? R : S) : y ? T : P;
          d += 1 - x;
          c += x + y;
        });
      }
      pay.push(sum / (MATCHES * ROUNDS));
      def.push(d / (MATCHES * ROUNDS));
      coop.push(c / (2 * MATCHES * ROUNDS));
    }
    table.payoff.push(pay);
    table.defections.push(def);
    table.cooperation.push(coop);
  }
  return table;
}

/**
 * The fitted mixture as a population of strategies, one replicator–mutator step a month: each
 * strategy's share grows with its expected payoff against the population (less a fine per
 * defection from `fineFrom` on), and a small share mutates. Deterministic: the table is drawn once
 * from the seed.
 */
export function simulate(
  start: MixtureFit,
  input: SimulationInput,
  { dates, fineFrom, table }: { dates: readonly string[]; fineFrom: string | null; table: MatchTable },
): SimulationStep[] {
  const K = Strategy.options;
  let shares = K.map((k) => start.weights.find((w) => w.strategy === k)?.value ?? 0);
  const out: SimulationStep[] = [];
  // Fitness shifted to stay positive: the lowest payoff a strategy can get, fine included.
  const floor = Math.min(...table.payoff.flat()) - input.fine - 1;
  for (const date of dates) {
    const fined = fineFrom !== null && date >= fineFrom;
    const fitness = K.map((_, i) =>
      K.reduce(
        (s, _j, j) =>
          s + shares[j]! * (table.payoff[i]![j]! - (fined ? input.fine * table.defections[i]![j]! : 0)),
        0,
      ),
    );
    const cooperation = K.reduce(
      (s, _i, i) => s + K.reduce((t, _j, j) => t + shares[i]! * shares[j]! * table.cooperation[i]![j]!, 0),
      0,
    );
    out.push({
      date,
      cooperation: round(cooperation),
      shares: Object.fromEntries(K.map((k, i) => [k, round(shares[i]!)])) as SimulationStep['shares'],
      fined,
    });
    const mean = shares.reduce((s, p, i) => s + p * (fitness[i]! - floor), 0);
    const mu = input.mutation;
    shares = shares.map(
      (p, i) => (1 - mu) * (mean > 0 ? (p * (fitness[i]! - floor)) / mean : p) + mu / K.length,
    );
  }
  return out;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;
