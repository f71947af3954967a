import type { RouterOutputs } from '@hutong/client';
import { crossingLabel, legend } from '@hutong/domain/plain';
import type { TitleOf } from '../ledger-titles';
import { inheritedText } from './qualifiers';

type Finding = RouterOutputs['analysis']['compliance'][number];
export type Findings = RouterOutputs['analysis']['compliance'];
export type Regulations = RouterOutputs['regulations']['list'];
type Regulation = Regulations[number];

/** A finding with its ids named by their titles. */
export interface ComplianceRow {
  regulation: string;
  regulationTitle: string;
  key: Pick<Finding, 'host' | 'surface' | 'capability' | 'target'>;
  label: string;
  status: Finding['status'];
  basis: Finding['basis'];
  /** The deciding rule's event, by title. */
  event: string;
}

/** A confirmed breach: its days are counted. */
export interface BreachRow extends ComplianceRow {
  since: Finding['breachSince'];
  /** The last day in breach; `null` while it goes on. */
  until: Finding['breachUntil'];
  days: number;
}

/** An unconfirmed finding: an inherited answer, or the target's own doing; no days are counted. */
export interface UnconfirmedRow extends ComplianceRow {
  /** Where the answer comes from, e.g. "every surface (*), target alibaba". */
  from: string;
  cause: boolean;
}

/**
 * Which crossings regulations forbid were still in place on a date, past their deadlines: one view the
 * CLI prints as two tables and the terminal UI as a list by regulation.
 */
export interface ComplianceView {
  at: string;
  breaches: BreachRow[];
  unconfirmed: UnconfirmedRow[];
  /** Each regulation with a confirmed breach, with its breaches (given the regulations). */
  byRegulation: { regulation: Regulation; breaches: BreachRow[] }[];
  /** Where the date stands when nothing is in breach (given the regulations). */
  standing: string;
  /** The regulations hutong does not check, and why. */
  unchecked: string[];
  /** The glossary's line for every status and basis the findings show. */
  legend: string[];
}

/**
 * Where a date stands for the regulations compliance checks (those with a scope): in force and past
 * the deadline, ended, or not yet due. A rule it does not check is never called past its deadline.
 */
function standing(at: string, regulations: readonly Regulation[]): string {
  const checked = regulations.filter((r) => r.scope);
  const due = checked.filter((r) => r.deadline <= at && r.from <= at && (!r.until || at <= r.until));
  if (due.length) return `Past their deadline and in force: ${due.map((r) => r.title.en).join('; ')}`;
  const ended = checked.filter((r) => r.until && r.until < at);
  if (ended.length)
    return `No regulation checked here is in force: ${ended
      .map((r) => `${r.title.en} ran until ${r.until} (deadline ${r.deadline})`)
      .join('; ')}`;
  return 'No deadline of a regulation checked here has passed on this date.';
}

const rowOf = (f: Finding, titleOf: TitleOf): ComplianceRow => ({
  regulation: f.regulation,
  regulationTitle: titleOf(f.regulation),
  key: { host: f.host, surface: f.surface, capability: f.capability, target: f.target },
  label: crossingLabel(f),
  status: f.status,
  basis: f.basis,
  event: titleOf(f.rule.event),
});

/** The compliance view from the API's findings on `at` and, for the parts that name them, the ledger's regulations. */
export function complianceView(
  at: string,
  findings: Findings,
  titleOf: TitleOf,
  regulations: Regulations = [],
): ComplianceView {
  const breaches = findings.flatMap((f): BreachRow[] =>
    f.daysInBreach === null
      ? []
      : [
          {
            ...rowOf(f, titleOf),
            since: f.breachSince,
            until: f.breachUntil ?? null,
            days: f.daysInBreach,
          },
        ],
  );
  const unconfirmed = findings.flatMap((f): UnconfirmedRow[] =>
    f.daysInBreach === null
      ? [
          {
            ...rowOf(f, titleOf),
            from: inheritedText(f.inheritedFrom).replace(/^ from /, ''),
            cause: Boolean(f.rule.cause),
          },
        ]
      : [],
  );
  return {
    at,
    breaches,
    unconfirmed,
    byRegulation: regulations.flatMap((regulation) => {
      const mine = breaches.filter((b) => b.regulation === regulation.id);
      return mine.length ? [{ regulation, breaches: mine }] : [];
    }),
    standing: standing(at, regulations),
    unchecked: regulations.flatMap((r) =>
      !r.scope && r.unchecked ? [`${r.title.en} — ${r.unchecked.en}`] : [],
    ),
    legend: legend(findings.flatMap((f) => [['status', f.status] as const, ['basis', f.basis] as const])),
  };
}
