import { LEDGER_EPOCH, todayIso } from '@hutong/domain/plain';
import { dateFlag, parseFlags, required } from '../args';
import type { CommandContext } from '../command-context';
import { percent } from '../format/percent';
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
    // Print the months where the index or its recorded share moves, plus each January.
    const rows = o.points.filter(
      (p, i, all) =>
        i === 0 ||
        p.date.endsWith('-01-01') ||
        p.value !== all[i - 1]?.value ||
        p.recorded !== all[i - 1]?.recorded,
    );
    out.line(
      table([
        ['date', 'index', 'recorded', 'bar'],
        ...rows.map((p) => [
          p.date.slice(0, 7),
          p.value === null ? 'insufficient data' : p.value.toFixed(1),
          `${percent(p.recorded)} of ${p.cells} cells · ${percent(p.coverage)} of weight`,
          p.value === null ? '' : '█'.repeat(Math.round(p.value / 5)),
        ]),
      ]),
    );
    out.line(
      out.style.dim('Cells with no record count as no access; the index is a floor on what is recorded.'),
    );
  });
}
