import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { runningServer } from '@hutong/api-server';
import { loadLedger } from '@hutong/data';
import { type ImportProblem, parseImport, TransferFormat } from '@hutong/domain';
import { importRows, openStore, type Store } from '@hutong/store';
import { oneOf } from '../args';
import type { CliEnv } from '../env';
import type { Io } from '../run';
import { UsageError } from '../usage-error';

const byExtension: Record<string, TransferFormat> = {
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.csv': 'csv',
};

/** The format `--format` names, else the one `file`'s extension implies. */
export function formatOf(flag: string | undefined, file: string | undefined): TransferFormat {
  if (flag !== undefined) return oneOf(flag, TransferFormat.options, 'format');
  const inferred = file ? byExtension[extname(file).toLowerCase()] : undefined;
  if (!inferred)
    throw new UsageError(`cannot tell the format of ${file ?? 'stdout'}; pass --format json|ndjson|csv`);
  return inferred;
}

/**
 * `hutong import FILE [--format F] [--dry-run] [--author NAME] [--reason TEXT] [--json]`: validates the
 * whole file, then stores all of it in one transaction or nothing. Bad rows: every problem on stderr
 * as `FILE:LINE: field: message`, exit 2.
 */
export async function importCommand(args: string[], env: CliEnv, io: Io): Promise<number> {
  const { file, flags } = parseImportArgs(args);
  const format = formatOf(flags.format, file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${(err as Error).message}`);
  }
  const parsed = parseImport(text, format);
  if (parsed.problems.length > 0) return refuse(file, parsed.problems, io);

  const opened = await openLedgerStore(env);
  if ('busy' in opened) {
    io.stderr(`hutong: ${opened.busy}`);
    return 1;
  }
  try {
    const report = await importRows(opened.store, parsed.rows, {
      author: flags.author ?? 'hutong import',
      reason: flags.reason ?? `imported from ${basename(file)}`,
      dryRun: flags['dry-run'] ?? false,
    });
    if (report.problems.length > 0) return refuse(file, report.problems, io);
    const { recorded, amended, unchanged, head, dryRun } = report;
    io.stdout(
      flags.json
        ? JSON.stringify({ file, format, recorded, amended, unchanged, head, dryRun })
        : dryRun
          ? `${file}: would record ${recorded}, amend ${amended}, leave ${unchanged} unchanged (dry run: nothing stored)`
          : `${file}: recorded ${recorded}, amended ${amended}, ${unchanged} unchanged (revision ${head})`,
    );
    return 0;
  } finally {
    await opened.store.close();
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
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message.replace(/\. To specify.*$/s, '') : String(err));
  }
  const [file, ...extra] = parsed.positionals;
  if (!file) throw new UsageError('import needs a FILE (JSON, NDJSON or CSV)');
  if (extra.length > 0) throw new UsageError(`import takes one FILE, not also "${extra.join(' ')}"`);
  return { file, flags: parsed.values };
}

const parse = (args: string[]) =>
  parseArgs({
    args,
    strict: true,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      'dry-run': { type: 'boolean' },
      author: { type: 'string' },
      reason: { type: 'string' },
      json: { type: 'boolean' },
    },
  });

/**
 * The store itself, for import and export (they move whole ledgers, which the API does not). Opened
 * with the curated seed, as the server opens it. A server on the embedded store holds its directory
 * (PGlite allows one process per directory): then `busy` says what to do.
 */
export async function openLedgerStore(env: CliEnv): Promise<{ store: Store } | { busy: string }> {
  const server = env.DATABASE_URL ? null : runningServer(env.HUTONG_DATA_DIR);
  if (server)
    return {
      busy:
        `a hutong server (${server}) has the data directory ${env.HUTONG_DATA_DIR} open; ` +
        'stop it and run this again, or point both at PostgreSQL with DATABASE_URL',
    };
  return {
    store: await openStore({
      dataDir: env.HUTONG_DATA_DIR,
      databaseUrl: env.DATABASE_URL,
      seed: loadLedger(),
    }),
  };
}
