import {
  type ComplianceFinding,
  type CrossingKey,
  type DecidedStatus,
  dayNumber,
  type Regulation,
  type Surface,
} from '../../schema';
import { decide, PART } from '../answer/decide';
import { history } from '../answer/history';
import type { LedgerIndex } from '../fold/fold';
import { recordedCrossings, viewSurfaceOf } from './recorded';

/**
 * Every recorded crossing a regulation forbids on `at`, past the regulation's deadline, read off
 * `decide`. A `direct` or `inferred` answer is a breach with its days; an `inherited` one is listed
 * as unconfirmed, with none. Regulations without a scope (conduct no capability expresses) are not
 * checked.
 */
export function compliance(index: LedgerIndex, at: string): ComplianceFinding[] {
  const day = dayNumber(at);
  if (day === null) return [];
  const findings: ComplianceFinding[] = [];
  for (const reg of index.ledger.regulations) {
    const scope = reg.scope;
    if (!scope || at < reg.deadline || at < reg.from || (reg.until !== undefined && at > reg.until)) continue;
    for (const c of recordedCrossings(index).all) {
      if (!inScope(reg, c.host, c.capability, c.surface)) continue;
      const d = decide(index, { ...c, at }, PART);
      if (d.status === 'mixed' || !d.rule || !forbidden(reg, d.status)) continue;
      // Only the host's own rule is its breach: a target's withdrawal is listed, with no days.
      const confirmed = (d.basis === 'direct' || d.basis === 'inferred') && d.rule.cause === undefined;
      const began = d.since && d.since.date > reg.deadline ? d.since.date : reg.deadline;
      const finding: ComplianceFinding = {
        regulation: reg.id,
        ...c,
        surface: viewSurfaceOf(index, c),
        status: d.status as ComplianceFinding['status'],
        basis: d.basis,
        rule: d.rule,
        breachSince: confirmed ? began : null,
        breachUntil: breachEnd(index, reg, c, at),
        daysInBreach: confirmed ? day - dayNumber(began)! : null,
      };
      if (d.inheritedFrom) finding.inheritedFrom = d.inheritedFrom;
      findings.push(finding);
    }
  }
  return findings;
}

const inScope = (reg: Regulation, host: string, capability: string, surface: Surface) => {
  const s = reg.scope!;
  return (
    (s.hosts.includes('*') || s.hosts.includes(host)) &&
    (s.capabilities as string[]).includes(capability) &&
    (s.surfaces.includes('*') || s.surfaces.includes(surface))
  );
};

const forbidden = (reg: Regulation, status: DecidedStatus) => (reg.forbids as string[]).includes(status);

/**
 * The first later day the crossing's history (read as one part, as the finding was) gives a status
 * the regulation allows, or null.
 */
function breachEnd(index: LedgerIndex, reg: Regulation, c: CrossingKey, at: string): string | null {
  for (const s of history(index, c, { ownSurface: true }).segments) {
    if (s.from === null || s.from <= at) continue;
    // An allowed status whose change is still in its window ends the breach no later than the window.
    if (s.uncertain && !forbidden(reg, s.uncertain.after)) return s.uncertain.from;
    if (!forbidden(reg, s.status)) return s.rule?.date ?? s.from;
  }
  return null;
}
