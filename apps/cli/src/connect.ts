import { runningServer } from '@hutong/api-server/server-file';
import { createHutongClient, type HutongClient, localLink, remoteLinks } from '@hutong/client';

export interface Connection {
  client: HutongClient;
  where: string;
  /** Whether the client talks to a server (over HTTP) rather than in this process. */
  remote: boolean;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** A hutong server; without it the embedded ledger is opened in this process. */
  api?: string;
  dataDir: string;
  databaseUrl?: string;
  /** Only reads: a current snapshot of the embedded ledger will do, without starting PGlite. */
  reads?: boolean;
}

/** The server to use: the one named, else one running on the embedded store's directory, else none. */
export function serverFor(opts: ConnectOptions): string | null {
  // A server already running on the embedded store holds its directory: ask it instead.
  return opts.api ?? (opts.databaseUrl ? null : runningServer(opts.dataDir));
}

/** The same typed client either way: over HTTP to a server, or in-process on the embedded store. */
export async function connect(opts: ConnectOptions): Promise<Connection> {
  const api = serverFor(opts);
  if (api)
    return {
      client: createHutongClient(remoteLinks({ url: api })),
      where: api,
      remote: true,
      close: async () => {},
    };
  if (opts.reads && !opts.databaseUrl) {
    const fast = await fromSnapshot(opts.dataDir);
    if (fast) return fast;
  }
  return fromRuntime(opts);
}

/** The ledger the embedded store last wrote beside itself, if it is current for this seed. */
async function fromSnapshot(dataDir: string): Promise<Connection | null> {
  const [{ readLedgerSnapshot }, { ledgerFingerprint }] = await Promise.all([
    import('@hutong/store/snapshot'),
    import('@hutong/data/fingerprint'),
  ]);
  const snap = readLedgerSnapshot(dataDir, ledgerFingerprint());
  if (!snap) return null;
  const { appRouter, createContextInner, LedgerView } = await import('@hutong/router');
  const ledger = new LedgerView(snap.ledger, snap.head);
  const client = createHutongClient([
    localLink({ router: appRouter, createContext: async () => createContextInner({ ledger }) }),
  ]);
  return { client, where: `embedded pglite (revision ${snap.head})`, remote: false, close: async () => {} };
}

async function fromRuntime(opts: ConnectOptions): Promise<Connection> {
  const [{ openRuntime }, { appRouter, createContextInner }] = await Promise.all([
    import('@hutong/api-server/runtime'),
    import('@hutong/router'),
  ]);
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
  return {
    client,
    where: `embedded ${runtime.store.kind}`,
    remote: false,
    close: () => runtime.close(),
  };
}
