import { DomainError } from '../errors/domain-error';
import { RevisionConflict } from '../errors/revision-conflict';
import type { Edit, Revision, RevisionAction } from '../schema/revision';

/** An entity's state as the edit rules see it: its latest revision, and whether that retracted it. */
export interface EntityHead {
  revision: number;
  retracted: boolean;
}

type EditIntent = Pick<Edit, 'entity' | 'id' | 'action' | 'baseRevision'>;

/**
 * decide: whether `edit` may land on an entity whose head is `head` (undefined: never recorded).
 * Returns the revision the new one is based on (null for the first); throws the refusal — not found,
 * or a `RevisionConflict` naming the revision to rebase on.
 */
export function decideEdit(head: EntityHead | undefined, edit: EditIntent): { base: number | null } {
  const what = `${edit.entity} "${edit.id}"`;
  if (!head && edit.action !== 'record')
    throw new DomainError('not-found', `${what} is not in the ledger`, 'id');
  const current = head?.revision ?? null;
  if (edit.baseRevision !== undefined && edit.baseRevision !== current)
    throw new RevisionConflict(
      current ?? 0,
      edit.baseRevision === null
        ? `${what} already has revisions; this ${edit.action} assumed it had none`
        : `${what} has moved on from revision ${edit.baseRevision}, which this ${edit.action} is based on`,
    );
  if (!head) return { base: null };
  if (edit.action === 'record' && !head.retracted)
    throw new RevisionConflict(head.revision, `${what} is already in the ledger; amend it instead`);
  if (edit.action !== 'record' && head.retracted)
    throw new DomainError('not-found', `${what} was retracted at revision ${head.revision}`, 'id');
  return { base: head.revision };
}

/** evolve: the entity's head once `revision` is appended. */
export function evolveHead(revision: Pick<Revision, 'revision' | 'action'>): EntityHead {
  return { revision: revision.revision, retracted: revision.action === 'retract' };
}

/**
 * A retried edit whose idempotency key is already stored gets the stored revision back; a key reused
 * for another edit is a client bug worth reporting.
 */
export function replayEdit<R extends Pick<Revision, 'revision' | 'entity' | 'id' | 'action'>>(
  stored: R,
  edit: Pick<Edit, 'entity' | 'id' | 'action' | 'idempotencyKey'>,
): R {
  if (stored.entity === edit.entity && stored.id === edit.id && stored.action === edit.action) return stored;
  throw new DomainError(
    'conflict',
    `idempotency key "${edit.idempotencyKey}" was already used for revision ${stored.revision} ` +
      `(${stored.action} ${stored.entity} "${stored.id}")`,
    'idempotencyKey',
  );
}

/**
 * The planner behind import and the seed: the edit that makes an entity hold a wanted body, given
 * the fingerprint (canonical JSON, or a hash of it) of its live body — `record` one absent or
 * retracted, `amend` one that differs, nothing for one already identical.
 */
export function planEdit(
  live: string | undefined,
  wanted: string,
): Extract<RevisionAction, 'record' | 'amend'> | undefined {
  if (live === undefined) return 'record';
  return live === wanted ? undefined : 'amend';
}
