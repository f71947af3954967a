import { appRouter, createContextInner } from '@hutong/api';
import { openRuntime, runningServer } from '@hutong/api-server';
import { createHutongClient, type HutongClient, localLink, remoteLinks } from '@hutong/client';

export interface Connection {
  client: HutongClient;
  where: string;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** A hutong server; without it the embedded ledger is opened in this process. */
  api?: string | undefined;
  dataDir: string;
  databaseUrl?: string | undefined;
}

/** The same typed client either way: over HTTP to a server, or in-process on the embedded store. */
export async function connect(opts: ConnectOptions): Promise<Connection> {
  // A server already running on the embedded store holds its directory: ask it instead.
  const api = opts.api ?? (opts.databaseUrl ? null : runningServer(opts.dataDir));
  if (api)
    return { client: createHutongClient(remoteLinks({ url: api })), where: api, close: async () => {} };
  const runtime = await openRuntime({ dataDir: opts.dataDir, databaseUrl: opts.databaseUrl });
  const client = createHutongClient([
    localLink({
      router: appRouter,
      // A local operator reads through the store too ("as recorded at", revisions); edits still need a token.
      createContext: async () =>
        createContextInner({
          ledger: runtime.ledger,
          store: runtime.store,
          recorded: runtime.recorded,
          catchUp: runtime.catchUp,
        }),
    }),
  ]);
  return { client, where: `embedded ${runtime.store.kind}`, close: () => runtime.close() };
}
