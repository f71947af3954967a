import type { Decision, Status } from '../schema';
import { winnerAt } from './candidates';
import { type IndexedRule, ruleIndexAt, type Timeline } from './timeline';

/** The rule that began the status in force on `day`, walking back over the candidates' change days. */
export function statusSince(cands: readonly Timeline[], day: number, status: Status): IndexedRule | null {
  let cursor = day;
  for (;;) {
    let latest = Number.NEGATIVE_INFINITY;
    for (const t of cands) {
      const i = ruleIndexAt(t.days, cursor);
      if (i >= 0 && t.days[i]! > latest) latest = t.days[i]!;
    }
    if (latest === Number.NEGATIVE_INFINITY) return null;
    const before = winnerAt(cands, latest - 1);
    if ((before?.status ?? 'unknown') !== status) return winnerAt(cands, latest);
    cursor = latest - 1;
  }
}

/** The next day after `day` on which the status differs from `status`, and what it becomes. */
export function statusUntil(cands: readonly Timeline[], day: number, status: Status): Decision['until'] {
  let cursor = day;
  for (;;) {
    let next = Number.POSITIVE_INFINITY;
    for (const t of cands) {
      const i = ruleIndexAt(t.days, cursor) + 1;
      if (i < t.days.length && t.days[i]! < next) next = t.days[i]!;
    }
    if (next === Number.POSITIVE_INFINITY) return null;
    const w = winnerAt(cands, next);
    // A change that flips the status wins on its own day, so the winner's date is `next`.
    if (w && w.status !== status) return w.until;
    cursor = next;
  }
}
