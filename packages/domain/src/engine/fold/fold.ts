import type { Actor, Event, Evidence, Ledger, Source } from '../../schema';
import {
  byDate,
  evidenceOf,
  factsOf,
  heldFrom,
  ownerChain,
  placeStanding,
  type StandingFact,
  timelineOf,
} from './fold-parts';
import { ActorCodes, RuleIndex } from './keys';
import { Memo } from './memo';
import type { Timeline } from './timeline';
import { eventWindow } from './window';

export type { StandingFact };

export interface LedgerIndex {
  readonly ledger: Ledger;
  readonly actors: Map<string, Actor>;
  readonly events: ReadonlyMap<string, Event>;
  readonly sources: ReadonlyMap<string, Source>;
  readonly codes: ActorCodes;
  /** By actor code: the actor's code, then its owner's, and so on up (never `*`). */
  readonly lineage: number[][];
  readonly timelines: RuleIndex<Timeline>;
  readonly evidence: ReadonlyMap<string, Evidence>;
  /** Web host → actor id, for URL resolution. */
  readonly webHosts: Map<string, string>;
  /** Actor id → the ids of the actors it owns directly. */
  readonly owned: Map<string, string[]>;
  /** Every event by date, then id (plain code-unit order: both are ASCII). */
  readonly eventsByDate: Event[];
  /** Event id → its place in the ledger (gaps allowed): same-day changes apply in this order. */
  readonly order: ReadonlyMap<string, number>;
  /** The place a newly recorded event takes: after every other. */
  readonly nextOrdinal: number;
  /** Standing facts in fold order; each is held back against the rules and the standing facts before it. */
  readonly standing: readonly StandingFact[];
  /** What has been computed from this index (answer timelines, recorded crossings): see memo.ts. */
  readonly memo: Memo;
}

/** Folds a validated ledger into indexed timelines: one timeline per rule key, in start order. */
export function foldLedger(ledger: Ledger): LedgerIndex {
  const actors = new Map(ledger.actors.map((a) => [a.id, a]));
  const sources = new Map(ledger.sources.map((s) => [s.id, s]));
  const events = new Map(ledger.events.map((e) => [e.id, e]));
  const codes = new ActorCodes();
  for (const a of ledger.actors) codes.code(a.id);

  const evidence = new Map<string, Evidence>();
  for (const e of ledger.events) evidence.set(e.id, evidenceOf(e, sources));

  const timelines = new RuleIndex<Timeline>();
  const order = new Map(ledger.events.map((e, i) => [e.id, i]));
  // Stable order: by window start, then by position in the ledger, so same-day changes apply in file order.
  const ordered = ledger.events
    .map((e, i) => ({ e, i, start: eventWindow(e).start }))
    .sort((a, b) => a.start - b.start || a.i - b.i);
  const standing: StandingFact[] = [];
  for (const { e, i } of ordered)
    for (const fact of factsOf(e, i, evidence.get(e.id)!)) {
      const t = timelineOf(timelines, codes, fact.rule.rule);
      if (e.confidence === 'rumor') t.rumors.push(fact.rule);
      else if (fact.change.standing) standing.push(fact);
      else {
        t.days.push(fact.rule.day);
        t.rules.push(fact.rule);
      }
    }

  const lineage: number[][] = [];
  for (let c = 0; c < codes.ids.length; c++) lineage.push(ownerChain(codes.ids[c]!, actors, codes));
  const webHosts = new Map<string, string>();
  for (const a of ledger.actors) for (const h of a.hosts) webHosts.set(h, a.id);
  const owned = new Map<string, string[]>();
  for (const a of ledger.actors) if (a.owner) owned.set(a.owner, [...(owned.get(a.owner) ?? []), a.id]);
  const eventsByDate = [...ledger.events].sort(byDate);
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
    order,
    nextOrdinal: ledger.events.length,
    standing,
    memo: new Memo(),
  };
  // Standing facts go in last, in fold order, each held back to its crossing's last change before it.
  for (const { change, rule } of standing)
    placeStanding(timelineOf(timelines, codes, rule.rule), rule, heldFrom(index, change, rule));
  return index;
}
