import {
  type Actor,
  type CrossingKey,
  dayNumber,
  type Event,
  type Evidence,
  isoFromDay,
  type PolicyChange,
  type Rule,
  type Source,
} from '../../schema';
import { ownersOf } from '../../schema/owner-walk';
import { candidateTimelines } from './candidates';
import type { LedgerIndex } from './fold';
import { type ActorCodes, capabilityCode, type RuleIndex, surfaceCode } from './keys';
import { DAWN, foldOrder, type IndexedRule, ruleIndexAt, type Timeline } from './timeline';
import { eventWindow } from './window';

/** A standing fact ("never", "still", "only") and the rule it becomes once held back. */
export interface StandingFact {
  readonly change: PolicyChange;
  readonly rule: IndexedRule;
}

export const evidenceOf = (e: Event, sources: ReadonlyMap<string, Source>): Evidence => ({
  event: e,
  sources: e.sources.map((c) => ({ ...c, record: sources.get(c.source) })),
});

export const byDate = (a: Event, b: Event): number =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** The timeline of a rule's key, created empty when the key is new. */
export function timelineOf(timelines: RuleIndex<Timeline>, codes: ActorCodes, r: CrossingKey): Timeline {
  return timelines.getOrCreate(
    codes.code(r.host),
    capabilityCode.get(r.capability)!,
    codes.code(r.target),
    surfaceCode.get(r.surface)!,
    () => ({ days: [], rules: [], rumors: [] }),
  );
}

/** An event's changes as indexed rules, in the event's order; `ordinal` is the event's place in the ledger. */
export function factsOf(e: Event, ordinal: number, own: Evidence): StandingFact[] {
  const { start, last } = eventWindow(e);
  return e.changes.map((change, n) => ({ change, rule: indexRule(e, change, n, start, last, own, ordinal) }));
}

function indexRule(
  e: Event,
  c: PolicyChange,
  n: number,
  start: number,
  last: number,
  own: Evidence,
  ordinal: number,
): IndexedRule {
  const rule: Rule = {
    id: `${e.id}#${n}`,
    host: c.host,
    surface: c.surface,
    capability: c.capability,
    target: c.target,
    status: c.status,
    friction: c.friction,
    coverage: c.coverage,
    event: e.id,
    date: e.date,
    precision: e.precision,
    confidence: e.confidence,
    ...(c.standing ? { standing: true } : {}),
    ...(e.estimated ? { estimated: true as const } : {}),
    ...(c.cause !== 'host' ? { cause: c.cause } : {}),
  };
  return {
    rule,
    day: start,
    settle: last,
    status: c.status,
    friction: c.friction,
    coverage: c.coverage,
    partial: c.status === 'partial' || c.coverage !== 'all',
    evidence: own,
    since: { date: e.date, precision: e.precision },
    observed: c.standing ? start : null,
    eventDay: start,
    ordinal,
    n,
  };
}

/**
 * Where a standing fact holds from: the start its source states, else the day after its crossing's
 * last recorded change before the observation, else all time. Only the rules and the standing facts
 * before it in fold order count, so the answer is the same however the index was reached.
 */
export function heldFrom(index: LedgerIndex, c: PolicyChange, r: IndexedRule): number {
  let from = DAWN;
  if (c.standingSince) from = dayNumber(c.standingSince) ?? DAWN;
  else {
    const cands = candidateTimelines(index, c.host, c.surface, c.capability, c.target);
    const before = winnerBefore(cands, r.eventDay - 1, r);
    // A change that already says the same on the same crossing is the answer's direct source: the
    // fact confirms it and infers nothing. Otherwise it holds from after that change has settled,
    // so the change's own window stays uncertain.
    if (before && sameCrossing(before, r) && sameAnswer(before, r)) from = r.eventDay;
    else if (before) from = before.day <= DAWN ? DAWN : Math.max(before.day, before.settle) + 1;
  }
  return Math.min(Math.max(from, speaksFrom(index, r)), r.eventDay);
}

/**
 * The earliest day the observation's own sentences speak of: a citation's `speaksOf`, else its
 * article's date ("already" is not "always"; 004 also recounts 2013, so the article's span will not do).
 */
function speaksFrom(index: LedgerIndex, r: IndexedRule): number {
  let from = Number.POSITIVE_INFINITY;
  for (const c of r.evidence.event.sources) {
    const date = c.speaksOf ?? index.sources.get(c.source)?.date;
    const day = date ? dayNumber(date) : null;
    if (day !== null && day < from) from = day;
  }
  return from === Number.POSITIVE_INFINITY ? DAWN : from;
}

const sameCrossing = (a: IndexedRule, b: IndexedRule): boolean =>
  a.rule.host === b.rule.host &&
  a.rule.surface === b.rule.surface &&
  a.rule.capability === b.rule.capability &&
  a.rule.target === b.rule.target;

const sameAnswer = (a: IndexedRule, b: IndexedRule): boolean =>
  a.status === b.status &&
  a.coverage === b.coverage &&
  a.friction.length === b.friction.length &&
  a.friction.every((f) => b.friction.includes(f));

/** The rule in force on `day` (winnerAt), seeing no standing fact at or after `fact` in fold order. */
function winnerBefore(cands: readonly Timeline[], day: number, fact: IndexedRule): IndexedRule | null {
  let best: IndexedRule | null = null;
  for (const t of cands) {
    let i = ruleIndexAt(t.days, day);
    while (i >= 0 && t.rules[i]!.observed !== null && foldOrder(t.rules[i]!, fact) >= 0) i--;
    if (i < 0) continue;
    const r = t.rules[i]!;
    if (!best || r.day > best.day) best = r;
  }
  return best;
}

/** Holds `r` back to `from` and puts it in its timeline. */
export function placeStanding(t: Timeline, r: IndexedRule, from: number): void {
  r.day = from;
  r.settle = from;
  r.since = from <= DAWN ? null : { date: isoFromDay(from), precision: 'day' };
  insertHeld(t, r);
}

/** Puts a held-back rule before any rule starting the same day, so a stated change wins over an inferred one. */
export function insertHeld(t: Timeline, r: IndexedRule): void {
  let at = 0;
  while (at < t.days.length && t.days[at]! < r.day) at++;
  t.days.splice(at, 0, r.day);
  t.rules.splice(at, 0, r);
}

export function ownerChain(id: string, actors: ReadonlyMap<string, Actor>, codes: ActorCodes): number[] {
  if (id === '*') return [];
  return [id, ...ownersOf(id, (a) => actors.get(a)?.owner)].map((a) => codes.code(a));
}
