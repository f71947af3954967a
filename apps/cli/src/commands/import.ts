import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { type ImportProblem, type ImportRow, parseImport } from '@hutong/domain';
import { parseWords } from '../args';
import type { CommandContext, Io } from '../command-context';
import { progressBar } from '../format/progress';
import { importSpec } from '../spec/admin-specs';
import { UsageError } from '../usage-error';
import { type ImportOptions, importThroughServer, importToStore } from './import-targets';
import { formatOf } from './transfer-format';

/**
 * `hutong import FILE [--format F] [--dry-run] [--author NAME] [--reason TEXT] [--json]`: validates the
 * whole file, then stores all of it in one transaction or nothing — in the embedded store or
 * PostgreSQL, or through a running server's API (with an editor token). Bad rows: every problem on
 * stderr as `FILE:LINE: field: message`, exit 2.
 */
export async function importCommand(args: string[], ctx: CommandContext): Promise<number> {
  const { file, flags } = parseImportArgs(args);
  const format = formatOf(flags.format, file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${(err as Error).message}`);
  }
  const bar = progressBar(ctx.io, { json: flags.json ?? false });
  try {
    const parsed = parseImport(text, format, (done, total) => bar.update(`validating ${file}`, done, total));
    if (parsed.problems.length > 0) return refuse(file, parsed.problems, ctx.io);
    const opts: ImportOptions = {
      author: flags.author ?? 'hutong import',
      reason: flags.reason ?? `imported from ${basename(file)}`,
      dryRun: flags['dry-run'] ?? false,
    };
    const token = flags.token ?? ctx.env.HUTONG_TOKEN;
    const rows: ImportRow[] = parsed.rows;
    const local = await bar.during('opening the ledger', ctx.openStore({ seeded: true, api: true }));
    const storing = `storing ${rows.length.toLocaleString('en-US')} entities`;
    const report = local.remote
      ? await bar.during(`${storing} through ${local.url}`, importThroughServer(local.url, token, rows, opts))
      : await bar.during(
          storing,
          importToStore(local.store, rows, opts).finally(() => local.close()),
        );
    bar.finish();
    if (report.problems.length > 0) return refuse(file, report.problems, ctx.io);
    const { recorded, amended, unchanged, head, dryRun } = report;
    ctx.io.stdout(
      flags.json
        ? JSON.stringify({ file, format, recorded, amended, unchanged, head, dryRun })
        : dryRun
          ? `${file}: would record ${recorded}, amend ${amended}, leave ${unchanged} unchanged (dry run: nothing stored)`
          : `${file}: recorded ${recorded}, amended ${amended}, ${unchanged} unchanged (revision ${head})`,
    );
    return 0;
  } finally {
    bar.finish();
  }
}

function refuse(file: string, problems: readonly ImportProblem[], io: Io): number {
  for (const p of problems)
    io.stderr(`${file}${p.line > 0 ? `:${p.line}` : ''}: ${p.field ? `${p.field}: ` : ''}${p.message}`);
  io.stderr(
    `hutong: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${file}; nothing stored`,
  );
  return 2;
}

function parseImportArgs(args: string[]) {
  const parsed = parseWords(args, importSpec.flags);
  const [file, ...extra] = parsed.positionals;
  if (!file) throw new UsageError('import needs a FILE (JSON, NDJSON or CSV)');
  if (extra.length > 0) throw new UsageError(`import takes one FILE, not also "${extra.join(' ')}"`);
  return { file, flags: parsed.values };
}
