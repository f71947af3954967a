import {
  type ChangeStep,
  DECIDE_METHOD,
  dayNumber,
  type Event,
  type LedgerOverlay,
  type Question,
  type Rule,
  type StandingRule,
  type WhyNot,
  type WhyNotChange,
  type WhyNotInput,
} from '../../schema';
import { COUNTING, decide } from '../answer/decide';
import { requireKnownActors } from '../answer/require';
import { rollupMembers } from '../answer/roll-up';
import { candidateTimelines } from '../fold/candidates';
import type { LedgerIndex } from '../fold/fold';
import type { IndexedRule } from '../fold/timeline';
import { WHAT_IF_SOURCE } from './overlay';
import { overlayIndex } from './overlay-index';

/** How many recorded rules are tried for lifting, newest first, and how many at once. */
const POOL = 8;
const MAX_LIFTS = 3;
/** Enough answers to choose from; the search stops adding larger sets once it has these. */
const ENOUGH = 6;

/**
 * Why a question's answer is not `want`, and the smallest changes that would make it so: the rules
 * in the way (the deciding rule, other covering rules in force with an unwanted status, the change
 * whose window the date is in) with their events and sources; then sets of recorded rules to lift,
 * and a hypothetical opening naming the exact crossing. Every change is run through the what-if
 * overlay and returned only if it gives `want`.
 */
export function whyNot(index: LedgerIndex, input: WhyNotInput): WhyNot {
  const q = input.question;
  requireKnownActors(index, q, 'question.');
  const d = decide(index, q, COUNTING);
  const out: WhyNot = {
    question: q,
    want: input.want,
    method: DECIDE_METHOD,
    status: d.status,
    satisfied: d.status === input.want,
    standing: [],
    changes: [],
  };
  if (out.satisfied) return out;
  const evidenceOf = (r: Rule) => {
    const e = index.evidence.get(r.event);
    return e ? [e] : [];
  };
  const named = new Set<string>();
  const stand = (role: StandingRule['role'], rule: Rule) => {
    if (named.has(rule.id)) return;
    named.add(rule.id);
    out.standing.push({ role, rule, evidence: evidenceOf(rule) });
  };
  if (d.rule) stand('deciding', d.rule);
  // A broad answer comes from its parts: each part's rule with an unwanted status stands too.
  for (const p of d.byPlatform ?? [])
    if (p.status !== input.want && p.rule) {
      const r = decide(
        index,
        { ...q, host: p.host, surface: p.surface, target: p.target, url: undefined } as Question,
        COUNTING,
      ).rule;
      if (r) stand('deciding', r);
    }
  for (const b of d.beaten) if (b.rule.status !== input.want) stand('covering', b.rule);
  if (d.uncertain) stand('unsettled', d.uncertain.rule);

  const target = d.question.target;
  const works = (apply: LedgerOverlay) => {
    const cf = overlayIndex(index, apply).index;
    return decide(cf, { ...q, target, url: undefined } as Question, COUNTING);
  };
  const found: { rules: Set<string>; change: WhyNotChange }[] = [];
  const pool = liftable(index, { ...q, target }, input.want);
  for (let size = 1; size <= Math.min(MAX_LIFTS, pool.length) && found.length < ENOUGH; size++)
    for (const set of combinations(pool, size)) {
      const ids = new Set(set.map((r) => r.id));
      // Minimal sets only: a set holding one that already works is not.
      if (found.some((f) => [...f.rules].every((id) => ids.has(id)))) continue;
      const apply = liftOverlay(index, set);
      const r = works(apply);
      if (r.status !== input.want) continue;
      const steps: ChangeStep[] = set.map((rule) => ({ kind: 'lift', rule }));
      found.push({ rules: ids, change: changeOf(steps, apply, r) });
    }
  let add = openingOverlay(q, target, input.want);
  let r = works(add.apply);
  // A broad question's parts decided by a narrower rule than the question's own keep their status
  // against an opening of the question alone (a platform's own rule beats its company's on the same
  // day): then the opening names each part in the way too, as opening all of them would.
  const inTheWay = (d.byPlatform ?? []).filter((p) => p.status !== input.want && p.status !== 'unknown');
  if (r.status !== input.want && inTheWay.length) {
    const wider = openingOverlay(q, target, input.want, inTheWay);
    const rw = works(wider.apply);
    if (rw.status === input.want) [add, r] = [wider, rw];
  }
  const changes = found.map((f) => f.change);
  if (r.status === input.want) changes.push(changeOf(add.steps, add.apply, r));
  // Fewest steps first; at equal size a lifted record before a hypothetical addition.
  out.changes = changes
    .map((c, i) => ({ c, i }))
    .sort((a, b) => a.c.size - b.c.size || kindRank(a.c) - kindRank(b.c) || a.i - b.i)
    .map(({ c }) => c);
  return out;
}

