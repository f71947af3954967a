import type { CrossingKey } from '../schema';
import { type BeatenRule, type Evidence, isoFromDay, type Rest } from '../schema';
import { basisOf } from './basis';
import { candidateTimelines } from './candidates';
import type { LedgerIndex } from './fold';
import { capabilityCode, surfaceCode } from './keys';
import type { Segment } from './segment';
import { DAWN, type IndexedRule, type Timeline } from './timeline';
import { inForceAt, winnerAt } from './winner';

const caches = new WeakMap<LedgerIndex, Map<number, Segment[]>>();
/** Bounds the per-ledger cache; a gateway asking about millions of distinct crossings recomputes. */
const CACHE_LIMIT = 200_000;

/** The crossing's whole history as segments (hutong-decide/3), computed once per folded ledger. */
export function crossingSegments(index: LedgerIndex, q: CrossingKey): Segment[] {
  const h = index.codes.byId.get(q.host);
  const t = index.codes.byId.get(q.target);
  const c = capabilityCode.get(q.capability);
  const s = surfaceCode.get(q.surface);
  if (h === undefined || t === undefined || c === undefined || s === undefined)
    return buildSegments(index, q, []);
  let cache = caches.get(index);
  if (!cache) {
    cache = new Map();
    caches.set(index, cache);
  }
  const key = ((h * 16 + c) * 16 + s) * 16_777_216 + t;
  let segments = cache.get(key);
  if (!segments) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    segments = buildSegments(index, q, candidateTimelines(index, q.host, q.surface, q.capability, q.target));
    cache.set(key, segments);
  }
  return segments;
}

function buildSegments(index: LedgerIndex, q: CrossingKey, cands: Timeline[]): Segment[] {
  const points = new Set<number>();
  for (const t of cands) {
    for (const r of t.rules) {
      points.add(r.day);
      points.add(r.settle);
      if (r.observed !== null) points.add(r.observed);
    }
    for (const r of t.rumors) points.add(r.day);
  }
  const days = [...points].sort((a, b) => a - b);
  const out: Segment[] = [evaluate(index, q, cands, Number.NEGATIVE_INFINITY, DAWN - 1)];
  for (const day of days) {
    // A standing fact held for all time starts at DAWN: it replaces the stretch before any record.
    if (day <= DAWN) {
      out[0] = evaluate(index, q, cands, Number.NEGATIVE_INFINITY, day);
      continue;
    }
    const seg = evaluate(index, q, cands, day, day);
    if (!same(out[out.length - 1]!, seg)) out.push(seg);
  }
  runs(out);
  return out;
}

/** The answer on `day`, before evidence runs, `since` and `until` are known. */
function evaluate(
  index: LedgerIndex,
  q: CrossingKey,
  cands: Timeline[],
  start: number,
  day: number,
): Segment {
  const skip: IndexedRule[] = [];
  let won = winnerAt(cands, day, null);
  let pending: IndexedRule | null = null;
  // Inside an unsettled change's window, the status from before it stands.
  while (won && day < won.settle) {
    pending ??= won;
    skip.push(won);
    won = winnerAt(cands, day, skip);
  }
  const status = won?.status ?? 'unknown';
  // A window that cannot change the status leaves nothing in doubt.
  if (pending && pending.status === status) pending = null;
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

/** Fills each segment's evidence run, `since` and `until` from its neighbours. */
function runs(segs: Segment[]): void {
  let runStart = 0;
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
    seg.since = segs[runStart]!.rule?.since ?? null;
  }
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i]!;
    for (let j = i + 1; j < segs.length; j++) {
      const next = segs[j]!;
      const p = next.pending;
      if (p && p !== seg.pending && p.status !== seg.status) {
        seg.until = { ...(p.since ?? { date: isoFromDay(p.day), precision: 'day' }), status: p.status };
        break;
      }
      if (next.status !== seg.status) {
        const since = next.rule?.since ?? { date: isoFromDay(next.start), precision: 'day' as const };
        seg.until = { date: since.date, precision: since.precision, status: next.status };
        break;
      }
    }
  }
}
