import type { ComplianceFinding } from '@hutong/domain';
import { legend, ongoingBreach, todayIso } from '@hutong/domain/plain';
import { dateFlag, parseFlags } from '../args';
import type { CommandContext } from '../command-context';
import { table } from '../format/table';
import { ledgerTitles, type TitleOf } from '../ledger-titles';
import { complianceSpec } from '../spec/query-specs';
import { inheritedText } from '../views/qualifiers';

const HEAD = ['regulation', 'host', 'surface', 'capability', 'target', 'status'];

/** `hutong compliance --at DATE`: forbidden crossings still in place past a regulation's deadline. */
export async function complianceCommand(args: string[], { read, out }: CommandContext) {
  const f = parseFlags(args, complianceSpec.flags);
  const at = dateFlag(f.at ?? todayIso(), 'at');
  // The crossing and its status open both tables: the confirmed breaches and the unconfirmed ones.
  const cells = (x: ComplianceFinding, titleOf: TitleOf) => [
    titleOf(x.regulation),
    x.host,
    x.surface,
    x.capability,
    x.target,
    out.style.status(x.status),
  ];
  return read(async (client) => {
    const findings = await client.analysis.compliance.query({ at, regulation: f.regulation });
    const words = legend(
      findings.flatMap((x) => [['status', x.status] as const, ['basis', x.basis] as const]),
    );
    if (f.json) return void out.line(JSON.stringify(findings, null, 2));
    const titleOf = await ledgerTitles(client);
    const confirmed = findings.filter((x) => x.daysInBreach !== null);
    const unconfirmed = findings.filter((x) => x.daysInBreach === null);
    if (!confirmed.length) out.line(out.style.dim(`no breaches recorded on ${at}`));
    else
      out.line(
        table([
          [...HEAD, 'basis', 'in breach since', 'until', 'days'],
          ...confirmed.map((x) => [
            ...cells(x, titleOf),
            x.basis,
            x.breachSince ?? '',
            x.breachUntil ?? ongoingBreach.en,
            String(x.daysInBreach),
          ]),
        ]),
      );
    if (unconfirmed.length) {
      out.line('');
      out.line(
        out.style.bold(`${unconfirmed.length} unconfirmed`) +
          out.style.dim(
            ' — inherited from a company-wide or every-surface rule, or the target’s own doing; no days in breach are counted',
          ),
      );
      out.line(
        table([
          [...HEAD, 'answer from'],
          ...unconfirmed.map((x) => [
            ...cells(x, titleOf),
            x.rule.cause
              ? `the target's own doing [${titleOf(x.rule.event)}]`
              : `${inheritedText(x.inheritedFrom).replace(/^ from /, '')} [${titleOf(x.rule.event)}]`,
          ]),
        ]),
      );
    }
    if (words.length) out.line(`\n${words.map((w) => out.style.dim(w)).join('\n')}`);
  });
}
