import type { ImportRow } from '@hutong/domain';
import type { Local } from '@hutong/runtime';
import { UsageError } from '../usage-error';

export interface ImportOptions {
  author: string;
  reason: string;
  dryRun: boolean;
}

/** The embedded store (or DATABASE_URL) opened here, seeded as the server seeds it. */
export async function importToStore(
  local: Extract<Local, { remote: false }>,
  rows: readonly ImportRow[],
  opts: ImportOptions,
) {
  const { importRows } = await import('@hutong/store/transfer');
  // Opened without `reads`: the store is there.
  return importRows(local.runtime!.store, rows, opts);
}

/** A running server, which holds the store: the rows go through its API, as one transaction there too. */
export async function importThroughServer(
  local: Extract<Local, { remote: true }>,
  token: string | undefined,
  rows: ImportRow[],
  opts: ImportOptions,
) {
  if (!token)
    throw new UsageError(
      `a hutong server (${local.url}) holds the ledger: importing through it needs an editor token — ` +
        'pass --token or set HUTONG_TOKEN (hutong token create --role editor --name NAME makes one)',
    );
  return local.client.transfer.import.mutate({ rows, ...opts });
}
