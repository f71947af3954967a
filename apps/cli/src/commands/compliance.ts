import { dateFlag, parseFlags, today } from '../args';
import type { Connection } from '../connect';
import { table } from '../format/table';
import type { Output } from '../output';

/** `hutong compliance --at DATE`: forbidden crossings still in place past a regulation's deadline. */
export async function complianceCommand(args: string[], connect: () => Promise<Connection>, out: Output) {
  const f = parseFlags(args, {
    at: { type: 'string' },
    regulation: { type: 'string' },
    json: { type: 'boolean' },
  });
  const at = dateFlag(f.at ?? today(), 'at');
  const conn = await connect();
  try {
    const findings = await conn.client.analysis.compliance.query({ at, regulation: f.regulation });
    if (f.json) return out.line(JSON.stringify(findings, null, 2));
    if (!findings.length) return out.line(out.style.dim(`no breaches recorded on ${at}`));
    out.line(
      table([
        [
          'regulation',
          'host',
          'surface',
          'capability',
          'target',
          'status',
          'in breach since',
          'until',
          'days',
        ],
        ...findings.map((x) => [
          x.regulation,
          x.host,
          x.surface,
          x.capability,
          x.target,
          out.style.status(x.status),
          x.breachSince,
          x.breachUntil ?? 'still open',
          String(x.daysInBreach),
        ]),
      ]),
    );
  } finally {
    await conn.close();
  }
}
