import { LEDGER_EPOCH, todayIso } from '@hutong/domain/plain';
import { dateFlag, parseFlags, required } from '../args';
import type { CommandContext } from '../command-context';
import { table } from '../format/table';
import { opennessSpec } from '../spec/query-specs';

/** `hutong openness --host ID --target ID`: the openness index month by month (yearly in the table). */
export async function opennessCommand(args: string[], { read, out }: CommandContext) {
  const f = parseFlags(args, opennessSpec.flags);
  const input = {
    host: required(f.host, 'host'),
    target: required(f.target, 'target'),
    from: dateFlag(f.from ?? LEDGER_EPOCH, 'from'),
    to: dateFlag(f.to ?? todayIso(), 'to'),
  };
  return read(async (client) => {
    const o = await client.analysis.openness.query(input);
    if (f.json) return void out.line(JSON.stringify(o, null, 2));
    out.line(
      out.style.bold(`openness of ${o.host} to ${o.target} (${o.methodology}; 0 walled off … 100 open)`),
    );
    // Print the months where the index moves, plus each January, to keep the table short.
    const rows = o.points.filter(
      (p, i, all) => i === 0 || p.date.endsWith('-01-01') || p.value !== all[i - 1]?.value,
    );
    out.line(
      table([
        ['date', 'index', 'coverage', 'bar'],
        ...rows.map((p) => [
          p.date.slice(0, 7),
          p.value === null ? 'insufficient data' : p.value.toFixed(1),
          `${Math.round(p.coverage * 100)}%`,
          p.value === null ? '' : '█'.repeat(Math.round(p.value / 5)),
        ]),
      ]),
    );
  });
}
