import { EntityKind, Ledger, type LedgerQuery, ledgerField } from '@hutong/domain';
import type { Queryable } from './drivers/db';

export interface LedgerSnapshot {
  ledger: Ledger;
  /** The latest revision the ledger includes (0 for none). */
  head: number;
}

/**
 * The ledger as of the head (or as recorded at `recordedAt`, or as of `revision`), in one statement so the ledger and its
 * head come from one snapshot: each entity's latest revision, retracted ones dropped, in the order the
 * entities were first recorded (the fold applies same-day changes in ledger order, so order matters).
 */
export async function readLedger(
  db: Queryable,
  schema: string,
  { recordedAt, revision }: LedgerQuery = {},
): Promise<LedgerSnapshot> {
  const t = `"${schema}".revisions`;
  const cut =
    recordedAt !== undefined
      ? `SELECT coalesce(max(id), 0) AS head FROM ${t} WHERE recorded_at <= $1::timestamptz`
      : revision !== undefined
        ? `SELECT coalesce(max(id), 0) AS head FROM ${t} WHERE id <= $1::bigint`
        : `SELECT coalesce(max(id), 0) AS head FROM ${t}`;
  const rows = await db.query(
    `WITH cut AS (${cut}),
     latest AS (
       SELECT DISTINCT ON (entity, entity_id) entity, action, body,
              min(id) OVER (PARTITION BY entity, entity_id) AS first
       FROM ${t} WHERE id <= (SELECT head FROM cut)
       ORDER BY entity, entity_id, id DESC
     )
     SELECT cut.head, latest.entity, latest.body
     FROM cut LEFT JOIN latest ON latest.action <> 'retract'
     ORDER BY latest.first`,
    recordedAt !== undefined ? [recordedAt] : revision !== undefined ? [revision] : [],
  );
  const draft: Record<(typeof ledgerField)[EntityKind], unknown[]> = {
    actors: [],
    sources: [],
    events: [],
    regulations: [],
    figures: [],
  };
  for (const row of rows) if (row.entity) draft[ledgerField[EntityKind.parse(row.entity)]].push(row.body);
  return { ledger: Ledger.parse(draft), head: Number(rows[0]?.head ?? 0) };
}
