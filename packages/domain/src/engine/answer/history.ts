import type { CrossingKey } from '../../schema';
import {
  type CrossingHistory,
  type CrossingQuestion,
  DECIDE_METHOD,
  type HistorySegment,
  isoFromDay,
} from '../../schema';
import type { LedgerIndex } from '../fold/fold';
import { type AnswerStep, answerTimeline } from './answer-timeline';
import { crossingSegments } from './crossing';
import { resolveUrl } from './resolve-url';
import { broadParts } from './roll-up';
import type { Segment } from './segment';

/**
 * Every status a crossing has had: its segments with dates, windows and deciding events. The
 * stretch before the first record is left out; rumors alone do not split a stretch. `ownSurface`
 * reads a `*` crossing as one part, as the views over recorded crossings do (`PART`).
 */
export function history(index: LedgerIndex, q: CrossingKey, { ownSurface = false } = {}): CrossingHistory {
  const out: CrossingHistory = {
    question: q as CrossingHistory['question'],
    method: DECIDE_METHOD,
    segments: publicSegments(crossingSegments(index, q)),
  };
  const parts = broadParts(index, q, ownSurface);
  if (!parts) return out;
  out.byPlatform = parts.hosts.flatMap((host) =>
    parts.surfaces.flatMap((surface) =>
      parts.targets.flatMap((target) => {
        const segments = publicSegments(crossingSegments(index, { ...q, host, surface, target }));
        // As in decide: a named surface is a part only where something is recorded for it.
        return surface !== q.surface && segments.length === 0 ? [] : [{ host, surface, target, segments }];
      }),
    ),
  );
  out.segments = rolledSegments(answerTimeline(index, q, ownSurface).steps);
  return out;
}

/** A broad question's history: its rolled-up answers, merged where nothing shown changes. */
function rolledSegments(steps: readonly AnswerStep[]): HistorySegment[] {
  const out: HistorySegment[] = [];
  for (const [i, { start, answer: d }] of steps.entries()) {
    const next = steps[i + 1];
    const to = next ? isoFromDay(next.start - 1) : null;
    const first = start === Number.NEGATIVE_INFINITY;
    if (first && d.status === 'unknown') continue;
    const h: HistorySegment = {
      from: first ? null : isoFromDay(start),
      to,
      status: d.status,
      basis: d.basis,
      rule: d.rule,
      events: d.evidence.map((e) => e.event.id),
    };
    if (d.inheritedFrom) h.inheritedFrom = d.inheritedFrom;
    if (d.uncertain) h.uncertain = d.uncertain;
    if (d.rest) h.rest = d.rest;
    const last = out.at(-1);
    if (last && sameShown(last, h)) last.to = to;
    else out.push(h);
  }
  return out;
}

const sameShown = (a: HistorySegment, b: HistorySegment) =>
  a.status === b.status &&
  a.basis === b.basis &&
  a.rule?.id === b.rule?.id &&
  a.uncertain?.rule.id === b.uncertain?.rule.id &&
  a.rest?.status === b.rest?.status &&
  a.events.join() === b.events.join();

/** The history of a question's crossing; a URL resolves to its actor as in `decide`. */
export function historyOf(index: LedgerIndex, q: CrossingQuestion): CrossingHistory {
  const target = q.target ?? resolveUrl(index, q.url ?? '')?.actor ?? '*';
  return history(index, { host: q.host, surface: q.surface, capability: q.capability, target });
}

function publicSegments(segs: readonly Segment[]): HistorySegment[] {
  const out: HistorySegment[] = [];
  let last: Segment | null = null;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!;
    if (s.start === Number.NEGATIVE_INFINITY && s.status === 'unknown') continue;
    const next = segs[i + 1];
    const to = next ? isoFromDay(next.start - 1) : null;
    if (last && sameAnswer(last, s)) {
      out[out.length - 1]!.to = to;
      continue;
    }
    const h: HistorySegment = {
      from: s.start === Number.NEGATIVE_INFINITY || s.start <= -1e9 ? null : isoFromDay(s.start),
      to,
      status: s.status,
      basis: s.basis,
      rule: s.rule?.rule ?? null,
      events: s.evidence.map((e) => e.event.id),
    };
    if (s.inheritedFrom) h.inheritedFrom = s.inheritedFrom;
    if (s.uncertain) h.uncertain = s.uncertain;
    if (s.rest) h.rest = s.rest;
    out.push(h);
    last = s;
  }
  return out;
}

const sameAnswer = (a: Segment, b: Segment) =>
  a.status === b.status &&
  a.rule === b.rule &&
  a.pending === b.pending &&
  a.basis === b.basis &&
  a.rest?.rule === b.rest?.rule;
