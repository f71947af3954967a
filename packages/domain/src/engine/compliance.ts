import { type ComplianceFinding, dayNumber, type Regulation, type Status, type Surface } from '../schema';
import { asOf } from './as-of';
import { decide } from './decide';
import type { LedgerIndex } from './fold';

/**
 * Every crossing a regulation forbids that is still in place on `at`, past the regulation's deadline.
 * A key recorded for every surface (`*`) is checked as `*` and on each surface the ledger names
 * anywhere for the same host, capability and target, so a wall-wide block that outlives the deadline
 * on group chats (while private chats opened) is reported on group chats.
 */
export function compliance(index: LedgerIndex, at: string): ComplianceFinding[] {
  const day = dayNumber(at);
  if (day === null) return [];
  const findings: ComplianceFinding[] = [];
  const states = asOf(index, at);
  for (const reg of index.ledger.regulations) {
    if (at < reg.deadline || at < reg.from || (reg.until !== undefined && at > reg.until)) continue;
    const seen = new Set<string>();
    for (const { rule } of states) {
      if (!inScope(reg, rule.host, rule.capability)) continue;
      const surfaces = new Set<Surface>([rule.surface]);
      if (rule.surface === '*')
        for (const s of namedSurfaces(index).get(`${rule.host}|${rule.capability}|${rule.target}`) ?? [])
          surfaces.add(s);
      for (const surface of surfaces) {
        if (!reg.scope.surfaces.includes('*') && !reg.scope.surfaces.includes(surface)) continue;
        const key = `${rule.host}|${surface}|${rule.capability}|${rule.target}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const d = decide(index, {
          host: rule.host,
          surface,
          capability: rule.capability,
          target: rule.target,
          at,
        });
        if (!d.rule || !forbidden(reg, d.status)) continue;
        const breachSince = d.since && d.since.date > reg.deadline ? d.since.date : reg.deadline;
        findings.push({
          regulation: reg.id,
          host: rule.host,
          surface,
          capability: rule.capability,
          target: rule.target,
          status: d.rule.status,
          rule: d.rule,
          breachSince,
          breachUntil: breachEnd(index, reg, { ...d.question, surface }, at),
          daysInBreach: day - dayNumber(breachSince)!,
        });
      }
    }
  }
  return findings;
}

const inScope = (reg: Regulation, host: string, capability: string) =>
  (reg.scope.hosts.includes('*') || reg.scope.hosts.includes(host)) &&
  (reg.scope.capabilities as string[]).includes(capability);

const forbidden = (reg: Regulation, status: Status) => (reg.forbids as string[]).includes(status);

/** Follows the question's status changes after `at` until one the regulation allows. */
function breachEnd(
  index: LedgerIndex,
  reg: Regulation,
  q: Parameters<typeof decide>[1],
  at: string,
): string | null {
  let cursor = at;
  for (;;) {
    const next = decide(index, { ...q, at: cursor }).until;
    if (!next) return null;
    if (!forbidden(reg, next.status)) return next.date;
    cursor = next.date;
  }
}

const named = new WeakMap<LedgerIndex, Map<string, Set<Surface>>>();

/** `host|capability|target` → the surfaces its changes name on any date; built once per folded ledger. */
function namedSurfaces(index: LedgerIndex): Map<string, Set<Surface>> {
  let out = named.get(index);
  if (out) return out;
  out = new Map();
  for (const e of index.ledger.events)
    for (const c of e.changes) {
      const key = `${c.host}|${c.capability}|${c.target}`;
      const set = out.get(key) ?? new Set<Surface>();
      set.add(c.surface);
      out.set(key, set);
    }
  named.set(index, out);
  return out;
}
