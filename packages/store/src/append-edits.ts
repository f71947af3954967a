import { decideEdit, type Edit, evolveHead, type Revision, replayEdit } from '@hutong/domain';
import { keyOf, readState } from './append-state';
import type { Queryable } from './drivers/db';
import { checkIntegrity, referencedKeys } from './integrity';
import { REVISION_COLUMNS, scopedKey, toRevision } from './rows';

interface Pending {
  index: number;
  edit: Edit;
  base: number | null;
}

/**
 * Checks and appends `edits` in order inside `tx`, which must hold the append lock: each edit sees
 * the ones before it in the batch. Returns one revision per edit (the stored one for a replayed
 * idempotency key). Throws, and so rolls back the whole batch, on the first edit that cannot land.
 */
export async function appendEdits(
  tx: Queryable,
  schema: string,
  sent: readonly Edit[],
  now: () => Date,
  scope?: string,
): Promise<Revision[]> {
  const t = `"${schema}".revisions`;
  // From here on each key is as stored, within its scope; a revision read back carries the key as sent.
  const edits = sent.map((e) =>
    e.idempotencyKey ? { ...e, idempotencyKey: scopedKey(scope, e.idempotencyKey) } : e,
  );
  const state = await readState(tx, t, edits, referencedKeys(edits));
  const { replayed, heads, lastRecordedAt } = state;
  // Ids are given here, not drawn from the sequence: under the append lock `last + 1, + 2, …` is
  // gapless, where a sequence skips after a rolled-back import or a crash.
  let lastId = state.lastId;
  // `now`, but never before the latest revision: "as recorded at R" is then always a prefix of the log.
  const recordedAt = new Date(Math.max(now().getTime(), lastRecordedAt?.getTime() ?? 0)).toISOString();
  const results: Revision[] = new Array(edits.length);
  // Edits are checked one by one but inserted in runs, one statement per run (seeding 120 entities
  // one INSERT at a time costs a quarter second on PGlite). A run ends where an edit needs the
  // outcome of one still pending: the same entity or the same idempotency key.
  let run: Pending[] = [];
  const inRun = new Set<string>();
  const flush = async () => {
    const inserted = await insertRun(tx, t, run, recordedAt, lastId);
    lastId += inserted.length;
    for (const [i, revision] of inserted.entries()) {
      const { index, edit } = run[i]!;
      heads.set(keyOf(edit.entity, edit.id), evolveHead(revision));
      if (edit.idempotencyKey) replayed.set(edit.idempotencyKey, revision);
      results[index] = revision;
    }
    run = [];
    inRun.clear();
  };
  for (const [index, edit] of edits.entries()) {
    const key = keyOf(edit.entity, edit.id);
    const idem = edit.idempotencyKey && `key:${edit.idempotencyKey}`;
    if (inRun.has(key) || (idem && inRun.has(idem))) await flush();
    const stored = edit.idempotencyKey ? replayed.get(edit.idempotencyKey) : undefined;
    if (stored) {
      results[index] = replayEdit(stored, sent[index]!);
      continue;
    }
    const { base } = decideEdit(heads.get(key), edit);
    run.push({ index, edit, base });
    inRun.add(key);
    if (idem) inRun.add(idem);
  }
  await flush();
  await checkIntegrity(tx, t, edits, heads);
  return results;
}

/** Inserts one run of checked edits in a single statement; returns their revisions in run order. */
async function insertRun(
  tx: Queryable,
  t: string,
  run: readonly Pending[],
  recordedAt: string,
  lastId: number,
): Promise<Revision[]> {
  if (run.length === 0) return [];
  const rows = await tx.query(
    `INSERT INTO ${t} (id, entity, entity_id, action, body, author, reason, recorded_at, base_revision, idempotency_key)
     SELECT $3::bigint + r.ord, r.entity, r.entity_id, r.action, r.body, r.author, r.reason, $2::timestamptz, r.base_revision, r.idempotency_key
     FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (entity text, entity_id text, action text, body jsonb,
       author text, reason text, base_revision bigint, idempotency_key text))
       WITH ORDINALITY AS r (entity, entity_id, action, body, author, reason, base_revision, idempotency_key, ord)
     ORDER BY r.ord
     RETURNING ${REVISION_COLUMNS}`,
    [
      JSON.stringify(
        run.map(({ edit, base }) => ({
          entity: edit.entity,
          entity_id: edit.id,
          action: edit.action,
          body: edit.body ?? null,
          author: edit.author,
          reason: edit.reason,
          base_revision: base,
          idempotency_key: edit.idempotencyKey ?? null,
        })),
      ),
      recordedAt,
      lastId,
    ],
  );
  // Ids follow the ORDER BY; RETURNING's own order is not promised, so sort.
  return rows.map(toRevision).sort((a, b) => a.revision - b.revision);
}
