import { Edit, EntityKind, entityBodySchema, type Ledger, ledgerField, planEdit } from '@hutong/domain';
import { z } from 'zod';
import { canonicalJson, sha256 } from './canonical';
import type { Queryable } from './drivers/db';

/**
 * What the seed said last time: its hash, and each entity's body hash as `[entity/id, hash]` pairs in
 * seed order (a list, since jsonb would reorder an object's keys).
 */
const SeedMeta = z.object({ hash: z.string(), entities: z.array(z.tuple([z.string(), z.string()])) });
type SeedMeta = z.infer<typeof SeedMeta>;

interface SeedEntity {
  entity: EntityKind;
  id: string;
  body: { id: string };
  hash: string;
}

const AUTHOR = 'seed';

/** The seed's entities with their body hashes, in ledger order (which the first records preserve). */
export function seedEntities(seed: Ledger): SeedEntity[] {
  return EntityKind.options.flatMap((entity) =>
    seed[ledgerField[entity]].map((body) => ({
      entity,
      id: body.id,
      body,
      hash: sha256(canonicalJson(body)),
    })),
  );
}

/**
 * The edits that bring the log in line with a changed seed, touching only entities whose seed version
 * changed since the seed last ran — a curator's edit made through the API stands until the seed's own
 * version of that entity changes. Entities the seed dropped are retracted unless a curator edited them.
 * Returns null when the seed is the one applied last time.
 */
export async function seedEdits(
  tx: Queryable,
  schema: string,
  seed: Ledger,
): Promise<{ edits: Edit[]; meta: SeedMeta } | null> {
  const entities = seedEntities(seed);
  const hash = sha256(entities.map((e) => `${e.entity}/${e.id}:${e.hash}`).join('\n'));
  const [row] = await tx.query(`SELECT value FROM "${schema}".meta WHERE key = 'seed'`);
  const last = row ? SeedMeta.parse(row.value) : { hash: '', entities: [] };
  if (last.hash === hash) return null;
  const lastHashes = new Map(last.entities);

  const heads = await currentBodies(tx, schema);
  const edits: unknown[] = [];
  const seen = new Set<string>();
  for (const { entity, id, body, hash: bodyHash } of entities) {
    const key = `${entity}/${id}`;
    seen.add(key);
    if (lastHashes.get(key) === bodyHash) continue;
    const action = planEdit(heads.get(key)?.hash, bodyHash);
    if (action === undefined) continue;
    const reason =
      action === 'amend' ? 'changed in the seed' : last.hash ? 'added to the seed' : 'initial seed';
    edits.push({ entity, id, body, action, author: AUTHOR, reason });
  }
  for (const [key, lastHash] of last.entities) {
    if (seen.has(key) || heads.get(key)?.hash !== lastHash) continue;
    const [entity, id] = [key.slice(0, key.indexOf('/')), key.slice(key.indexOf('/') + 1)];
    edits.push({ entity, id, action: 'retract', author: AUTHOR, reason: 'removed from the seed' });
  }
  const meta = { hash, entities: entities.map((e): [string, string] => [`${e.entity}/${e.id}`, e.hash]) };
  // Built from a parsed ledger, so parsing cannot fail; it types the edits without casts.
  return { edits: edits.map((e) => Edit.parse(e)), meta };
}

export async function saveSeedMeta(tx: Queryable, schema: string, meta: SeedMeta): Promise<void> {
  await tx.query(
    `INSERT INTO "${schema}".meta (key, value) VALUES ('seed', $1::jsonb)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = now()`,
    [JSON.stringify(meta)],
  );
}

/** The live body hash of every entity in the log (retracted ones absent), by `entity/id`. */
async function currentBodies(tx: Queryable, schema: string): Promise<Map<string, { hash: string }>> {
  const rows = await tx.query(
    `SELECT DISTINCT ON (entity, entity_id) entity, entity_id, action, body
     FROM "${schema}".revisions ORDER BY entity, entity_id, id DESC`,
  );
  const out = new Map<string, { hash: string }>();
  for (const r of rows) {
    if (r.action === 'retract') continue;
    const entity = EntityKind.parse(r.entity);
    // Parsed, so defaults and key order match how the seed's bodies were hashed.
    const body = entityBodySchema[entity].parse(r.body);
    out.set(`${entity}/${String(r.entity_id)}`, { hash: sha256(canonicalJson(body)) });
  }
  return out;
}