const kindRank = (c: WhyNotChange) => (c.steps.some((s) => s.kind === 'add') ? 1 : 0);

function changeOf(steps: ChangeStep[], apply: LedgerOverlay, d: ReturnType<typeof decide>): WhyNotChange {
  return {
    size: steps.length,
    steps,
    apply,
    result: d.status,
    ...(d.byPlatform ? { byPlatform: d.byPlatform } : {}),
  };
}

/**
 * The recorded rules that could stand in the way: every rule covering the question (or, for a
 * company, each of its platform pairs) started by its date with a status other than `want`,
 * newest first.
 */
function liftable(
  index: LedgerIndex,
  q: { host: string; surface: string; capability: string; target: string; at: string },
  want: string,
): Rule[] {
  const day = dayNumber(q.at) ?? 0;
  const seen = new Map<string, IndexedRule>();
  for (const host of rollupMembers(index, q.host))
    for (const target of rollupMembers(index, q.target))
      for (const t of candidateTimelines(index, host, q.surface, q.capability, target))
        for (const r of t.rules) if (r.day <= day && r.status !== want) seen.set(r.rule.id, r);
  return [...seen.values()]
    .sort((a, b) => b.day - a.day || (a.rule.id < b.rule.id ? -1 : 1))
    .slice(0, POOL)
    .map((r) => r.rule);
}

/** Each lifted rule's event, amended to leave the rule's change out (the event itself stays). */
function liftOverlay(index: LedgerIndex, rules: readonly Rule[]): LedgerOverlay {
  const drop = new Map<string, Set<number>>();
  for (const r of rules) {
    const n = Number(r.id.slice(r.id.lastIndexOf('#') + 1));
    drop.set(r.event, (drop.get(r.event) ?? new Set()).add(n));
  }
  const amended: Event[] = [];
  for (const [id, ns] of drop) {
    const e = index.events.get(id)!;
    amended.push({ ...e, changes: e.changes.filter((_, i) => !ns.has(i)) });
  }
  return { without: [...drop.keys()], with: amended };
}

/** A hypothetical event on the question's date that gives its exact crossing the wanted status. */
function openingOverlay(
  q: Question,
  target: string,
  want: WhyNotInput['want'],
  parts: readonly { host: string; surface: string; target: string }[] = [],
) {
  const changeOf = (k: { host: string; surface: string; target: string }) => ({
    host: k.host,
    surface: k.surface as Question['surface'],
    capability: q.capability,
    target: k.target,
    status: want,
    friction: [],
    coverage: 'all' as const,
    standing: false,
    cause: 'host' as const,
  });
  const change = changeOf({ host: q.host, surface: q.surface, target });
  const others = parts
    .filter((p) => p.host !== q.host || p.surface !== q.surface || p.target !== target)
    .map(changeOf);
  const event: Event = {
    id: `what-if-${want}-${q.host}-${q.capability.replace('.', '-')}-${target === '*' ? 'all' : target}-${q.at}`,
    date: q.at,
    precision: 'day',
    kind: 'rollout',
    title: { zh: '假设的变化', en: 'A hypothetical change' },
    summary: {
      zh: `假设：${q.host} 在 ${q.surface} 上对 ${target} 的 ${q.capability} 改为 ${want}。`,
      en: `Hypothetically, ${q.host} sets ${q.capability} for ${target} on ${q.surface} to ${want}.`,
    },
    actors: [...new Set([q.host, ...others.map((c) => c.host)])],
    changes: [change, ...others],
    confidence: 'confirmed',
    sources: [{ source: WHAT_IF_SOURCE.id, quote: 'hypothetical' }],
  };
  const steps: ChangeStep[] = event.changes.map((c) => ({ kind: 'add', date: q.at, change: c }));
  return { steps, apply: { without: [], with: [event] } satisfies LedgerOverlay };
}

function* combinations<T>(items: readonly T[], size: number, start = 0): Generator<T[]> {
  if (size === 0) {
    yield [];
    return;
  }
  for (let i = start; i <= items.length - size; i++)
    for (const rest of combinations(items, size - 1, i + 1)) yield [items[i]!, ...rest];
}
