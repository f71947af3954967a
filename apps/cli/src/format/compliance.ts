import { ongoingBreach } from '@hutong/domain/plain';
import type { TitleOf } from '../ledger-titles';
import { type ComplianceRow, complianceView, type Findings } from '../views/compliance-view';
import type { Style } from './style';
import { table } from './table';

const HEAD = ['regulation', 'host', 'surface', 'capability', 'target', 'status'];

/** Compliance on a date as text: a table of confirmed breaches, one of unconfirmed findings, then the legend. */
export function formatCompliance(at: string, findings: Findings, s: Style, titleOf: TitleOf): string {
  const v = complianceView(at, findings, titleOf);
  // The crossing and its status open both tables: the confirmed breaches and the unconfirmed ones.
  const cells = (x: ComplianceRow) => [
    x.regulationTitle,
    x.key.host,
    x.key.surface,
    x.key.capability,
    x.key.target,
    s.status(x.status),
  ];
  const lines: string[] = [];
  if (!v.breaches.length) lines.push(s.dim(`no breaches recorded on ${at}`));
  else
    lines.push(
      table([
        [...HEAD, 'basis', 'in breach since', 'until', 'days'],
        ...v.breaches.map((x) => [
          ...cells(x),
          x.basis,
          x.since ?? '',
          x.until ?? ongoingBreach.en,
          String(x.days),
        ]),
      ]),
    );
  if (v.unconfirmed.length)
    lines.push(
      '',
      s.bold(`${v.unconfirmed.length} unconfirmed`) +
        s.dim(
          ' — inherited from a company-wide or every-surface rule, or the target’s own doing; no days in breach are counted',
        ),
      table([
        [...HEAD, 'answer from'],
        ...v.unconfirmed.map((x) => [
          ...cells(x),
          x.cause ? `the target's own doing [${x.event}]` : `${x.from} [${x.event}]`,
        ]),
      ]),
    );
  if (v.legend.length) lines.push(`\n${v.legend.map((w) => s.dim(w)).join('\n')}`);
  return lines.join('\n');
}
