import { closestIds, DomainError } from '../../errors';
import type { Actor, Question } from '../../schema';
import type { LedgerIndex } from '../fold/fold';

/** The actor with this id, or a not-found error naming `field` and the closest known ids. */
export function requireActor(index: Pick<LedgerIndex, 'actors'>, id: string, field: string): Actor {
  const actor = index.actors.get(id);
  if (actor) return actor;
  throw new DomainError('not-found', `unknown actor "${id}"`, field, closestIds(id, index.actors.keys()));
}

/** Checks that a question names actors the ledger knows (the engine itself answers `unknown` for strangers). */
export function requireKnownActors(
  index: Pick<LedgerIndex, 'actors'>,
  q: Pick<Question, 'host' | 'target'>,
  prefix = '',
): void {
  requireActor(index, q.host, `${prefix}host`);
  if (q.target !== undefined && q.target !== '*') requireActor(index, q.target, `${prefix}target`);
}

export function requireEvent(index: Pick<LedgerIndex, 'events'>, id: string, field = 'id') {
  const event = index.events.get(id);
  if (event) return event;
  throw new DomainError('not-found', `unknown event "${id}"`, field, closestIds(id, index.events.keys()));
}
