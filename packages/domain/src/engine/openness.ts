import type { Capability, Openness, OpennessPoint, Status, Surface } from '../schema';
import { dayNumber } from '../schema';
import { decide } from './decide';
import { family } from './family';
import type { LedgerIndex } from './fold';

export const OPENNESS_METHODOLOGY = 'hutong-openness/1';

/**
 * What the index weighs, and on which surfaces. Links and payments carry most weight because they
 * decide whether traffic and transactions can cross at all; cards, mini programs and ads refine it.
 */
export const OPENNESS_WEIGHTS: { capability: Capability; weight: number; surfaces: Surface[] }[] = [
  { capability: 'link.open', weight: 0.3, surfaces: ['private-chat', 'group-chat', 'moments'] },
  { capability: 'payment.accept', weight: 0.25, surfaces: ['checkout'] },
  { capability: 'card.share', weight: 0.1, surfaces: ['private-chat', 'group-chat'] },
  { capability: 'miniprogram.host', weight: 0.15, surfaces: ['mini-program'] },
  { capability: 'ads.place', weight: 0.1, surfaces: ['moments', 'feed'] },
  { capability: 'entry.list', weight: 0.05, surfaces: ['*'] },
  { capability: 'miniprogram.launch-app', weight: 0.05, surfaces: ['mini-program'] },
];

/** How open each status is; `unknown` is left out of the average rather than counted as closed. */
export const STATUS_SCORE: Record<Exclude<Status, 'unknown'>, number> = {
  open: 1,
  friction: 0.6,
  partial: 0.4,
  blocked: 0,
};

/** Below this share of recorded weight the index says "insufficient data" instead of a number. */
export const MIN_COVERAGE = 0.25;

/**
 * How open `host`'s platforms are to `target`'s, month by month. A company stands for itself and
 * every platform it owns; each capability scores the mean over its recorded (host, surface, target)
 * cells, and the index is the weighted mean over the capabilities that have any record.
 */
export function openness(
  index: LedgerIndex,
  host: string,
  target: string,
  from: string,
  to: string,
): Openness {
  const hosts = family(index, host);
  const targets = family(index, target);
  const points: OpennessPoint[] = [];
  for (const date of monthly(from, to)) points.push(pointAt(index, hosts, targets, date));
  return { host, target, methodology: OPENNESS_METHODOLOGY, points };
}

function pointAt(index: LedgerIndex, hosts: string[], targets: string[], at: string): OpennessPoint {
  let weighted = 0;
  let known = 0;
  const byCapability: Record<string, number | null> = {};
  for (const { capability, weight, surfaces } of OPENNESS_WEIGHTS) {
    let sum = 0;
    let n = 0;
    for (const h of hosts)
      for (const t of targets)
        for (const surface of surfaces) {
          const d = decide(index, { host: h, surface, capability, target: t, at });
          if (d.status === 'unknown') continue;
          sum += STATUS_SCORE[d.status];
          n++;
        }
    byCapability[capability] = n ? round((sum / n) * 100) : null;
    if (n) {
      weighted += (sum / n) * weight;
      known += weight;
    }
  }
  const total = OPENNESS_WEIGHTS.reduce((s, w) => s + w.weight, 0);
  const coverage = known / total;
  return {
    date: at,
    value: coverage >= MIN_COVERAGE ? round((weighted / known) * 100) : null,
    coverage: round(coverage, 3),
    byCapability,
  };
}

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The first of each month from `from`'s month through `to`. */
function monthly(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const end = dayNumber(to) ?? 0;
  for (;;) {
    const date = `${y}-${String(m).padStart(2, '0')}-01`;
    if ((dayNumber(date) ?? 0) > end || out.length > 1200) return out;
    out.push(date);
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
  }
}
