import type { Edit, EntityHead, Revision } from '@hutong/domain';
import { z } from 'zod';
import type { Queryable } from './drivers/db';
import { REVISION_COLUMNS, toRevision } from './rows';

export const keyOf = (entity: string, id: string) => `${entity}/${id}`;

const State = z.object({
  last_id: z.coerce.number(),
  last_recorded_at: z.coerce.date().nullable(),
  heads: z.array(z.tuple([z.string(), z.string(), z.number(), z.string()])),
  replayed: z.array(z.record(z.string(), z.unknown())),
});

/**
 * What the checks need, in one statement since it runs under the lock: the stored revisions of the
 * batch's idempotency keys, the latest revision of each entity it edits or names (`also`), and the
 * log's last id and stamp.
 */
export async function readState(
  tx: Queryable,
  t: string,
  edits: readonly Edit[],
  also: readonly { entity: string; id: string }[] = [],
): Promise<{
  lastId: number;
  lastRecordedAt: Date | null;
  heads: Map<string, EntityHead>;
  replayed: Map<string, Revision>;
}> {
  const wanted = [...edits, ...also];
  const [row] = await tx.query(
    `SELECT
       (SELECT coalesce(max(id), 0) FROM ${t}) AS last_id,
       (SELECT recorded_at FROM ${t} ORDER BY id DESC LIMIT 1) AS last_recorded_at,
       (SELECT coalesce(json_agg(json_build_array(h.entity, h.entity_id, h.id, h.action)), '[]')
        FROM (SELECT DISTINCT ON (entity, entity_id) entity, entity_id, id, action
              FROM ${t} JOIN unnest($1::text[], $2::text[]) AS wanted (entity, entity_id) USING (entity, entity_id)
              ORDER BY entity, entity_id, id DESC) h) AS heads,
       (SELECT coalesce(json_agg(k), '[]')
        FROM (SELECT ${REVISION_COLUMNS} FROM ${t} WHERE idempotency_key = ANY($3::text[]) ORDER BY id) k) AS replayed`,
    [wanted.map((e) => e.entity), wanted.map((e) => e.id), edits.flatMap((e) => e.idempotencyKey ?? [])],
  );
  const state = State.parse(row);
  return {
    lastId: state.last_id,
    lastRecordedAt: state.last_recorded_at,
    heads: new Map<string, EntityHead>(
      state.heads.map(([entity, id, revision, action]) => [
        keyOf(entity, id),
        { revision, retracted: action === 'retract' },
      ]),
    ),
    // Keyed as stored (scoped), as the edits ask for them.
    replayed: new Map(state.replayed.map((row) => [String(row.idempotency_key), toRevision(row)])),
  };
}
