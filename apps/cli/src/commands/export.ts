import { closeSync, openSync, writeSync } from 'node:fs';
import { parseFlags } from '../args';
import type { CommandContext } from '../command-context';
import { progressBar } from '../format/progress';
import { exportSpec } from '../spec/admin-specs';
import { formatOf } from './transfer-format';

const CHUNK = 1 << 20;

/**
 * `hutong export --format json|ndjson|csv [--out FILE]`: the whole ledger, every kind sorted by id, in
 * the form `hutong import` reads back; exporting again after that import gives the same bytes. It
 * reads wherever the ledger is: a running server (through its API) or the embedded store.
 */
export async function exportCommand(args: string[], { read, io }: CommandContext) {
  const f = parseFlags(args, exportSpec.flags);
  const format = formatOf(f.format, f.out);
  // Bytes: a bar for exports of a mebibyte or more written to a file (stdout gets the data alone).
  const bar = progressBar(io, { json: false, minimum: CHUNK });
  return read(async (client) => {
    const { text } = await client.transfer.export.query({ format });
    if (f.out === undefined) {
      // `io.stdout` ends each write with a newline, which the text already has.
      io.stdout(text.slice(0, -1));
      return;
    }
    const bytes = Buffer.from(text);
    const fd = openSync(f.out, 'w');
    try {
      for (let at = 0; at < bytes.length; at += CHUNK) {
        bar.update(`exporting to ${f.out}`, at, bytes.length);
        writeSync(fd, bytes, at, Math.min(CHUNK, bytes.length - at));
      }
      bar.update(`exporting to ${f.out}`, bytes.length, bytes.length);
    } finally {
      closeSync(fd);
      bar.finish();
    }
  });
}
