import {
  type Actor,
  dayNumber,
  type Event,
  type Evidence,
  isoFromDay,
  type Ledger,
  type PolicyChange,
  type Rule,
  type Source,
} from '../schema';
import { candidateTimelines } from './candidates';
import { ActorCodes, capabilityCode, RuleIndex, surfaceCode } from './keys';
import { DAWN, type IndexedRule, type Timeline } from './timeline';
import { eventWindow } from './window';
import { winnerAt } from './winner';

export interface LedgerIndex {
  readonly ledger: Ledger;
  readonly actors: Map<string, Actor>;
  readonly events: Map<string, Event>;
  readonly sources: Map<string, Source>;
  readonly codes: ActorCodes;
  /** By actor code: the actor's code, then its owner's, and so on up (never `*`). */
  readonly lineage: number[][];
  readonly timelines: RuleIndex<Timeline>;
  readonly evidence: Map<string, Evidence>;
  /** Web host → actor id, for URL resolution. */
  readonly webHosts: Map<string, string>;
  /** Actor id → the ids of the actors it owns directly. */
  readonly owned: Map<string, string[]>;
  /** Every event by date, then id (plain code-unit order: both are ASCII). */
  readonly eventsByDate: Event[];
}

/** Folds a validated ledger into indexed timelines: one timeline per rule key, in start order. */
export function foldLedger(ledger: Ledger): LedgerIndex {
  const actors = new Map(ledger.actors.map((a) => [a.id, a]));
  const sources = new Map(ledger.sources.map((s) => [s.id, s]));
  const events = new Map(ledger.events.map((e) => [e.id, e]));
  const codes = new ActorCodes();
  for (const a of ledger.actors) codes.code(a.id);

  const evidence = new Map<string, Evidence>();
  for (const e of ledger.events)
    evidence.set(e.id, {
      event: e,
      sources: e.sources.map((c) => ({ ...c, record: sources.get(c.source) })),
    });

  const timelines = new RuleIndex<Timeline>();
  const timelineOf = (c: PolicyChange) =>
    timelines.getOrCreate(
      codes.code(c.host),
      capabilityCode.get(c.capability)!,
      codes.code(c.target),
      surfaceCode.get(c.surface)!,
      () => ({ days: [], rules: [], rumors: [] }),
    );
  // Stable order: by window start, then by position in the ledger, so same-day changes apply in file order.
  const ordered = ledger.events
    .map((e, i) => ({ e, i, ...eventWindow(e) }))
    .sort((a, b) => a.start - b.start || a.i - b.i);
  const standing: { change: PolicyChange; rule: IndexedRule }[] = [];
  for (const { e, start, last } of ordered) {
    const own = evidence.get(e.id)!;
    e.changes.forEach((change, n) => {
      const indexed = indexRule(e, change, n, start, last, own);
      const t = timelineOf(change);
      if (e.confidence === 'rumor') t.rumors.push(indexed);
      else if (change.standing) standing.push({ change, rule: indexed });
      else {
        t.days.push(start);
        t.rules.push(indexed);
      }
    });
  }

  const lineage: number[][] = [];
  for (let c = 0; c < codes.ids.length; c++) lineage.push(ownerChain(codes.ids[c]!, actors, codes));
  const webHosts = new Map<string, string>();
  for (const a of ledger.actors) for (const h of a.hosts) webHosts.set(h, a.id);
  const owned = new Map<string, string[]>();
  for (const a of ledger.actors) if (a.owner) owned.set(a.owner, [...(owned.get(a.owner) ?? []), a.id]);
  const eventsByDate = [...ledger.events].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  const index: LedgerIndex = {
    ledger,
    actors,
    events,
    sources,
    codes,
    lineage,
    timelines,
    evidence,
    webHosts,
    owned,
    eventsByDate,
  };
  // Standing facts go in last, in date order, each held back to its crossing's last change before it.
  for (const { change, rule } of standing) holdBack(index, change, rule, timelineOf(change));
  return index;
}

function indexRule(
  e: Event,
  c: PolicyChange,
  n: number,
  start: number,
  last: number,
  own: Evidence,
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
  };
}

/**
 * A standing fact ("never", "still", "only") holds from the start its source states, else from the
 * day after its crossing's last recorded change before the observation, else for all time.
 */
function holdBack(index: LedgerIndex, c: PolicyChange, r: IndexedRule, t: Timeline): void {
  let from = DAWN;
  if (c.standingSince) from = dayNumber(c.standingSince) ?? DAWN;
  else {
    const cands = candidateTimelines(index, c.host, c.surface, c.capability, c.target);
    const before = winnerAt(cands, r.eventDay - 1, null);
    if (before) from = before.day <= DAWN ? DAWN : before.day + 1;
  }
  from = Math.min(from, r.eventDay);
  r.day = from;
  r.settle = from;
  r.since = from <= DAWN ? null : { date: isoFromDay(from), precision: 'day' };
  // Before any explicit rule starting the same day, so a stated change wins over an inferred one.
  let at = 0;
  while (at < t.days.length && t.days[at]! < from) at++;
  t.days.splice(at, 0, from);
  t.rules.splice(at, 0, r);
}
function ownerChain(id: string, actors: Map<string, Actor>, codes: ActorCodes): number[] {
  if (id === '*') return [];
  const chain: number[] = [];
  const seen = new Set<string>();
  let cur: string | undefined = id;
  while (cur !== undefined && !seen.has(cur)) {
    seen.add(cur);
    chain.push(codes.code(cur));
    cur = actors.get(cur)?.owner;
  }
  return chain;
}
