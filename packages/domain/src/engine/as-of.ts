import { dayNumber, type RecordedState } from '../schema';
import type { LedgerIndex } from './fold';
import { ruleIndexAt } from './timeline';

/** Every recorded (host, surface, capability, target) rule in force on `date`, in a stable order. */
export function asOf(index: LedgerIndex, date: string): RecordedState[] {
  const day = dayNumber(date);
  if (day === null) return [];
  const out: RecordedState[] = [];
  for (const t of index.timelines.values()) {
    const i = ruleIndexAt(t.days, day);
    if (i < 0) continue;
    const inForce = t.rules[i]!;
    out.push({ rule: inForce.rule, since: (inForce.runStart ?? inForce).rule.date });
  }
  return out.sort(
    (a, b) =>
      a.rule.host.localeCompare(b.rule.host) ||
      a.rule.target.localeCompare(b.rule.target) ||
      a.rule.capability.localeCompare(b.rule.capability) ||
      a.rule.surface.localeCompare(b.rule.surface),
  );
}
