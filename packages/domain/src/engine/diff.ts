import type { DiffEntry, LedgerDiff } from '../schema';
import { decide, PART } from './decide';
import type { LedgerIndex } from './fold';
import { recordedCrossings } from './recorded';

/** Each recorded crossing whose decided status differs between two dates, and the events in between. */
export function diff(index: LedgerIndex, from: string, to: string): LedgerDiff {
  const changes: DiffEntry[] = [];
  for (const c of recordedCrossings(index).all) {
    const before = decide(index, { ...c, at: from }, PART);
    const after = decide(index, { ...c, at: to }, PART);
    if (before.status === after.status) continue;
    changes.push({
      ...c,
      before: before.status,
      after: after.status,
      basis: after.basis,
      rule: after.rule,
    });
  }
  const [lo, hi] = from <= to ? [from, to] : [to, from];
  const events = index.eventsByDate.filter((e) => e.date > lo && e.date <= hi).map((e) => e.id);
  return { from, to, changes, events };
}
