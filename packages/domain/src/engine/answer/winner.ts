import type { IndexedRule, Timeline } from '../fold/timeline';
import { ruleIndexAt } from '../fold/timeline';

/**
 * The rule in force on `day` under hutong-decide/4: of the covering rules started by then, the one
 * started latest; the first candidate (the most specific) wins a tie. Rules in `skip` are set
 * aside, so the rule beneath one (what came before it) can be asked for.
 */
export function winnerAt(
  cands: readonly Timeline[],
  day: number,
  skip: readonly IndexedRule[] | null,
): IndexedRule | null {
  let best: IndexedRule | null = null;
  for (let c = 0; c < cands.length; c++) {
    const t = cands[c]!;
    let i = ruleIndexAt(t.days, day);
    if (skip) while (i >= 0 && skip.includes(t.rules[i]!)) i--;
    if (i < 0) continue;
    const r = t.rules[i]!;
    if (!best || r.day > best.day) best = r;
  }
  return best;
}

/** Every covering rule in force on `day` other than `won`, each timeline's latest (the rules it beat). */
export function inForceAt(
  cands: readonly Timeline[],
  day: number,
  skip: readonly IndexedRule[],
): IndexedRule[] {
  const out: IndexedRule[] = [];
  for (const t of cands) {
    let i = ruleIndexAt(t.days, day);
    while (i >= 0 && skip.includes(t.rules[i]!)) i--;
    if (i >= 0) out.push(t.rules[i]!);
  }
  return out;
}
