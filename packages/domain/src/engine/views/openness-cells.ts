import type { ActorKind, Capability, OpennessPoint, Surface } from '../../schema';
import { hasSurface } from '../answer/lifetime';
import { rollupMembers } from '../answer/roll-up';
import type { LedgerIndex } from '../fold/fold';

export interface OpennessWeight {
  capability: Capability;
  weight: number;
  surfaces: Surface[];
  /** When set, only the target side's actors of these kinds are cells (a checkout takes wallets). */
  targetKinds?: ActorKind[];
}

/**
 * What the index weighs, and on which surfaces. Links and payments carry most weight because they
 * decide whether traffic and transactions can cross at all; cards, mini programs and ads refine it.
 */
export const OPENNESS_WEIGHTS: OpennessWeight[] = [
  { capability: 'link.open', weight: 0.3, surfaces: ['private-chat', 'group-chat', 'moments'] },
  { capability: 'payment.accept', weight: 0.25, surfaces: ['checkout'], targetKinds: ['payment'] },
  { capability: 'card.share', weight: 0.1, surfaces: ['private-chat', 'group-chat'] },
  { capability: 'miniprogram.host', weight: 0.15, surfaces: ['mini-program'] },
  { capability: 'ads.place', weight: 0.1, surfaces: ['moments', 'feed'] },
  { capability: 'entry.list', weight: 0.05, surfaces: ['*'] },
  { capability: 'miniprogram.launch-app', weight: 0.05, surfaces: ['mini-program'] },
];

/** Below this share of the weight resting on records the index says "insufficient data". */
export const MIN_COVERAGE = 0.05;

/** One cell the index reads: a crossing and its share of the pair's total weight. */
export interface OpennessCell {
  host: string;
  surface: Surface;
  capability: Capability;
  target: string;
  weight: number;
}

/**
 * The pair's fixed cell set: host platforms × target platforms × each capability's surfaces the host
 * has. It depends on the pair (its actors' kinds and surfaces) alone, never on what is recorded nor on
 * the date, so a new record changes a cell's score but never which cells the mean is over.
 */
export function opennessCells(index: LedgerIndex, host: string, target: string): OpennessCell[] {
  const hosts = rollupMembers(index, host);
  const targets = rollupMembers(index, target);
  const groups = OPENNESS_WEIGHTS.map(({ capability, weight, surfaces, targetKinds }) => {
    const cells: Omit<OpennessCell, 'weight'>[] = [];
    for (const h of hosts)
      for (const t of targets) {
        if (targetKinds && !targetKinds.includes(index.actors.get(t)?.kind as ActorKind)) continue;
        for (const surface of surfaces)
          if (hasSurface(index, h, surface)) cells.push({ host: h, surface, capability, target: t });
      }
    return { weight, cells };
  }).filter((g) => g.cells.length > 0);
  const total = groups.reduce((s, g) => s + g.weight, 0);
  return groups.flatMap(({ weight, cells }) =>
    cells.map((c) => ({ ...c, weight: weight / total / cells.length })),
  );
}

/**
 * The index on one date from its cells' scores (null: no record, scored as no access). Pure, so a
 * test can widen one cell and recompute.
 */
export function opennessPoint(
  date: string,
  cells: readonly OpennessCell[],
  scores: readonly (number | null)[],
): OpennessPoint {
  let value = 0;
  let coverage = 0;
  let recorded = 0;
  const sums = new Map<string, { sum: number; n: number }>();
  cells.forEach((c, i) => {
    const s = scores[i] ?? null;
    const cap = sums.get(c.capability) ?? { sum: 0, n: 0 };
    sums.set(c.capability, cap);
    cap.n++;
    if (s === null) return;
    cap.sum += s;
    value += s * c.weight;
    coverage += c.weight;
    recorded++;
  });
  const byCapability: Record<string, number | null> = {};
  for (const { capability } of OPENNESS_WEIGHTS) {
    const cap = sums.get(capability);
    byCapability[capability] = cap ? round((cap.sum / cap.n) * 100) : null;
  }
  return {
    date,
    value: cells.length && coverage >= MIN_COVERAGE ? round(value * 100) : null,
    coverage: round(coverage, 3),
    recorded: cells.length ? round(recorded / cells.length, 3) : 0,
    cells: cells.length,
    recordedMean: coverage > 0 ? round((value / coverage) * 100) : null,
    byCapability,
  };
}

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
