import type { Actor, CrossingKey, Decision, DecisionBrief } from '../../schema';
import { lastAtOrBefore } from '../../schema/sorted-search';
import type { LedgerIndex } from '../fold/fold';
import { capabilityCode, memoKeyOf, slotOf, surfaceCode } from '../fold/keys';
import type { MemoEntry } from '../fold/memo';
import { answerOn, decisionOf } from './answer-on';
import { crossingSegments, lineageSlots } from './crossing';
import { absentOn } from './lifetime';
import type { Related } from './nearby';
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
  /**
   * The recorded crossings related to the key, for an unknown answer's `nearby` list: found on the
   * first unknown answer asked in full, then kept here (the deps include the key's own slot, which
   * is all they read), so later answers resolve the key's codes once, not twice.
   */
  related: readonly Related[] | null;
}

export interface AnswerStep {
  readonly start: number;
  /** The answer on any day of the step (`question.at` left empty: the caller sets it). */
  readonly answer: Decision;
  /** The last date an answer in this step is fresh: 12 months after its newest evidence. */
  readonly freshTo: string | null;
  /** The answer's optional fields, in its order (answerAt copies them after the fixed ones). */
  readonly extras: readonly (keyof Decision)[];
  /** Whether `extras` are in OPTIONAL's order, so answerAt can copy them without a keyed loop. */
  readonly ordered: boolean;
  /** For an unknown answer, the side of the crossing that did not exist then. */
  readonly absent: Decision['absent'] | null;
  /** The step's brief answer and its JSON text, written on the first brief question (decide-brief.ts). */
  brief: BriefAnswer | null;
}

/** A brief answer, the same for every question on one step (it names no date), with its JSON text. */
export interface BriefAnswer {
  readonly decision: Readonly<DecisionBrief>;
  readonly json: string;
}

/** Kind slots under one packed key (keys.ts): 0 is the crossing's own segments. */
const TIMELINE_KIND = 1;

/** The key's answer timeline, memoised in the index beside the crossing's segments. */
export function answerTimeline(index: LedgerIndex, key: CrossingKey, ownSurface = false): AnswerTimeline {
  return timelineOf(index, key.host, key.surface, key.capability, key.target, ownSurface);
}

/** `answerTimeline` by the key's four ids: a memo hit allocates nothing (the hot path of `decide`). */
export function timelineOf(
  index: LedgerIndex,
  host: string,
  surface: string,
  capability: string,
  target: string,
  ownSurface: boolean,
): AnswerTimeline {
  const h = index.codes.byId.get(host);
  const t = index.codes.byId.get(target);
  const c = capabilityCode.get(capability);
  const s = surfaceCode.get(surface);
  if (h === undefined || t === undefined || c === undefined || s === undefined)
    return build(index, { host, surface, capability, target } as CrossingKey, ownSurface, []);
  const slot = slotOf(h, c);
  const packed = memoKeyOf(t, s, ownSurface, TIMELINE_KIND);
  const done = index.memo.get(slot, packed) as AnswerTimeline | undefined;
  if (done) return done;
  const key = { host, surface, capability, target } as CrossingKey;
  const parts = broadParts(index, key, ownSurface);
  const hosts = parts ? [h, ...parts.hosts.map((p) => index.codes.byId.get(p) ?? 0)] : [h];
  const deps = lineageSlots(index, hosts, c);
  // The related list kept on the timeline reads the key's own slot.
  if (!deps.includes(slot)) deps.push(slot);
  const out = build(index, key, ownSurface, deps, parts);
  index.memo.set(slot, packed, out);
  return out;
}

/** The index of the step in force on `day`. */
export function stepAt(starts: readonly number[], day: number): number {
  // The first step starts at -Infinity, so there always is one.
  return Math.max(0, lastAtOrBefore(starts, day));
}

function build(
  index: LedgerIndex,
  key: CrossingKey,
  ownSurface: boolean,
  deps: readonly number[],
  parts = broadParts(index, key, ownSurface),
): AnswerTimeline {
  if (!parts) {
    const steps = crossingSegments(index, key).map((seg) =>
      step(index, key, seg.start, decisionOf(seg, key, '')),
    );
    return { deps, parts, steps, starts: steps.map((s) => s.start), related: null };
  }
  return { deps, parts, ...rolledSteps(index, key, parts), related: null };
}

function step(index: LedgerIndex, key: CrossingKey, start: number, answer: Decision): AnswerStep {
  const extras = (Object.keys(answer) as (keyof Decision)[]).filter((k) => !FIXED.has(k));
  return {
    start,
    answer,
    extras,
    ordered: extras.every((k, i) => i === 0 || OPTIONAL.indexOf(k) > OPTIONAL.indexOf(extras[i - 1]!)),
    freshTo: answer.lastEvidence ? yearAfter(answer.lastEvidence) : null,
    // Lifetimes start and end steps (crossing.ts), so a step's first day speaks for all of it.
    absent: answer.status === 'unknown' ? absentMark(absentOn(index, key.host, key.target, start)) : null,
    brief: null,
  };
}

const FIXED = new Set<string>([
  'question',
  'method',
  'status',
  'basis',
  'friction',
  'coverage',
  'rule',
  'beaten',
  'evidence',
  'since',
  'until',
  'rumors',
  'lastEvidence',
]);

/** A template's optional fields, in the order decisionOf sets them (all but a few broad answers'). */
const OPTIONAL: readonly (keyof Decision)[] = ['inheritedFrom', 'uncertain', 'rest', 'byPlatform'];

const absentMark = (a: Actor | null): Decision['absent'] | null =>
  a && {
    id: a.id,
    ...(a.launched ? { launched: a.launched } : {}),
    ...(a.closed ? { closed: a.closed } : {}),
  };

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
  return { starts, steps: answers.map((a, i) => step(index, key, starts[i]!, a)) };
}

/** A step's answer to the question asked on `at` (an unknown one says which side did not exist yet). */
export function answerAt(step: AnswerStep, question: Decision['question']): Decision {
  const a = step.answer;
  // One literal shape for every answer (a spread of templates of many shapes is megamorphic and slow),
  // then the template's optional fields in its own order.
  const d: Decision = {
    question,
    method: a.method,
    status: a.status,
    basis: a.basis,
    friction: a.friction,
    coverage: a.coverage,
    rule: a.rule,
    beaten: a.beaten,
    evidence: a.evidence,
    since: a.since,
    until: a.until,
    rumors: a.rumors,
    lastEvidence: a.lastEvidence,
  };
  if (step.ordered) {
    // Named stores keep the few shapes answers take monomorphic; a keyed loop over `extras` cost a
    // tenth of a single crossing's decision.
    if (a.inheritedFrom !== undefined) d.inheritedFrom = a.inheritedFrom;
    if (a.uncertain !== undefined) d.uncertain = a.uncertain;
    if (a.rest !== undefined) d.rest = a.rest;
    if (a.byPlatform !== undefined) d.byPlatform = a.byPlatform;
  } else for (const k of step.extras) (d as Record<string, unknown>)[k] = a[k];
  if (step.freshTo !== null && question.at > step.freshTo) d.stale = true;
  if (step.absent) d.absent = step.absent;
  return d;
}
