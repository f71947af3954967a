import type { LedgerIndex } from '../engine';
import { overlayIndex } from '../engine/counterfactual/overlay-index';
import { GAME_METHOD, monthStarts, type Simulation, type SimulationQuestion } from '../schema';
import { fitWithIntervals } from './bootstrap';
import { movesOf } from './game-report';
import { seededRandom } from './prng';
import { sequencesOf } from './sequences';
import { matchTable, simulate } from './simulate';

/**
 * The fitted strategies played forward month by month from the first month of the moves, with the
 * regulation (a fine per defection from its deadline) and without it: the counterfactual ledger
 * leaves out the events issuing it (the what-if overlay), and its own moves give its start.
 */
export function simulation(index: LedgerIndex, q: SimulationQuestion, to: string): Simulation {
  const input = q.simulation;
  const regulation = index.ledger.regulations.find((r) => r.id === q.regulation) ?? null;
  const issuing = index.ledger.events
    .filter((e) => e.kind === 'regulation' && e.regulation === q.regulation)
    .map((e) => e.id);
  const counterfactual = overlayIndex(index, { without: issuing, with: [] }).index;
  const table = matchTable(input, seededRandom(input.seed));
  const run = (ledger: LedgerIndex, fineFrom: string | null) => {
    const pairs = movesOf(ledger, q, to);
    const start = fitWithIntervals(
      pairs.flatMap((p) => sequencesOf(p)),
      { resamples: 0, seed: q.seed },
    );
    const first = pairs[0]?.months[0]?.date ?? q.from ?? to;
    return { start, steps: simulate(start, input, { dates: months(first, input.months), fineFrom, table }) };
  };
  const withRun = run(index, regulation?.deadline ?? null);
  const without = run(counterfactual, null);
  return {
    method: GAME_METHOD,
    input,
    with: { regulation: regulation?.id ?? null, fineFrom: regulation?.deadline ?? null, ...withRun },
    without: { regulation: null, fineFrom: null, droppedEvents: issuing, ...without },
  };
}

/** `count` first-of-month dates from `first`'s month. */
const months = (first: string, count: number) => monthStarts(first, null, count);
