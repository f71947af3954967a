import { type EditInput, LedgerQuery, type Revision, RevisionQuery } from '@hutong/domain';
import { appendEdits } from './append-edits';
import { appendLock } from './append-lock';
import type { Db } from './drivers/db';
import { readLedger } from './ledger-query';
import { Live } from './live';
import { parseInput } from './parse-input';
import { REVISION_COLUMNS, toRevision } from './rows';
import type { SnapshotKeeper } from './snapshot/snapshot-keeper';
import { isParsedEdits, storableEdits } from './storable-text';
import type { AppendOptions, Store } from './store';
import { sqlTokens } from './tokens';

const Edits = storableEdits();

/** The store over either engine: every statement is plain SQL that PGlite and PostgreSQL both run. */
export async function sqlStore(
  db: Db,
  schema: string,
  now: () => Date,
  keeper: SnapshotKeeper | null = null,
): Promise<Store> {
  const t = `"${schema}".revisions`;

  const head = async () =>
    Number((await db.query(`SELECT coalesce(max(id), 0) AS head FROM ${t}`))[0]?.head ?? 0);

  const revisions = async (opts: unknown = {}): Promise<Revision[]> => {
    const q = parseInput(RevisionQuery, opts);
    const params: unknown[] = [q.after];
    const where = ['id > $1'];
    if (q.entity) where.push(`entity = $${params.push(q.entity)}`);
    if (q.id) where.push(`entity_id = $${params.push(q.id)}`);
    const rows = await db.query(
      `SELECT ${REVISION_COLUMNS} FROM ${t} WHERE ${where.join(' AND ')} ORDER BY id LIMIT $${params.push(q.limit)}`,
      params,
    );
    return rows.map(toRevision);
  };

  const live = new Live({ after: (after, limit) => revisions({ after, limit }), head }, await head());
  // NOTIFY reaches every store on the schema, in this process or another; the payload is only a hint.
  const unlisten = await db.listen(`${schema}_revisions`, (payload) =>
    live.poke(/^\d+$/.test(payload) ? Number(payload) : undefined),
  );

  const append = async (edits: readonly EditInput[], opts: AppendOptions = {}): Promise<Revision[]> => {
    // Edits the router parsed with the store's own schema are not parsed twice.
    const parsed = isParsedEdits(edits) ? edits : parseInput(Edits, edits, 'edits');
    if (parsed.length === 0) return [];
    keeper?.appending();
    let landed: Revision[];
    try {
      landed = await db.transaction((tx) => appendEdits(tx, schema, parsed, now, opts.scope), {
        lock: appendLock(schema),
      });
    } finally {
      void keeper?.appended();
    }
    live.poke(Math.max(...landed.map((r) => r.revision)));
    return landed;
  };

  let closing: Promise<void> | null = null;
  return {
    kind: db.kind,
    head,
    revisions,
    append,
    snapshot: (opts) => readLedger(db, schema, parseInput(LedgerQuery, opts ?? {})),
    ledger: async (opts) => (await readLedger(db, schema, parseInput(LedgerQuery, opts ?? {}))).ledger,
    revisionAt: async (recordedAt) => {
      const at = parseInput(LedgerQuery, { recordedAt }).recordedAt;
      const [row] = await db.query(
        `SELECT coalesce(max(id), 0) AS head FROM ${t} WHERE recorded_at <= $1::timestamptz`,
        [at],
      );
      return Number(row?.head ?? 0);
    },
    subscribe: (listener) => live.subscribe(listener),
    tokens: sqlTokens(db, schema, now),
    close: () => {
      closing ??= (async () => {
        await unlisten();
        await live.close();
        await keeper?.settle();
        await db.close();
      })();
      return closing;
    },
  };
}
