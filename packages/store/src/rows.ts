import { Revision } from '@hutong/domain';
import { z } from 'zod';
import type { Row } from './drivers/db';

/** The columns every revision read selects, in the order `RevisionRow` names them. */
export const REVISION_COLUMNS =
  'id, entity, entity_id, action, body, author, reason, recorded_at, base_revision, idempotency_key';

// Drivers disagree on types (pg returns bigint as a string, PGlite as a number); this row schema
// absorbs that, and the domain's `Revision` then checks the body against its entity's schema.
const RevisionRow = z.object({
  id: z.coerce.number(),
  entity: z.string(),
  entity_id: z.string(),
  action: z.string(),
  body: z.unknown(),
  author: z.string(),
  reason: z.string(),
  recorded_at: z.coerce.date(),
  base_revision: z.coerce.number().nullable(),
  idempotency_key: z.string().nullable(),
});

/** A stored row as the domain's `Revision`, parsed: a body the schema no longer accepts fails loudly here. */
export function toRevision(row: Row): Revision {
  const r = RevisionRow.parse(row);
  return Revision.parse({
    revision: r.id,
    entity: r.entity,
    id: r.entity_id,
    action: r.action,
    body: r.body,
    author: r.author,
    reason: r.reason,
    recordedAt: r.recorded_at.toISOString(),
    baseRevision: r.base_revision,
    idempotencyKey: r.idempotency_key && unscoped(r.idempotency_key),
  });
}

// A key is stored after its scope (the token that sent it) and this separator, which keys may not hold.
const SCOPE_END = '\u001f';

/** The idempotency key as stored: within `scope` when there is one, so two tokens' keys never meet. */
export const scopedKey = (scope: string | undefined, key: string): string =>
  scope === undefined ? key : `${scope}${SCOPE_END}${key}`;

/** The key as its sender wrote it. */
export const unscoped = (stored: string): string => stored.slice(stored.indexOf(SCOPE_END) + 1);
