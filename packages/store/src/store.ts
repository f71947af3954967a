import type { EditInput, Ledger, LedgerQuery, Revision, RevisionQueryInput } from '@hutong/domain';
import type { LedgerSnapshot } from './ledger-query';
import type { Tokens } from './tokens';

export type { LedgerSnapshot };

export interface StoreOptions {
  /** PGlite's directory (its files go in `<dataDir>/pglite`); default `./.hutong`; `memory://` keeps nothing. */
  dataDir?: string;
  /** A PostgreSQL server to use instead of PGlite, e.g. `postgres://user@host:5432/db`. */
  databaseUrl?: string;
  /** The PostgreSQL schema holding the tables (default `hutong`): one database can hold several stores. */
  schema?: string;
  /** The curated ledger to seed an empty log with, and to follow when it changes; null or absent: none. */
  seed?: Ledger | null;
  /**
   * Embedded store only: keep `<dataDir>/ledger-snapshot.json` (the ledger at the head) current, tagged
   * with this key — the seed's fingerprint — so readers with the same seed can skip starting PGlite.
   */
  snapshotKey?: string;
  /** The clock revisions are stamped with (tests pin it). */
  now?: () => Date;
}

export interface AppendOptions {
  /** Whose idempotency keys these are (an API token's id): a key replays only within its scope. */
  scope?: string;
}

/** The ledger's append-only log of revisions, and the ledger it folds to at any recorded instant. */
export interface Store {
  readonly kind: 'pglite' | 'postgres';
  /**
   * Each entity's latest revision, retracted ones removed; with `recordedAt`, only revisions recorded
   * by then; with `revision`, only revisions up to that one.
   */
  ledger(opts?: LedgerQuery): Promise<Ledger>;
  /** The ledger and the revision it reflects, read together (for a cache keyed on the head). */
  snapshot(opts?: LedgerQuery): Promise<LedgerSnapshot>;
  /** The revision in force at `recordedAt` (the last one recorded by then); 0 before the first. */
  revisionAt(recordedAt: string): Promise<number>;
  /** The latest revision number; 0 when the log is empty. */
  head(): Promise<number>;
  revisions(opts?: RevisionQueryInput): Promise<Revision[]>;
  /**
   * Appends the edits in one transaction: all land or none does. Throws `RevisionConflict` (from the domain) on a stale
   * `baseRevision` or a `record` of a live entity, `DomainError('not-found')` on an amend or retract of
   * an entity that is not live, `DomainError('invalid')` on an edit the schemas reject.
   */
  append(edits: readonly EditInput[], opts?: AppendOptions): Promise<Revision[]>;
  /** Calls `listener` with each revision appended from now on, by this or any other process, in order. */
  subscribe(listener: (rev: Revision) => void): () => void;
  /** The API tokens allowed to edit (kept beside the log, not in it). */
  readonly tokens: Tokens;
  close(): Promise<void>;
}
