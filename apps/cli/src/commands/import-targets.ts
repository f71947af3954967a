import { createHutongClient, remoteLinks } from '@hutong/client';
import type { ImportRow } from '@hutong/domain';
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
  return importRows(store, rows, opts);
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
