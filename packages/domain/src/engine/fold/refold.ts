import type { CrossingKey, Event, Evidence, Ledger } from '../../schema';
import { crossingId, crossingOfId } from '../../schema/crossing-id';
import { partitionPoint } from '../../schema/sorted-search';
import { candidateTimelines } from './candidates';
import type { LedgerIndex } from './fold';
import {
  byDate,
  evidenceOf,
  factsOf,
  heldFrom,
  insertHeld,
  ownerChain,
  placeStanding,
  type StandingFact,
  timelineOf,
} from './fold-parts';
import { ActorCodes, capabilityCode, slotOf, surfaceCode } from './keys';
import { LayeredMap } from './layered-map';
import { Memo } from './memo';
import { foldOrder, type IndexedRule, type Timeline } from './timeline';

/**
 * The index of `ledger` built from `prev` by the events that changed: `touched` maps each changed
 * event id to its new body (null: gone). Events citing an edited source belong in `touched` with their
 * unchanged body, as their evidence changes. Only the timelines of the changed events' keys are
 * rebuilt, and only the standing facts those timelines can reach are held back again; `prev` is left
 * whole. The answers equal `foldLedger(ledger)`'s (the refold property test checks it).
 */
export function refoldEvents(
  prev: LedgerIndex,
  ledger: Ledger,
  touched: ReadonlyMap<string, Event | null>,
  /** Ids whose new body takes a new place after every other event (an overlay's added events). */
  moved: ReadonlySet<string> = NONE,
): LedgerIndex {
  const sources =
    ledger.sources === prev.ledger.sources ? prev.sources : new Map(ledger.sources.map((s) => [s.id, s]));
  const events = new Map<string, Event | undefined>();
  const evidence = new Map<string, Evidence | undefined>();
  const order = new Map<string, number | undefined>();
  let nextOrdinal = prev.nextOrdinal;
  const eventsByDate = prev.eventsByDate.slice();
  const fresh: StandingFact[] = [];
  for (const [id, body] of touched) {
    const old = prev.events.get(id);
    if (old) eventsByDate.splice(dateSlot(eventsByDate, old), 1);
    if (!body) {
      events.set(id, undefined);
      evidence.set(id, undefined);
      order.set(id, undefined);
      continue;
    }
    const own = evidenceOf(body, sources);
    events.set(id, body);
    evidence.set(id, own);
    const ordinal = (moved.has(id) ? undefined : prev.order.get(id)) ?? nextOrdinal++;
    order.set(id, ordinal);
    eventsByDate.splice(dateSlot(eventsByDate, body), 0, body);
    fresh.push(...factsOf(body, ordinal, own));
  }

  const { codes, lineage } = codesFor(prev, fresh);
  const timelines = prev.timelines.clone();
  const index: LedgerIndex = {
    ...prev,
    ledger,
    events: LayeredMap.edit(prev.events, events),
    sources,
    codes,
    lineage,
    timelines,
    evidence: LayeredMap.edit(prev.evidence, evidence),
    eventsByDate,
    order: LayeredMap.edit(prev.order, order),
    nextOrdinal,
    standing: [],
    memo: new Memo(),
  };

  // Rebuild each key the changed events had or have: its other rules, plus the changed events' new ones.
  const rebuilt = new Set<Timeline>();
  const dirtySlots = new Set<number>();
  const keys = new Map<string, Timeline>();
  const rebuild = (r: CrossingKey): Timeline => {
    const k = crossingId(r);
    const done = keys.get(k);
    if (done) return done;
    const h = codes.code(r.host);
    const c = capabilityCode.get(r.capability)!;
    const t = codes.code(r.target);
    const s = surfaceCode.get(r.surface)!;
    const old = prev.timelines.get(h, c, t, s);
    const kept = (x: IndexedRule) => !touched.has(x.rule.event);
    const next: Timeline = {
      days: [],
      rules: old ? old.rules.filter((x) => x.observed === null && kept(x)) : [],
      rumors: old ? old.rumors.filter(kept) : [],
    };
    timelines.set(h, c, t, s, next);
    keys.set(k, next);
    rebuilt.add(next);
    dirtySlots.add(slotOf(h, c));
    return next;
  };
  for (const id of touched.keys()) for (const c of prev.events.get(id)?.changes ?? []) rebuild(c);
  for (const { change, rule } of fresh) {
    const t = rebuild(rule.rule);
    if (rule.rule.confidence === 'rumor') t.rumors.push(rule);
    else if (!change.standing) t.rules.push(rule);
  }
  for (const t of rebuilt) {
    t.rules.sort(foldOrder);
    t.rumors.sort(foldOrder);
    for (const r of t.rules) t.days.push(r.day);
  }

  // Walk the standing facts in fold order: a fact whose timeline was rebuilt goes back in; one whose
  // crossing can see a rebuilt timeline is held back again, and rebuilds its own timeline if it moves.
  const facts = mergeByFoldOrder(
    prev.standing.filter((f) => !touched.has(f.rule.rule.event)),
    fresh
      .filter((f) => f.change.standing && f.rule.rule.confidence !== 'rumor')
      .sort((a, b) => foldOrder(a.rule, b.rule)),
  );
  const standing: StandingFact[] = [];
  for (const f of facts) {
    const isNew = touched.has(f.rule.rule.event);
    let t = timelineOf(timelines, codes, f.rule.rule);
    if (!isNew && !rebuilt.has(t)) {
      if (!seesRebuilt(index, f, rebuilt, dirtySlots)) {
        standing.push(f);
        continue;
      }
      const from = heldFrom(index, f.change, f.rule);
      if (from === f.rule.day) {
        standing.push(f);
        continue;
      }
      t = rebuildBefore(t, f.rule);
      timelines.set(
        codes.code(f.rule.rule.host),
        capabilityCode.get(f.rule.rule.capability)!,
        codes.code(f.rule.rule.target),
        surfaceCode.get(f.rule.rule.surface)!,
        t,
      );
      rebuilt.add(t);
      dirtySlots.add(slotOf(codes.code(f.rule.rule.host), capabilityCode.get(f.rule.rule.capability)!));
    }
    const rule = isNew ? f.rule : { ...f.rule };
    placeStanding(t, rule, heldFrom(index, f.change, rule));
    standing.push({ change: f.change, rule });
  }
  // A key left with nothing recorded is no key: a fresh fold would not have it.
  for (const [k, t] of keys)
    if (t.rules.length === 0 && t.rumors.length === 0) {
      const { host, capability, target, surface } = crossingOfId(k);
      timelines.set(
        codes.code(host),
        capabilityCode.get(capability)!,
        codes.code(target),
        surfaceCode.get(surface)!,
        undefined,
      );
    }
  // Timelines reading none of the rebuilt slots are still good: the new memo reads them from prev's.
  return { ...index, standing, memo: new Memo(prev.memo, dirtySlots) };
}

