import { writeFileSync } from 'node:fs';
import { formatExport } from '@hutong/domain';
import { parseFlags } from '../args';
import type { CliEnv } from '../env';
import type { Io } from '../run';
import { formatOf, openLedgerStore } from './import';

/**
 * `hutong export --format json|ndjson|csv [--out FILE]`: the whole ledger, every kind sorted by id, in
 * the form `hutong import` reads back; exporting again after that import gives the same bytes.
 */
export async function exportCommand(args: string[], env: CliEnv, io: Io): Promise<number> {
  const f = parseFlags(args, { format: { type: 'string' }, out: { type: 'string' } });
  const format = formatOf(f.format, f.out);
  const opened = await openLedgerStore(env);
  if ('busy' in opened) {
    io.stderr(`hutong: ${opened.busy}`);
    return 1;
  }
  try {
    const text = formatExport(await opened.store.ledger(), format);
    // `io.stdout` ends each write with a newline, which the text already has.
    if (f.out) writeFileSync(f.out, text);
    else io.stdout(text.slice(0, -1));
    return 0;
  } finally {
    await opened.store.close();
  }
}
