import { createHutongClient, remoteLinks } from '@hutong/client';
import { DomainError, type ImportRow } from '@hutong/domain';
import type { Store } from '@hutong/store';
import { UsageError } from '../usage-error';

export interface ImportOptions {
  author: string;
  reason: string;
  dryRun: boolean;
}

/** The store opened here: the rows go in as one transaction. */
export async function importToStore(store: Store, rows: readonly ImportRow[], opts: ImportOptions) {
  const { importRows } = await import('@hutong/store/transfer');
  try {
    return await importRows(store, rows, opts);
  } catch (err) {
    // The store refuses what it cannot hold (a 400 over HTTP): one line naming the field, exit 2.
    if (err instanceof DomainError && err.kind === 'invalid')
      throw new UsageError(`${err.field ? `${err.field}: ` : ''}${err.message}`);
    throw err;
  }
}

/** A running server, which holds the store: the rows go through its API, as one transaction there too. */
export async function importThroughServer(
  url: string,
  token: string | undefined,
  rows: ImportRow[],
  opts: ImportOptions,
) {
  if (!token)
    throw new UsageError(
      `a hutong server (${url}) holds the ledger: importing through it needs an editor token — ` +
        'pass --token or set HUTONG_TOKEN (hutong token create --role editor --name NAME makes one)',
    );
  const client = createHutongClient(
    remoteLinks({ url, headers: () => ({ authorization: `Bearer ${token}` }) }),
  );
  return client.transfer.import.mutate({ rows, ...opts });
}
