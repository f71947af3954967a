import { z } from 'zod';
import { Actor } from './actor';
import { Event } from './event';
import { Figure } from './figure';
import { Id } from './id';
import type { Ledger } from './ledger';
import { Regulation } from './regulation';
import { Source } from './source';

/** The kinds of entity the ledger holds, each edited on its own. */
export const EntityKind = z.enum(['actor', 'source', 'event', 'regulation', 'figure']);
export type EntityKind = z.infer<typeof EntityKind>;

/** The schema an entity's body must satisfy, on the way into the log and on the way out. */
export const entityBodySchema = {
  actor: Actor,
  source: Source,
  event: Event,
  regulation: Regulation,
  figure: Figure,
} as const satisfies Record<EntityKind, z.ZodType>;

/** Where each entity kind lives in a `Ledger`. */
export const ledgerField = {
  actor: 'actors',
  source: 'sources',
  event: 'events',
  regulation: 'regulations',
  figure: 'figures',
} as const satisfies Record<EntityKind, keyof Ledger>;

/** `record` a new entity, `amend` a live one (the body replaces it whole), `retract` it (no body). */
export const RevisionAction = z.enum(['record', 'amend', 'retract']);
export type RevisionAction = z.infer<typeof RevisionAction>;

/** A revision's position in the log: 1, 2, 3 … in the order revisions were appended. */
export const RevisionNumber = z.number().int().positive();

export const Author = z.string().trim().min(1, 'say who made the edit').max(200);
export const Reason = z.string().trim().min(1, 'say why the edit was made').max(2000);
export const IdempotencyKey = z
  .string()
  .min(1)
  .max(200)
  // The store keeps a key after its token's id and this separator.
  .refine((k) => !k.includes('\u001f'), 'may not hold the unit separator (U+001F)');

/** An instant with an explicit offset, such as `2024-05-01T12:00:00Z`: "the ledger as recorded at". */
export const RecordedAt = z.iso
  .datetime({ offset: true })
  // The instant is compared in the database, whose calendar has no year 0000.
  .refine((v) => !v.startsWith('0000'), 'year 0000 does not exist; the earliest instant is in 0001');

function editOf<K extends EntityKind, B extends z.ZodType>(entity: K, body: B) {
  return z.object({
    entity: z.literal(entity),
    id: Id,
    action: RevisionAction,
    body: body.optional(),
    author: Author,
    reason: Reason,
    /**
     * The revision of this entity the edit was based on: a number, or null for "none yet". When given,
     * the append fails with a conflict if the entity has moved on; when absent the edit is unconditional.
     */
    baseRevision: RevisionNumber.nullable().optional(),
    /** A retried edit with the same key lands once; the retry gets the stored revision back. */
    idempotencyKey: IdempotencyKey.optional(),
  });
}

/** The input of an append: one entity recorded, amended or retracted. */
export const Edit = z
  .discriminatedUnion('entity', [
    editOf('actor', Actor),
    editOf('source', Source),
    editOf('event', Event),
    editOf('regulation', Regulation),
    editOf('figure', Figure),
  ])
  .superRefine((e, ctx) => {
    if (e.action === 'retract' && e.body !== undefined)
      ctx.addIssue({ code: 'custom', path: ['body'], message: 'a retract carries no body' });
    if (e.action !== 'retract' && e.body === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['body'],
        message: `a ${e.action} needs the whole ${e.entity} as body`,
      });
    if (e.body !== undefined && e.body.id !== e.id)
      ctx.addIssue({
        code: 'custom',
        path: ['body', 'id'],
        message: `must be "${e.id}", the id being edited`,
      });
  });
export type Edit = z.infer<typeof Edit>;
export type EditInput = z.input<typeof Edit>;

function revisionOf<K extends EntityKind, B extends z.ZodType>(entity: K, body: B) {
  return z.object({
    revision: RevisionNumber,
    entity: z.literal(entity),
    id: Id,
    action: RevisionAction,
    /** The entity as it stands after this revision; null for a retract. */
    body: body.nullable(),
    author: Author,
    reason: Reason,
    recordedAt: RecordedAt,
    /** The entity's latest revision when this one was appended; null for its first. */
    baseRevision: RevisionNumber.nullable(),
    idempotencyKey: IdempotencyKey.nullable(),
  });
}

/** One appended edit of the ledger, never rewritten. */
export const Revision = z
  .discriminatedUnion('entity', [
    revisionOf('actor', Actor),
    revisionOf('source', Source),
    revisionOf('event', Event),
    revisionOf('regulation', Regulation),
    revisionOf('figure', Figure),
  ])
  .superRefine((r, ctx) => {
    if ((r.action === 'retract') !== (r.body === null))
      ctx.addIssue({ code: 'custom', path: ['body'], message: 'a retract, and only a retract, has no body' });
  });
export type Revision = z.infer<typeof Revision>;

/** Which revisions to read: those after `after`, oldest first, optionally of one entity. */
export const RevisionQuery = z.object({
  after: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(10_000).default(1_000),
  entity: EntityKind.optional(),
  id: Id.optional(),
});
export type RevisionQuery = z.infer<typeof RevisionQuery>;
export type RevisionQueryInput = z.input<typeof RevisionQuery>;

/** Which ledger to read: the latest, the ledger as recorded at an instant, or as of a revision. */
export const LedgerQuery = z.object({
  recordedAt: RecordedAt.optional(),
  revision: z.number().int().min(0).optional(),
});
export type LedgerQuery = z.infer<typeof LedgerQuery>;
