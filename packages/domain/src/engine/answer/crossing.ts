import type { CrossingKey } from '../../schema';
import { type BeatenRule, dayNumber, type Evidence, isoFromDay, type Rest } from '../../schema';
import { boundStanding } from '../fold/bound-standing';
import { candidateTimelines } from '../fold/candidates';
import type { LedgerIndex } from '../fold/fold';
import { packKey, slotOf } from '../fold/keys';
import type { MemoEntry } from '../fold/memo';
import { DAWN, type IndexedRule, type Timeline } from '../fold/timeline';
import { eventWindow } from '../fold/window';
import { basisOf } from './basis';
import { crossingLifetime } from './lifetime';
import { type Segment, startMark } from './segment';

const NOTHING: readonly Timeline[] = [];

import { inForceAt, winnerAt } from './winner';

/** The history of a crossing nothing covers, at no time absent: the same for every such crossing. */
let NOTHING_RECORDED: Segment[] | null = null;

/** A crossing's own segments, memoised with the rule slots they read (the host's lineage). */
interface SegmentsEntry extends MemoEntry {
  readonly segments: Segment[];
}

/** The crossing's whole history as segments (hutong-decide/4), computed once per folded ledger. */
export function crossingSegments(index: LedgerIndex, q: CrossingKey): Segment[] {
  const packed = packKey(index.codes, q.host, q.surface, q.capability, q.target, false);
  if (!packed) return buildSegments(index, q, []);
  const done = index.memo.get(packed.slot, packed.key) as SegmentsEntry | undefined;
  if (done) return done.segments;
  const cands = candidateTimelines(index, q.host, q.surface, q.capability, q.target);
  // Most parts of a broad question record nothing: they share one "unknown for all time" history
  // instead of filling the memo (a company × company question has hundreds of such parts).
  if (cands.length === 0) {
    const life = crossingLifetime(index, q.host, q.target);
    if (life.from === Number.NEGATIVE_INFINITY && life.to === Number.POSITIVE_INFINITY) {
      NOTHING_RECORDED ??= buildSegments(index, q, []);
      return NOTHING_RECORDED;
    }
  }
  const segments = buildSegments(index, q, boundStanding(cands));
  const entry: SegmentsEntry = { deps: lineageSlots(index, [packed.host], packed.capability), segments };
  index.memo.set(packed.slot, packed.key, entry);
  return segments;
}

/** The rule slots a crossing of these hosts reads: each host's lineage, on the one capability. */
export function lineageSlots(index: LedgerIndex, hosts: readonly number[], capability: number): number[] {
  const out: number[] = [];
  for (const h of hosts)
    for (const l of index.lineage[h] ?? [])
      if (!out.includes(slotOf(l, capability))) out.push(slotOf(l, capability));
  return out;
}

function buildSegments(index: LedgerIndex, q: CrossingKey, cands: readonly Timeline[]): Segment[] {
  const points = new Set<number>();
  for (const t of cands) {
    for (const r of t.rules) {
      points.add(r.day);
      points.add(r.settle);
      if (r.observed !== null) points.add(r.observed);
      if (r.heldTo !== undefined) points.add(r.heldTo);
    }
    for (const r of t.rumors) points.add(r.day);
  }
  // Before a side of the crossing launched (or after it closed) nothing can be said of it.
  const life = crossingLifetime(index, q.host, q.target);
  if (life.from > Number.NEGATIVE_INFINITY) points.add(life.from);
  if (life.to < Number.POSITIVE_INFINITY) points.add(life.to);
  const alive = life.from > Number.NEGATIVE_INFINITY || life.to < Number.POSITIVE_INFINITY ? life : null;
  const live = (day: number) => (!alive || (day >= alive.from && day < alive.to) ? cands : NOTHING);
  const days = [...points].sort((a, b) => a - b);
  const out: Segment[] = [evaluate(index, q, live(DAWN - 1), Number.NEGATIVE_INFINITY, DAWN - 1)];
  for (const day of days) {
    // A standing fact held for all time starts at DAWN: it replaces the stretch before any record.
    if (day <= DAWN) {
      out[0] = evaluate(index, q, live(day), Number.NEGATIVE_INFINITY, day);
      continue;
    }
    const seg = evaluate(index, q, live(day), day, day);
    if (!same(out[out.length - 1]!, seg)) out.push(seg);
  }
  runs(out);
  return out;
}

