import type { DiffEntry, LedgerDiff } from '../schema';
import { asOf } from './as-of';
import type { LedgerIndex } from './fold';

/** What changed between two dates: each recorded key whose status differs, and the events in between. */
export function diff(index: LedgerIndex, from: string, to: string): LedgerDiff {
  const keyOf = (r: { host: string; surface: string; capability: string; target: string }) =>
    `${r.host}|${r.surface}|${r.capability}|${r.target}`;
  const before = new Map(asOf(index, from).map((s) => [keyOf(s.rule), s.rule]));
  const changes: DiffEntry[] = [];
  for (const { rule } of asOf(index, to)) {
    const old = before.get(keyOf(rule));
    if (old?.status === rule.status) continue;
    const { host, surface, capability, target } = rule;
    changes.push({
      host,
      surface,
      capability,
      target,
      before: old?.status ?? 'unknown',
      after: rule.status,
      rule,
    });
  }
  const [lo, hi] = from <= to ? [from, to] : [to, from];
  const events = index.ledger.events
    .filter((e) => e.date > lo && e.date <= hi)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((e) => e.id);
  return { from, to, changes, events };
}
