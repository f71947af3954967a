import {
  type Actor,
  dayNumber,
  type Event,
  type Evidence,
  type Ledger,
  type PolicyChange,
  type Rule,
  type Source,
} from '../schema';
import { ActorCodes, capabilityCode, RuleIndex, surfaceCode } from './keys';
import type { IndexedRule, Timeline } from './timeline';

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

/** Folds a validated ledger into indexed timelines: one sorted timeline per rule key. */
export function foldLedger(ledger: Ledger): LedgerIndex {
  const actors = new Map(ledger.actors.map((a) => [a.id, a]));
  const sources = new Map(ledger.sources.map((s) => [s.id, s]));
  const events = new Map(ledger.events.map((e) => [e.id, e]));
  const codes = new ActorCodes();
  for (const a of ledger.actors) codes.code(a.id);

  const evidence = new Map<string, Evidence>();
  // One shared single-event evidence list per event; rules only copy it when a status run grows.
  const ownEvidence = new Map<string, Evidence[]>();
  for (const e of ledger.events) {
    const ev = { event: e, sources: e.sources.map((c) => ({ ...c, record: sources.get(c.source) })) };
    evidence.set(e.id, ev);
    ownEvidence.set(e.id, [ev]);
  }

  const timelines = new RuleIndex<Timeline>();
  // Stable order: by date, then by position in the ledger, so same-day changes apply in file order.
  const ordered = ledger.events
    .map((e, i) => ({ e, i, day: dayNumber(e.date) ?? 0 }))
    .sort((a, b) => a.day - b.day || a.i - b.i);
  for (const { e, day } of ordered) {
    const own = ownEvidence.get(e.id)!;
    e.changes.forEach((change, n) => {
      const indexed = indexRule(e, change, n, day, own);
      const t = timelines.getOrCreate(
        codes.code(change.host),
        capabilityCode.get(change.capability)!,
        codes.code(change.target),
        surfaceCode.get(change.surface)!,
        () => ({ days: [], rules: [], rumors: [] }),
      );
      if (e.confidence === 'rumor') t.rumors.push(indexed);
      else {
        t.days.push(day);
        t.rules.push(indexed);
      }
    });
  }
  for (const t of timelines.values()) chainEvidence(t);

  const lineage: number[][] = [];
  for (let c = 0; c < codes.ids.length; c++) lineage.push(ownerChain(codes.ids[c]!, actors, codes));
  const webHosts = new Map<string, string>();
  for (const a of ledger.actors) for (const h of a.hosts) webHosts.set(h, a.id);
  const owned = new Map<string, string[]>();
  for (const a of ledger.actors) if (a.owner) owned.set(a.owner, [...(owned.get(a.owner) ?? []), a.id]);
  const eventsByDate = [...ledger.events].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  return {
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
}

function indexRule(e: Event, c: PolicyChange, n: number, day: number, own: Evidence[]): IndexedRule {
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
  };
  const since = { date: e.date, precision: e.precision };
  const until = { date: e.date, precision: e.precision, status: c.status };
  const indexed: IndexedRule = {
    rule,
    day,
    status: c.status,
    friction: c.friction,
    coverage: c.coverage,
    evidence: own,
    since,
    until,
    runStart: null,
    nextChange: null,
  };
  indexed.runStart = indexed;
  return indexed;
}

/**
 * Links each rule to the start of its status run and to the next rule that changes the status, and
 * runs its evidence back over the earlier rules that set the same status, so a decision answered by
 * one key needs no walking.
 */
function chainEvidence(t: Timeline): void {
  for (let i = 1; i < t.rules.length; i++) {
    const prev = t.rules[i - 1]!;
    const cur = t.rules[i]!;
    if (prev.status !== cur.status) continue;
    cur.runStart = prev.runStart;
    const own = cur.evidence[0]!;
    cur.evidence = prev.evidence.includes(own) ? prev.evidence : [...prev.evidence, own];
  }
  let next: IndexedRule | null = null;
  for (let i = t.rules.length - 1; i >= 0; i--) {
    const cur = t.rules[i]!;
    cur.nextChange = next;
    if (i > 0 && t.rules[i - 1]!.status !== cur.status) next = cur;
  }
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
