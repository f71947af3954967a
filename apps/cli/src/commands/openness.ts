import { dateFlag, parseFlags, required, today } from '../args';
import type { Connection } from '../connect';
import { table } from '../format/table';
import type { Output } from '../output';

/** `hutong openness --host ID --target ID`: the openness index month by month (yearly in the table). */
export async function opennessCommand(args: string[], connect: () => Promise<Connection>, out: Output) {
  const f = parseFlags(args, {
    host: { type: 'string' },
    target: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    json: { type: 'boolean' },
  });
  const input = {
    host: required(f.host, 'host'),
    target: required(f.target, 'target'),
    from: dateFlag(f.from ?? '2013-01-01', 'from'),
    to: dateFlag(f.to ?? today(), 'to'),
  };
  const conn = await connect();
  try {
    const o = await conn.client.analysis.openness.query(input);
    if (f.json) return out.line(JSON.stringify(o, null, 2));
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
  } finally {
    await conn.close();
  }
}
