import type { RouterOutputs } from '@hutong/client';

export type History = RouterOutputs['decisions']['history'];
export type Segment = History['segments'][number];

/**
 * Status on the chart's y axis, walled off at the bottom, open at the top; unknown sits below all.
 * `mixed` (a broad question whose parts differ) sits between blocked and partial, and only on a
 * chart that has it.
 */
export const STATUS_LEVELS = ['unknown', 'blocked', 'mixed', 'partial', 'friction', 'open'] as const;

const DAY = 86_400_000;
export const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export interface HistoryChartData {
  /** Step points: each segment's start, and the last status carried to the chart's end. */
  points: { x: number; level: number; status: string }[];
  /** Shaded spans: when a change may have happened, the earlier status is given. */
  windows: { x1: number; x2: number }[];
  /** The days where a segment with deciding events begins. */
  events: { x: number; level: number; ids: string[] }[];
  domain: [number, number];
  /** The x axis's ticks: 1 January every few years from the domain's first year, evenly spaced. */
  ticks: number[];
  /** The y axis's statuses, bottom to top: a point's level indexes it. */
  levels: string[];
}

/**
 * A crossing's segments as a step chart: x is the day (ms), y the status level. The chart starts
 * on 1 January of `start`'s year (the ledger's first event), or of the year before the crossing's
 * first change if that is earlier, so every crossing is drawn on the ledger's whole span; the last
 * segment runs to `end`.
 */
export function historyChartData(segments: readonly Segment[], start: string, end: string): HistoryChartData {
  const levels: string[] = STATUS_LEVELS.filter(
    (l) => l !== 'mixed' || segments.some((s) => s.status === 'mixed'),
  );
  const level = (s: string) => Math.max(0, levels.indexOf(s));
  const firstDated = segments.find((s) => s.from)?.from ?? start;
  const origin = januaryFirst(Math.min(dayMs(start), dayMs(firstDated) - 365 * DAY));
  const stop = Math.max(dayMs(end), ...segments.map((s) => (s.to ? dayMs(s.to) + DAY : origin)));
  const points = segments.map((s) => ({
    x: s.from ? dayMs(s.from) : origin,
    level: level(s.status),
    status: s.status,
  }));
  // Before the first record the crossing was unknown: the line starts there, at the bottom.
  if (segments[0]?.from) points.unshift({ x: origin, level: 0, status: 'unknown' });
  const last = points.at(-1);
  if (last) points.push({ ...last, x: stop });
  const windows = segments.flatMap((s) =>
    s.uncertain ? [{ x1: dayMs(s.uncertain.from), x2: dayMs(s.uncertain.to) + DAY }] : [],
  );
  const unique = new Map(windows.map((w) => [`${w.x1}|${w.x2}`, w]));
  const events = segments.flatMap((s) =>
    s.from && s.events.length ? [{ x: dayMs(s.from), level: level(s.status), ids: s.events }] : [],
  );
  return {
    points,
    windows: [...unique.values()],
    events,
    domain: [origin, stop],
    ticks: yearTicks(origin, stop),
    levels,
  };
}

const januaryFirst = (ms: number) => Date.UTC(new Date(ms).getUTCFullYear(), 0, 1);

/** 1 January every 1, 2, 4, 5 or 10 years from the first year, the smallest step giving at most six ticks. */
export function yearTicks(from: number, to: number): number[] {
  const first = new Date(from).getUTCFullYear();
  const last = new Date(to).getUTCFullYear();
  const step = [1, 2, 4, 5, 10].find((k) => Math.floor((last - first) / k) + 1 <= 6) ?? 20;
  const ticks: number[] = [];
  for (let y = first; y <= last; y += step) if (Date.UTC(y, 0, 1) <= to) ticks.push(Date.UTC(y, 0, 1));
  return ticks;
}
