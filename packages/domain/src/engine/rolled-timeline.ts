import { type CrossingKey, type Decision, isoFromDay } from '../schema';
import { answerOn } from './answer-on';
import { crossingSegments } from './crossing';
import type { LedgerIndex } from './fold';
import type { BroadParts } from './roll-up';
import { startMark } from './segment';

/** One day a broad question's rolled-up answer can change, and that answer (its own `since`/`until` are not yet set). */
export interface RolledStep {
  /** First day; null for the stretch before anything is recorded. */
  readonly start: number | null;
  readonly answer: Decision;
  /** When the change that starts this step happened, as its event dates it (else the day itself). */
  readonly since: Decision['since'];
}

const caches = new WeakMap<LedgerIndex, Map<string, RolledStep[]>>();
/** Bounds the per-ledger cache, as the crossings' own cache is bounded. */
const CACHE_LIMIT = 50_000;

/**
 * A broad question's answer over time: `answerOn` on each day the question's own crossing or one
 * of its parts starts a segment. Computed once per folded ledger and question.
 */
export function rolledTimeline(
  index: LedgerIndex,
  key: CrossingKey,
  parts: BroadParts,
  ownSurface: boolean,
): RolledStep[] {
  const id = `${key.host}|${key.surface}|${key.capability}|${key.target}|${ownSurface ? 1 : 0}`;
  let cache = caches.get(index);
  if (!cache) {
    cache = new Map();
    caches.set(index, cache);
  }
  const done = cache.get(id);
  if (done) return done;
  // Each day some segment starts, dated as its segment dates it (startMark): a rule dates a day only
  // where it starts, settles or is observed then, so a segment that merely splits (a rumor, a beaten
  // rule) does not. The own crossing's lists come first, so it wins ties.
  const since = new Map<number, Decision['since']>();
  const lists = [crossingSegments(index, key)];
  for (const host of parts.hosts)
    for (const surface of parts.surfaces)
      for (const target of parts.targets)
        lists.push(crossingSegments(index, { ...key, host, surface, target }));
  for (const segs of lists)
    for (const s of segs) {
      if (s.start <= -1e9) continue;
      const mark = startMark(s);
      const had = since.get(s.start);
      if (!had || (!had.window && had.precision === 'day' && mark?.window)) since.set(s.start, mark);
    }
  const days = [...since.keys()].sort((a, b) => a - b);
  const steps: RolledStep[] = [
    { start: null, answer: answerOn(index, key, parts, (days[0] ?? 0) - 1, ''), since: null },
  ];
  for (const day of days)
    steps.push({
      start: day,
      answer: answerOn(index, key, parts, day, isoFromDay(day)),
      since: since.get(day)!,
    });
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(id, steps);
  return steps;
}

/** The step in force on `day`. */
export function rolledStepAt(steps: readonly RolledStep[], day: number): number {
  let lo = 1;
  let hi = steps.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (steps[mid]!.start! <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * `since`: the first step of the status run `day` is in; `until`: the first later step whose status
 * differs (so it is after `day`), each dated with its change's window.
 */
export function rolledDates(
  index: LedgerIndex,
  key: CrossingKey,
  parts: BroadParts,
  ownSurface: boolean,
  day: number,
): Pick<Decision, 'since' | 'until'> {
  const steps = rolledTimeline(index, key, parts, ownSurface);
  const at = rolledStepAt(steps, day);
  const status = steps[at]!.answer.status;
  let first = at;
  while (first > 0 && steps[first - 1]!.answer.status === status) first--;
  const next = steps.slice(at + 1).find((s) => s.answer.status !== status);
  return {
    since: status === 'unknown' ? null : steps[first]!.since,
    until: next?.since ? { ...next.since, status: next.answer.status } : null,
  };
}
