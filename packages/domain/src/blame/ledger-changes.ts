import { decide, family, history, type LedgerIndex, PART, recordedCrossings } from '../engine';
import type { AnswerBrief, ChangedKey, CrossingKey, Event, Revision } from '../schema';
import { crossingId, ownersOf } from '../schema';
import { answerBriefOf, sameBrief } from './answer-brief';

const keyOf = crossingId;

/**
 * The keys whose answers differ between two ledgers: every recorded crossing of either (read as one
 * part, as the views read it) and its broad parents — the same key with the host's or the target's
 * company, or every surface (`*`), each rolled up as `decide` answers it — compared on each date
 * where either ledger's history of that key steps. `revisions` are those recorded between the two;
 * each key lists the event revisions with a change on its actors and capability.
 */
export function ledgerChanges(
  before: LedgerIndex,
  after: LedgerIndex,
  revisions: readonly Revision[],
): ChangedKey[] {
  const recorded = new Map<string, CrossingKey>();
  for (const index of [before, after])
    for (const k of recordedCrossings(index).all) recorded.set(keyOf(k), k);
  const parents = new Map<string, CrossingKey>();
  for (const k of recorded.values())
    for (const p of parentsOf(after, k)) if (!recorded.has(keyOf(p))) parents.set(keyOf(p), p);
  const touched = eventTouches(before, revisions);
  const out: ChangedKey[] = [];
  for (const [kind, keys] of [
    ['recorded', recorded],
    ['parent', parents],
  ] as const)
    for (const k of keys.values()) {
      const dates = differingDates(before, after, k, kind === 'recorded');
      if (dates.length === 0) continue;
      out.push({ ...k, kind, dates, revisions: touched(k) });
    }
  return out;
}

/** The key with the host's or target's company, or `*` surface, in every combination but itself. */
export function parentsOf(index: LedgerIndex, k: CrossingKey): CrossingKey[] {
  const hosts = [...new Set([k.host, campOf(index, k.host)])];
  const targets = k.target === '*' ? ['*'] : [...new Set([k.target, campOf(index, k.target)])];
  const surfaces = [...new Set([k.surface, '*' as const])];
  const out: CrossingKey[] = [];
  for (const host of hosts)
    for (const surface of surfaces)
      for (const target of targets)
        if (host !== k.host || surface !== k.surface || target !== k.target)
          out.push({ host, surface, capability: k.capability, target });
  return out;
}

/** The top of `id`'s ownership chain (itself when it has no owner). */
function campOf(index: LedgerIndex, id: string): string {
  return ownersOf(id, (a) => index.actors.get(a)?.owner).at(-1) ?? id;
}

function differingDates(before: LedgerIndex, after: LedgerIndex, k: CrossingKey, part: boolean) {
  const steps = new Set<string>();
  for (const index of [before, after])
    for (const s of history(index, k, { ownSurface: part }).segments) if (s.from) steps.add(s.from);
  const out: { date: string; before: AnswerBrief; after: AnswerBrief }[] = [];
  for (const date of [...steps].sort()) {
    const ask = { ...k, at: date };
    const b = answerBriefOf(part ? decide(before, ask, PART) : decide(before, ask));
    const a = answerBriefOf(part ? decide(after, ask, PART) : decide(after, ask));
    if (!sameBrief(b, a)) out.push({ date, before: b, after: a });
  }
  return out;
}

/** For a key, the event revisions whose event (as it stood before or after) changes its actors and capability. */
function eventTouches(before: LedgerIndex, revisions: readonly Revision[]) {
  const bodies = new Map<number, Event[]>();
  for (const rev of revisions) {
    if (rev.entity !== 'event') continue;
    const was = before.ledger.events.find((e) => e.id === rev.id);
    const seen = revisions
      .filter((r) => r.entity === 'event' && r.id === rev.id && r.body)
      .map((r) => r.body as Event);
    bodies.set(rev.revision, [...(was ? [was] : []), ...seen]);
  }
  const overlaps = (x: string, y: string) =>
    x === '*' || y === '*' || family(before, x).includes(y) || family(before, y).includes(x);
  return (k: CrossingKey) =>
    [...bodies]
      .filter(([, events]) =>
        events.some((e) =>
          e.changes.some(
            (c) =>
              c.capability === k.capability &&
              (c.surface === k.surface || c.surface === '*' || k.surface === '*') &&
              overlaps(c.host, k.host) &&
              overlaps(c.target, k.target),
          ),
        ),
      )
      .map(([revision]) => revision);
}