const NONE: ReadonlySet<string> = new Set();

/** Whether any timeline the fact's crossing reads was rebuilt (a cheap slot check first). */
function seesRebuilt(
  index: LedgerIndex,
  f: StandingFact,
  rebuilt: ReadonlySet<Timeline>,
  dirtySlots: ReadonlySet<number>,
): boolean {
  if (f.change.standingSince) return false;
  const host = index.codes.byId.get(f.change.host);
  if (host === undefined) return true;
  const cap = capabilityCode.get(f.change.capability)!;
  if (!index.lineage[host]!.some((h) => dirtySlots.has(slotOf(h, cap)))) return false;
  const c = f.change;
  return candidateTimelines(index, c.host, c.surface, c.capability, c.target).some((t) => rebuilt.has(t));
}

/** `t` with only its rules and the standing facts before `fact` in fold order, placed as a fold places them. */
function rebuildBefore(t: Timeline, fact: IndexedRule): Timeline {
  const rules = t.rules.filter((r) => r.observed === null);
  const next: Timeline = { days: rules.map((r) => r.day), rules, rumors: t.rumors };
  const earlier = t.rules.filter((r) => r.observed !== null && foldOrder(r, fact) < 0).sort(foldOrder);
  for (const r of earlier) insertHeld(next, r);
  return next;
}

function mergeByFoldOrder(a: readonly StandingFact[], b: readonly StandingFact[]): StandingFact[] {
  const out: StandingFact[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length)
    out.push(j >= b.length || (i < a.length && foldOrder(a[i]!.rule, b[j]!.rule) <= 0) ? a[i++]! : b[j++]!);
  return out;
}

/** The actor codes and lineage, extended (in copies) when the new rules name ids the index has no code for. */
function codesFor(prev: LedgerIndex, fresh: readonly StandingFact[]): Pick<LedgerIndex, 'codes' | 'lineage'> {
  const unknown = fresh.some(
    ({ change: c }) => !prev.codes.byId.has(c.host) || !prev.codes.byId.has(c.target),
  );
  if (!unknown) return { codes: prev.codes, lineage: prev.lineage };
  const codes = new ActorCodes();
  for (const id of prev.codes.ids) codes.code(id);
  for (const { change: c } of fresh) {
    codes.code(c.host);
    codes.code(c.target);
  }
  const lineage = prev.lineage.slice();
  for (let c = lineage.length; c < codes.ids.length; c++)
    lineage.push(ownerChain(codes.ids[c]!, prev.actors, codes));
  return { codes, lineage };
}

/** Where `e` sits (or would) in the date-then-id order. */
function dateSlot(list: readonly Event[], e: Event): number {
  return partitionPoint(list.length, (i) => byDate(list[i]!, e) < 0);
}
