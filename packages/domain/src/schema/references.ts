import type { Actor } from './actor';
import type { Event } from './event';
import type { Figure } from './figure';
import type { Regulation } from './regulation';
import type { EntityKind } from './revision';
import type { Source } from './source';

/** The entity kinds others cite by id. */
export type CitedKind = 'actor' | 'source' | 'regulation';

/** One id an entity names: what it must be, and where in the body it stands (`changes.0.target`). */
export interface Reference {
  kind: CitedKind;
  id: string;
  path: string;
}

export type EntityBody =
  | { entity: 'actor'; body: Actor }
  | { entity: 'source'; body: Source }
  | { entity: 'event'; body: Event }
  | { entity: 'regulation'; body: Regulation }
  | { entity: 'figure'; body: Figure };

/**
 * Every id `body` names, with its path: the one list of references that the curated-ledger check,
 * the import check and the store's append check all read. `*` (everyone) is not a reference.
 */
export function referencesOf(e: EntityBody): Reference[] {
  const out: Reference[] = [];
  const add = (kind: CitedKind, id: string, path: string) => {
    if (id !== '*') out.push({ kind, id, path });
  };
  const cite = (sources: readonly { source: string }[], at: string) => {
    for (const [i, c] of sources.entries()) add('source', c.source, `${at}.${i}.source`);
  };
  switch (e.entity) {
    case 'actor':
      if (e.body.owner !== undefined) add('actor', e.body.owner, 'owner');
      break;
    case 'source':
      break;
    case 'event':
      for (const [i, a] of e.body.actors.entries()) add('actor', a, `actors.${i}`);
      for (const [i, c] of e.body.changes.entries()) {
        add('actor', c.host, `changes.${i}.host`);
        add('actor', c.target, `changes.${i}.target`);
      }
      cite(e.body.sources, 'sources');
      if (e.body.regulation !== undefined) add('regulation', e.body.regulation, 'regulation');
      break;
    case 'regulation':
      add('actor', e.body.issuer, 'issuer');
      for (const [i, h] of (e.body.scope?.hosts ?? []).entries()) add('actor', h, `scope.hosts.${i}`);
      cite(e.body.sources, 'sources');
      break;
    case 'figure':
      add('actor', e.body.actor, 'actor');
      add('source', e.body.source.source, 'source.source');
      break;
  }
  return out;
}

/** Whether `kind` is one others can cite (retracting one of those needs a check for citers). */
export const isCitedKind = (kind: EntityKind): kind is CitedKind =>
  kind === 'actor' || kind === 'source' || kind === 'regulation';
