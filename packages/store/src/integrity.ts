import {
  type CitedKind,
  closestIds,
  DomainError,
  type Edit,
  type EntityBody,
  type EntityHead,
  EntityKind,
  entityBodySchema,
  isCitedKind,
  ownersOfAsync,
  referencesOf,
} from '@hutong/domain';
import { keyOf } from './append-state';
import type { Queryable } from './drivers/db';

/** The entity/id keys the bodies in `edits` name, each once, for `readState` to fetch the heads of. */
export function referencedKeys(edits: readonly Edit[]): { entity: string; id: string }[] {
  const keys = new Map<string, { entity: string; id: string }>();
  for (const e of edits)
    for (const r of e.body ? referencesOf(bodyOf(e)!) : [])
      keys.set(keyOf(r.kind, r.id), { entity: r.kind, id: r.id });
  return [...keys.values()];
}

/**
 * The store's one referential-integrity rule, run inside the append (so by every edit, import and
 * seed) once the batch is in place: every id a written body names is live, and no entity the batch
 * retracts is still cited. `heads` holds the final state of every entity the batch edits or names.
 * Throws `DomainError('invalid')` naming the field of a dangling id, or `'conflict'` naming the citers.
 */
export async function checkIntegrity(
  tx: Queryable,
  t: string,
  edits: readonly Edit[],
  heads: ReadonlyMap<string, EntityHead>,
): Promise<void> {
  const finals = new Map<string, { index: number; edit: Edit }>();
  for (const [index, edit] of edits.entries()) finals.set(keyOf(edit.entity, edit.id), { index, edit });
  const isLive = (kind: string, id: string) => heads.get(keyOf(kind, id))?.retracted === false;
  for (const { index, edit } of finals.values()) {
    const body = bodyOf(edit);
    for (const r of body ? referencesOf(body) : [])
      if (!isLive(r.kind, r.id)) {
        const known = await liveIds(tx, t, r.kind);
        throw new DomainError(
          'invalid',
          `unknown ${r.kind} "${r.id}"`,
          `edits.${index}.body.${r.path}`,
          closestIds(r.id, known),
        );
      }
  }
  await checkOwnership(tx, t, finals);
  for (const { index, edit } of finals.values()) {
    const kind = edit.entity;
    if (edit.action !== 'retract' || !isCitedKind(kind)) continue;
    // Citers the batch writes were checked above (their ids must be live); here, the rest of the log.
    const citers = (await storedCiters(tx, t, kind, edit.id))
      .filter((key) => !finals.has(key))
      .map((key) => key.replace('/', ' "') + '"');
    if (citers.length > 0)
      throw new DomainError(
        'conflict',
        `${edit.entity} "${edit.id}" is still cited by ${list(citers)}; amend or retract those first`,
        `edits.${index}.id`,
      );
  }
}

/**
 * No actor may come to own itself through its owners (`alibaba` owned by `taobao`, owned by
 * `alibaba`): each actor the batch writes with an owner has its chain walked up, through the batch's
 * bodies and then the log's, and a chain that comes back is refused like a dangling owner.
 */
async function checkOwnership(tx: Queryable, t: string, finals: Map<string, { index: number; edit: Edit }>) {
  const ownerOf = async (id: string): Promise<string | undefined> => {
    const written = finals.get(keyOf('actor', id))?.edit;
    if (written) return written.entity === 'actor' && written.body ? written.body.owner : undefined;
    const [row] = await tx.query(
      `SELECT body->>'owner' AS owner FROM ${t} WHERE entity = 'actor' AND entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [id],
    );
    return row?.owner == null ? undefined : String(row.owner);
  };
  for (const { index, edit } of finals.values()) {
    if (edit.entity !== 'actor' || !edit.body?.owner) continue;
    // Checked here, not in the schema: other schemas pick fields from the actor's, which a refinement forbids.
    if (edit.body.owner === edit.id)
      throw new DomainError('invalid', 'an actor cannot own itself', `edits.${index}.body.owner`);
    const body = edit.body;
    const walk = await ownersOfAsync(edit.id, (a) => (a === edit.id ? body.owner : ownerOf(a)));
    if (walk.cycle)
      throw new DomainError(
        'invalid',
        `ownership would go round in a circle: ${[edit.id, ...walk.owners, edit.id].join(' → ')}`,
        `edits.${index}.body.owner`,
      );
  }
}

function bodyOf(edit: Edit): EntityBody | null {
  return edit.body ? ({ entity: edit.entity, body: edit.body } as EntityBody) : null;
}

const cites = (e: EntityBody, kind: CitedKind, id: string) =>
  referencesOf(e).some((r) => r.kind === kind && r.id === id);

const list = (names: string[]) =>
  names.length <= 10 ? names.join(', ') : `${names.slice(0, 10).join(', ')} and ${names.length - 10} more`;

/** Live entities in the log whose latest body names `kind` `id` (a text prefilter, then the real check). */
async function storedCiters(tx: Queryable, t: string, kind: CitedKind, id: string) {
  const rows = await tx.query(
    `SELECT r.entity, r.entity_id, r.body FROM ${t} r
     WHERE r.action <> 'retract' AND r.body::text LIKE $1
       AND r.id = (SELECT max(x.id) FROM ${t} x WHERE x.entity = r.entity AND x.entity_id = r.entity_id)
     ORDER BY r.id`,
    [`%"${id}"%`],
  );
  return rows.flatMap((row) => {
    const entity = EntityKind.parse(row.entity);
    const body = { entity, body: entityBodySchema[entity].parse(row.body) } as EntityBody;
    return cites(body, kind, id) ? [keyOf(entity, String(row.entity_id))] : [];
  });
}

/** The live ids of one kind, for "did you mean" (read only when an edit names an unknown one). */
async function liveIds(tx: Queryable, t: string, kind: CitedKind): Promise<string[]> {
  const rows = await tx.query(
    `SELECT entity_id FROM (SELECT DISTINCT ON (entity_id) entity_id, action FROM ${t}
       WHERE entity = $1 ORDER BY entity_id, id DESC) h WHERE action <> 'retract' ORDER BY entity_id`,
    [kind],
  );
  return rows.map((r) => String(r.entity_id));
}
