import { type IndexedRule, ruleIndexAt, type Timeline } from './timeline';

/**
 * A question's covering timelines with every standing fact bounded for this question (method §4):
 * an inferred status holds back no further than the day after the latest stated change, on any
 * crossing covering the question, that started before the observation; before that day the fact
 * is set aside (it does not answer), while from it on it competes from its own day as before, so
 * a bound never lets a fact beat a narrower rule it lost to. Timelines that need no bound are
 * returned as they are, so most questions allocate nothing.
 */
export function boundStanding(cands: readonly Timeline[]): readonly Timeline[] {
  let out: Timeline[] | null = null;
  for (let c = 0; c < cands.length; c++) {
    const t = cands[c]!;
    for (const r of t.rules) {
      if (r.observed === null || r.day >= r.observed) continue;
      const from = boundFor(cands, r);
      if (from <= r.day) continue;
      out ??= [...cands];
      out[c] = rebound(out[c]!, r, Math.min(from, r.observed));
    }
  }
  return out ?? cands;
}

/** The day after the latest stated change (not a standing fact) that started before `fact` was observed. */
function boundFor(cands: readonly Timeline[], fact: IndexedRule): number {
  let from = Number.NEGATIVE_INFINITY;
  for (const t of cands) {
    for (let i = ruleIndexAt(t.days, fact.observed! - 1); i >= 0; i--) {
      const r = t.rules[i]!;
      if (r === fact || r.observed !== null) continue;
      from = Math.max(from, Math.max(r.day, r.settle) + 1);
      break;
    }
  }
  return from;
}

/** `t` with `fact` answering for this question only from `from` on (the index keeps its own copy). */
function rebound(t: Timeline, fact: IndexedRule, from: number): Timeline {
  const held: IndexedRule = { ...fact, heldTo: from };
  return { days: t.days, rules: t.rules.map((r) => (r === fact ? held : r)), rumors: t.rumors };
}
