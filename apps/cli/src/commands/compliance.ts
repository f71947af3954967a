import { todayIso } from '@hutong/domain/plain';
import { dateFlag, parseFlags } from '../args';
import type { CommandContext } from '../command-context';
import { formatCompliance } from '../format/compliance';
import { ledgerTitles } from '../ledger-titles';
import { complianceSpec } from '../spec/query-specs';

/** `hutong compliance --at DATE`: forbidden crossings still in place past a regulation's deadline. */
export async function complianceCommand(args: string[], { read, out }: CommandContext) {
  const f = parseFlags(args, complianceSpec.flags);
  const at = dateFlag(f.at ?? todayIso(), 'at');
  return read(async (client) => {
    const findings = await client.analysis.compliance.query({ at, regulation: f.regulation });
    if (f.json) return void out.line(JSON.stringify(findings, null, 2));
    out.line(formatCompliance(at, findings, out.style, await ledgerTitles(client)));
  });
}
