import type { DiffEntry, LedgerDiff } from '../../schema';
import { decide, PART } from '../answer/decide';
import type { LedgerIndex } from '../fold/fold';
import { recordedCrossings, viewSurfaceOf } from './recorded';

/** Each recorded crossing whose decided status differs between two dates, and the events in between. */
export function diff(index: LedgerIndex, from: string, to: string): LedgerDiff {
  const changes: DiffEntry[] = [];
  const [lo, hi] = from <= to ? [from, to] : [to, from];
  for (const c of recordedCrossings(index).all) {
    const before = decide(index, { ...c, at: from }, PART);
    const after = decide(index, { ...c, at: to }, PART);
    if (before.status === after.status) continue;
    // The later status's run began inside the range (the statuses differ at its ends); an unknown
    // later status has no since, so the first change after `from` dates it.
    const [early, late] = from <= to ? [before, after] : [after, before];
    const on = (late.since ?? early.until)!;
    const entry: DiffEntry = {
      ...c,
      surface: viewSurfaceOf(index, c),
      before: before.status,
      after: after.status,
      basis: after.basis,
      rule: after.rule,
      on: { date: on.date, precision: on.precision, ...(on.window ? { window: on.window } : {}) },
    };
    if (on.window && on.window.from <= lo) entry.windowCloses = true;
    changes.push(entry);
  }
  const events = index.eventsByDate.filter((e) => e.date > lo && e.date <= hi).map((e) => e.id);
  return { from, to, changes, events };
}
