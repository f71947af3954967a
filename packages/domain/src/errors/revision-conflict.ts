import { DomainError } from './domain-error';

/** An edit based on a revision the entity has moved past; `current` is the revision to rebase on. */
export class RevisionConflict extends DomainError {
  constructor(
    readonly current: number,
    message: string,
  ) {
    super('conflict', `${message} (current revision: ${current})`, 'baseRevision');
  }
}
