import type { CrossingKey, Decision } from '../schema';
import { answerOn, decisionOf } from './answer-on';
import { crossingSegments, lineageSlots } from './crossing';
import type { LedgerIndex } from './fold';
import { packKey } from './keys';
import type { MemoEntry } from './memo';
import { type BroadParts, broadParts } from './roll-up';
import { startMark } from './segment';

/**
 * One key's answers over time (hutong-decide/4 §11): a single crossing's steps are its segments; a
 * broad key's (a company, or `*` over named surfaces) are its rolled-up answers on each day one of
 * its parts changes, rolled up once per step. `decide` is the step at the date, `history` is the
 * steps; each step's answer already carries its `since` and `until`, so they can never disagree.
 */
export interface AnswerTimeline extends MemoEntry {
  /** Each step's first day, ascending; the first is -Infinity (before anything is recorded). */
  readonly starts: readonly number[];
  readonly steps: readonly AnswerStep[];
  /** A broad key's parts; null for a single crossing. */
  readonly parts: BroadParts | null;
}

export interface AnswerStep {
  readonly start: number;
  /** The answer on any day of the step (`question.at` left empty: the caller sets it). */
  readonly answer: Decision;
  /** The last date an answer in this step is fresh: 12 months after its newest evidence. */
  readonly freshTo: string | null;
}

/** Kind slots under one packed key (keys.ts): 0 is the crossing's own segments. */
const TIMELINE_KIND = 1;

/** The key's answer timeline, memoised in the index beside the crossing's segments. */
export function answerTimeline(index: LedgerIndex, key: CrossingKey, ownSurface = false): AnswerTimeline {
  const packed = packKey(index.codes, key.host, key.surface, key.capability, key.target, ownSurface);
  if (!packed) return build(index, key, ownSurface, []);
  const done = index.memo.get(packed.slot, packed.key + TIMELINE_KIND) as AnswerTimeline | undefined;
  if (done) return done;
  const parts = broadParts(index, key, ownSurface);
  const hosts = parts
    ? [packed.host, ...parts.hosts.map((h) => index.codes.byId.get(h) ?? 0)]
    : [packed.host];
  const out = build(index, key, ownSurface, lineageSlots(index, hosts, packed.capability), parts);
  index.memo.set(packed.slot, packed.key + TIMELINE_KIND, out);
  return out;
}

/** The index of the step in force on `day`. */
export function stepAt(starts: readonly number[], day: number): number {
  let lo = 1;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function build(
  index: LedgerIndex,
  key: CrossingKey,
  ownSurface: boolean,
  deps: readonly number[],
  parts = broadParts(index, key, ownSurface),
): AnswerTimeline {
  if (!parts) {
    const steps = crossingSegments(index, key).map((seg) => step(seg.start, decisionOf(seg, key, '')));
    return { deps, parts, steps, starts: steps.map((s) => s.start) };
  }
  return { deps, parts, ...rolledSteps(index, key, parts) };
}

function step(start: number, answer: Decision): AnswerStep {
  return { start, answer, freshTo: answer.lastEvidence ? yearAfter(answer.lastEvidence) : null };
}

/** `date` a year on, as an ISO date (29 February goes to 1 March's place by string order alone). */
const yearAfter = (date: string) =>
  `${String(Number(date.slice(0, 4)) + 1).padStart(4, '0')}${date.slice(4)}`;

/**
 * A broad key's steps: the rolled-up answer on each day its own crossing or one of its parts starts a
 * segment, each dated as its segment dates it (startMark: a segment that merely splits, on a rumor or
 * a beaten rule, dates nothing); then `since` (the first step of the status run) and `until` (the
 * next step with another status, after any day of this one) from the steps themselves.
 */
function rolledSteps(
  index: LedgerIndex,
  key: CrossingKey,
  parts: BroadParts,
): Pick<AnswerTimeline, 'starts' | 'steps'> {
  const marks = new Map<number, Decision['since']>();
  const lists = [crossingSegments(index, key)];
  for (const host of parts.hosts)
    for (const surface of parts.surfaces)
      for (const target of parts.targets)
        lists.push(crossingSegments(index, { host, surface, capability: key.capability, target }));
  // The own crossing's lists come first, so its dating wins ties; a window beats a bare day.
  for (const segs of lists)
    for (const s of segs) {
      if (s.start <= -1e9) continue;
      const mark = startMark(s);
      const had = marks.get(s.start);
      if (!had || (!had.window && had.precision === 'day' && mark?.window)) marks.set(s.start, mark);
    }
  const days = [...marks.keys()].sort((a, b) => a - b);
  const answers = [answerOn(index, key, parts, (days[0] ?? 0) - 1, '')];
  for (const day of days) answers.push(answerOn(index, key, parts, day, ''));
  const starts = [Number.NEGATIVE_INFINITY, ...days];
  const since = (i: number) => (i === 0 ? null : marks.get(days[i - 1]!)!);
  // Forward: the first step of each status run; backward: the next step whose status differs.
  let runStart = 0;
  for (let i = 0; i < answers.length; i++) {
    if (i > 0 && answers[i]!.status !== answers[i - 1]!.status) runStart = i;
    answers[i]!.since = answers[i]!.status === 'unknown' ? null : since(runStart);
  }
  let next = -1;
  for (let i = answers.length - 1; i >= 0; i--) {
    if (i < answers.length - 1 && answers[i + 1]!.status !== answers[i]!.status) next = i + 1;
    const mark = next > 0 ? since(next) : null;
    answers[i]!.until = mark ? { ...mark, status: answers[next]!.status } : null;
  }
  return { starts, steps: answers.map((a, i) => step(starts[i]!, a)) };
}

/** A step's answer as of `at`: the same object shape, with the question asked. */
export function answerAt(step: AnswerStep, key: CrossingKey, at: string): Decision {
  const d: Decision = {
    ...step.answer,
    question: {
      host: key.host,
      surface: key.surface,
      capability: key.capability,
      target: key.target,
      at,
    } as Decision['question'],
  };
  if (step.freshTo !== null && at > step.freshTo) d.stale = true;
  return d;
}
