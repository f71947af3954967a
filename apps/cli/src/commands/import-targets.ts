import { createHutongClient, remoteLinks } from '@hutong/client';
import type { ImportRow } from '@hutong/domain';
import type { CliEnv } from '../env';
import { UsageError } from '../usage-error';

export interface ImportOptions {
  author: string;
  reason: string;
  dryRun: boolean;
}

/** The embedded store (or DATABASE_URL) opened here, seeded as the server seeds it. */
export async function importToStore(env: CliEnv, rows: readonly ImportRow[], opts: ImportOptions) {
  const [{ importRows, openStore }, { ledgerFingerprint, loadLedger }] = await Promise.all([
    import('@hutong/store'),
    import('@hutong/data'),
  ]);
  const store = await openStore({
    dataDir: env.HUTONG_DATA_DIR,
    databaseUrl: env.DATABASE_URL,
    seed: loadLedger(),
    snapshotKey: ledgerFingerprint(),
  });
  try {
    return await importRows(store, rows, opts);
  } finally {
    await store.close();
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
