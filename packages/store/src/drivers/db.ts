/** A row as a driver returns it; storage code parses rows into domain shapes at the edge. */
export type Row = Record<string, unknown>;

/** What SQL code needs from a connection: parameterised queries, and multi-statement scripts. */
export interface Queryable {
  query(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs a script of several statements (no parameters): migrations. */
  exec(sql: string): Promise<void>;
}

/**
 * The one seam between the store and its two engines (embedded PGlite, a PostgreSQL server), so every
 * query, migration and lock is written once and runs unchanged on both.
 */
export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. With `lock`,
   * the transaction first takes the advisory lock named by that key (held until it ends).
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>, opts?: { lock?: string }): Promise<T>;
  /** Calls `onNotify` for each NOTIFY on `channel`, from this process or any other; resolves to stop. */
  listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** The statement taking a transaction-scoped advisory lock named by `key` (lower-case letters, digits, `._`). */
export function advisoryLockSql(key: string): string {
  if (!/^[a-z0-9_.]+$/.test(key)) throw new Error(`bad advisory lock key "${key}"`);
  return `SELECT pg_advisory_xact_lock(hashtext('${key}'))`;
}
