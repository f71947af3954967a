import type { Capability, Decision, Openness, OpennessPoint, Status, Surface } from '../schema';
import { dayNumber } from '../schema';
import { decide, PART } from './decide';
import type { LedgerIndex } from './fold';
import { rollupMembers } from './roll-up';

export const OPENNESS_METHODOLOGY = 'hutong-openness/2';

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
 * How open `host`'s platforms are to `target`'s, month by month. A company stands for the platforms
 * it owns; each capability scores the mean over the (host, surface, target) cells whose `decide`
 * answer is `direct` or `inferred` (inherited answers from company-wide or every-surface rules are
 * left out, like unknown ones), and the index is the weighted mean over the capabilities with any.
 * A partial rollout scores halfway between what everyone else gets (`rest`) and what its users get,
 * never lower than `rest`.
 */
export function openness(
  index: LedgerIndex,
  host: string,
  target: string,
  from: string,
  to: string,
): Openness {
  const hosts = rollupMembers(index, host);
  const targets = rollupMembers(index, target);
  const points: OpennessPoint[] = [];
  for (const date of monthly(from, to)) points.push(pointAt(index, hosts, targets, date));
  return { host, target, methodology: OPENNESS_METHODOLOGY, points };
}

function pointAt(
  index: LedgerIndex,
  hosts: readonly string[],
  targets: readonly string[],
  at: string,
): OpennessPoint {
  let weighted = 0;
  let known = 0;
  const byCapability: Record<string, number | null> = {};
  for (const { capability, weight, surfaces } of OPENNESS_WEIGHTS) {
    let sum = 0;
    let n = 0;
    for (const h of hosts)
      for (const t of targets)
        for (const surface of surfaces) {
          const d = decide(index, { host: h, surface, capability, target: t, at }, PART);
          const score = scoreOf(d);
          if (score === null) continue;
          sum += score;
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

/** A decision's score, or null when it does not count (unknown, or inherited from a broader rule). */
export function scoreOf(d: Decision): number | null {
  if (d.status === 'unknown' || d.status === 'mixed') return null;
  if (d.basis !== 'direct' && d.basis !== 'inferred') return null;
  if (!d.rest) return STATUS_SCORE[d.status];
  // What the rollout's own users get: the rule's status, or `open`/`friction` for a bare `partial`.
  const own =
    d.status === 'partial'
      ? d.friction.length
        ? STATUS_SCORE.friction
        : STATUS_SCORE.open
      : STATUS_SCORE[d.status];
  if (d.rest.status === 'unknown') return Math.min(own, STATUS_SCORE.partial);
  const rest = STATUS_SCORE[d.rest.status];
  return Math.max(rest, (rest + own) / 2);
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
