import { createHutongClient, type HutongClient, localLink, remoteLinks } from '@hutong/client';
import type { Store } from '@hutong/store';
import type { Runtime } from './open-runtime';

/** What locates the ledger: the CLI's environment (HUTONG_API, HUTONG_DATA_DIR, DATABASE_URL). */
export interface LocalEnv {
  /** A hutong server named by `--api` or HUTONG_API. */
  api?: string;
  dataDir: string;
  databaseUrl?: string;
}

export interface OpenOptions {
  /** Only reads: a current snapshot of the embedded ledger will do, without starting PGlite. */
  reads?: boolean;
  /**
   * The store alone, for what manages it rather than reads the ledger (tokens, imports): `seeded` as
   * the server seeds it, or as it is; no ledger folded, nothing followed.
   */
  storeOnly?: { seeded: boolean };
  /** An API token, sent to a server (edits through it need one). */
  token?: string;
}

/** The options that give a client (every one but `storeOnly`). */
export type ClientOptions = Omit<OpenOptions, 'storeOnly'>;

interface Answering {
  client: HutongClient;
  where: string;
  close(): Promise<void>;
}
/** A server answers. */
export type Served = Answering & { remote: true; url: string };
/** The store opened in this process, its ledger folded and followed. */
export type Opened = Answering & { remote: false; runtime: Runtime };
/** The embedded store's snapshot, read without starting PGlite (reads only). */
export type FromSnapshot = Answering & { remote: false; runtime: null };

/** The ledger as one command sees it: the same typed client whether a server or this process answers. */
export type Local = Served | Opened | FromSnapshot;

/** The server to use: the one named, else one running on the embedded store's directory, else none. */
export async function serverFor(env: LocalEnv): Promise<string | null> {
  if (env.api !== undefined) return env.api;
  if (env.databaseUrl) return null;
  // PGlite allows one process per directory: a server running on it holds it, so ask that server.
  // Loaded only here: a command given --api never pays for reading (and validating) the file.
  const { runningServer } = await import('./server-file');
  return runningServer(env.dataDir);
}

/**
 * The one way a command reaches the ledger: a server (named, or running on the data directory), else
 * the embedded store (or DATABASE_URL) opened in this process — for reads, from the store's current
 * snapshot without starting PGlite when nothing changed since it was written; with `storeOnly`, the
 * store alone.
 */
export function openLocal(env: LocalEnv, opts: { storeOnly: { seeded: boolean } }): Promise<StoreOnly>;
export function openLocal(env: LocalEnv, opts: ClientOptions & { reads: true }): Promise<Local>;
export function openLocal(env: LocalEnv, opts?: ClientOptions & { reads?: false }): Promise<Served | Opened>;
export function openLocal(env: LocalEnv, opts?: ClientOptions): Promise<Local>;
export async function openLocal(env: LocalEnv, opts: OpenOptions = {}): Promise<Local | StoreOnly> {
  const url = await serverFor(env);
  if (opts.storeOnly) return url ? { remote: true, url } : storeAlone(env, opts.storeOnly.seeded);
  if (url) {
    const headers = opts.token ? { authorization: `Bearer ${opts.token}` } : undefined;
    const client = createHutongClient(remoteLinks({ url, ...(headers && { headers: () => headers }) }));
    return { remote: true, client, where: url, url, close: async () => {} };
  }
  if (opts.reads && !env.databaseUrl) {
    const fast = await fromSnapshot(env.dataDir);
    if (fast) return fast;
  }
  return fromRuntime(env);
}

/** The ledger the embedded store last wrote beside itself, if it is current for this seed. */
async function fromSnapshot(dataDir: string): Promise<FromSnapshot | null> {
  // Loaded only here, so a command answered by a server never pays for the router or the store.
  const [{ readLedgerSnapshot }, { ledgerFingerprint }] = await Promise.all([
    import('@hutong/store/snapshot'),
    import('@hutong/data/fingerprint'),
  ]);
  const snap = readLedgerSnapshot(dataDir, ledgerFingerprint());
  if (!snap) return null;
  const { appRouter, createContextInner, fixedLedger } = await import('@hutong/router');
  const ledger = fixedLedger(snap.ledger, snap.head);
  const client = createHutongClient([
    localLink({ router: appRouter, createContext: async () => createContextInner({ ledger }) }),
  ]);
  const where = `embedded pglite (revision ${snap.head})`;
  return { remote: false, client, where, runtime: null, close: async () => {} };
}

async function fromRuntime(env: LocalEnv): Promise<Opened> {
  const [{ openRuntime }, { appRouter, createContextInner }] = await Promise.all([
    import('./open-runtime'),
    import('@hutong/router'),
  ]);
  const runtime = await openRuntime({
    dataDir: env.dataDir,
    ...(env.databaseUrl !== undefined && { databaseUrl: env.databaseUrl }),
  });
  const client = createHutongClient([
    localLink({
      router: appRouter,
      // A local operator reads through the store too ("as recorded at", revisions); edits still need a token.
      createContext: async () => createContextInner({ ledger: runtime.ledger, live: runtime }),
    }),
  ]);
  return {
    remote: false,
    client,
    where: `embedded ${runtime.store.kind}`,
    runtime,
    close: () => runtime.close(),
  };
}

/** The store alone, for what manages it rather than reads the ledger (tokens, imports). */
export type StoreOnly =
  | { remote: true; url: string }
  | { remote: false; store: Store; close(): Promise<void> };

/** The store opened in this process for an administrative command, with no ledger folded. */
async function storeAlone(env: LocalEnv, seeded: boolean): Promise<StoreOnly> {
  const { openStore } = await import('@hutong/store');
  const seed = seeded ? (await import('./curated-seed')).curatedSeed() : {};
  const store = await openStore({
    dataDir: env.dataDir,
    ...(env.databaseUrl !== undefined && { databaseUrl: env.databaseUrl }),
    ...seed,
  });
  return { remote: false, store, close: () => store.close() };
}