/** The answer on `day`, before evidence runs, `since` and `until` are known. */
function evaluate(
  index: LedgerIndex,
  q: CrossingKey,
  cands: readonly Timeline[],
  start: number,
  day: number,
): Segment {
  const skip: IndexedRule[] = [];
  let won = winnerAt(cands, day, null);
  // Inside an unsettled change's window, the status from before it stands; a standing fact bounded
  // for this question does not answer before its bound.
  const unsettled: IndexedRule[] = [];
  while (won && (day < won.settle || (won.heldTo !== undefined && day < won.heldTo))) {
    if (day < won.settle) unsettled.push(won);
    skip.push(won);
    won = winnerAt(cands, day, skip);
  }
  const status = won?.status ?? 'unknown';
  // The doubt is the latest unsettled change that would alter the status; a window that cannot
  // change it (a test implied to have begun and ended in it) leaves nothing in doubt by itself.
  const pending = unsettled.find((r) => r.status !== status) ?? null;
  let rest: Rest | null = null;
  if (won?.partial) {
    const under = [...skip, won];
    let r = winnerAt(cands, day, under);
    while (r?.partial) {
      under.push(r);
      r = winnerAt(cands, day, under);
    }
    rest = {
      status: r?.status ?? 'unknown',
      friction: r?.friction ?? [],
      coverage: r?.coverage ?? null,
      rule: r?.rule ?? null,
    };
  }
  const { basis, inheritedFrom } = !won
    ? { basis: 'none' as const, inheritedFrom: null }
    : won.observed !== null && day < won.observed
      ? { basis: 'inferred' as const, inheritedFrom: null }
      : basisOf(index, won.rule, q);
  const beaten: BeatenRule[] = [];
  if (won)
    for (const r of inForceAt(cands, day, [...skip, won]))
      beaten.push({ rule: r.rule, reason: r.day < won.day ? 'superseded' : 'less-specific' });
  const rumors: Evidence[] = [];
  const after = won?.day ?? Number.NEGATIVE_INFINITY;
  for (const t of cands)
    for (const r of t.rumors)
      if (r.day <= day && r.day > after && !rumors.includes(r.evidence)) rumors.push(r.evidence);
  return {
    start,
    status,
    rule: won,
    basis,
    inheritedFrom,
    pending,
    uncertain: pending && {
      from: isoFromDay(pending.day),
      to: isoFromDay(pending.settle),
      before: status,
      after: pending.status,
      rule: pending.rule,
    },
    rest,
    beaten,
    rumors,
    evidence: [],
    since: null,
    until: null,
    lastEvidence: null,
  };
}

const same = (a: Segment, b: Segment) =>
  a.status === b.status &&
  a.rule === b.rule &&
  a.pending === b.pending &&
  a.basis === b.basis &&
  a.rest?.rule === b.rest?.rule &&
  a.rest?.status === b.rest?.status &&
  a.beaten.length === b.beaten.length &&
  a.rumors.length === b.rumors.length;

/**
 * Fills each segment's evidence run, `since` and `until` from its neighbours: `since` is the first
 * day of the status run the segment is in, `until` the first day of the next segment with another
 * status (so it is always after any day inside this one), each with its change's window.
 */
function runs(segs: Segment[]): void {
  let runStart = 0;
  // The newest day the run's rules are confirmed by, as of each segment (the run's last holds it all).
  const confirmed: number[] = [];
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i]!;
    const prev = segs[i - 1];
    const own = seg.rule?.evidence;
    if (prev && prev.status === seg.status && seg.status !== 'unknown') {
      seg.evidence = !own || prev.evidence.includes(own) ? prev.evidence : [...prev.evidence, own];
    } else {
      runStart = i;
      seg.evidence = own ? [own] : [];
    }
    const before = runStart === i ? Number.NEGATIVE_INFINITY : confirmed[i - 1]!;
    confirmed.push(seg.rule ? Math.max(before, confirmedBy(seg.rule)) : before);
    seg.since = seg.status === 'unknown' ? null : startMark(segs[runStart]!);
  }
  let next: Segment | null = null;
  let newest: string | null = null;
  for (let i = segs.length - 1; i >= 0; i--) {
    const seg = segs[i]!;
    const after = segs[i + 1];
    // Each segment of a run shares the run's newest confirmation.
    if (!after || after.status !== seg.status || seg.status === 'unknown')
      newest = confirmed[i]! === Number.NEGATIVE_INFINITY ? null : isoFromDay(confirmed[i]!);
    seg.lastEvidence = seg.status === 'unknown' ? null : newest;
    if (after && after.status !== seg.status) next = after;
    const mark = next && startMark(next);
    seg.until = mark && next ? { ...mark, status: next.status } : null;
  }
}

/**
 * The newest day a rule's status is known to hold: the last day of its event's window (an event
 * dated "from Nov 2021, seen by Sept 2024" confirms its status as of Sept 2024), or a later
 * article's re-observation of it (`Citation.observes`).
 */
function confirmedBy(r: IndexedRule): number {
  let out = eventWindow(r.evidence.event).last;
  for (const c of r.evidence.event.sources)
    if (c.observes && (!c.observes.changes || c.observes.changes.includes(r.n)))
      out = Math.max(out, dayNumber(c.observes.date) ?? out);
  return out;
}
