import { closestIds } from '../errors/closest';
import type { Ledger } from '../schema/ledger';
import { type EntityBody, referencesOf } from '../schema/references';
import type { EntityKind } from '../schema/revision';

/**
 * Where a problem is: the entity (its kind, its position in that kind's list, its id) and the field
 * path inside its body (`changes.0.target`). Each reader names the place its own way: the curated
 * ledger as a file and field, an import as a line.
 */
export interface LedgerLocation {
  entity: EntityKind;
  index: number;
  id: string;
  path: string;
}

/** One thing wrong with a ledger: where, and what. */
export interface LedgerProblem extends LedgerLocation {
  message: string;
}

function unknown(kind: string, id: string, known: readonly string[]): string {
  const near = closestIds(id, known);
  return `unknown ${kind} "${id}"${near.length ? `; closest known: ${near.join(', ')}` : ''}`;
}

/** Cross-reference checks a schema cannot make: every id named exists, ids and hosts are unique. */
export function checkLedger(ledger: Ledger): LedgerProblem[] {
  const problems: LedgerProblem[] = [];
  const add = (entity: EntityKind, index: number, id: string, path: string, message: string): void => {
    problems.push({ entity, index, id, path, message });
  };
  const actorIds = ledger.actors.map((a) => a.id);
  const sourceIds = ledger.sources.map((s) => s.id);
  const regulationIds = ledger.regulations.map((r) => r.id);
  const known = { actor: new Set(actorIds), source: new Set(sourceIds), regulation: new Set(regulationIds) };
  const knownIds = { actor: actorIds, source: sourceIds, regulation: regulationIds };
  /** Every id `e` names must exist: the domain's one list of references says which fields those are. */
  const resolve = (index: number, e: EntityBody) => {
    for (const r of referencesOf(e))
      if (!known[r.kind].has(r.id))
        add(e.entity, index, e.body.id, r.path, unknown(r.kind, r.id, knownIds[r.kind]));
  };

  const duplicates = (entity: EntityKind, ids: readonly string[]): void => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) add(entity, i, id, 'id', `duplicate id "${id}"`);
      seen.add(id);
    });
  };
  duplicates('actor', actorIds);
  duplicates('source', sourceIds);
  duplicates('regulation', regulationIds);
  duplicates(
    'figure',
    ledger.figures.map((f) => f.id),
  );
  duplicates(
    'event',
    ledger.events.map((e) => e.id),
  );

  const hostOwner = new Map<string, string>();
  ledger.actors.forEach((a, i) => {
    if (a.owner === a.id) add('actor', i, a.id, 'owner', `actor "${a.id}" cannot own itself`);
    else resolve(i, { entity: 'actor', body: a });
    a.hosts.forEach((h, j) => {
      const other = hostOwner.get(h);
      if (other !== undefined)
        add('actor', i, a.id, `hosts.${j}`, `host "${h}" is claimed by both "${other}" and "${a.id}"`);
      else hostOwner.set(h, a.id);
    });
  });

  const sourceDate = new Map(ledger.sources.map((s) => [s.id, s.date]));
  for (const [i, e] of ledger.events.entries()) {
    resolve(i, { entity: 'event', body: e });
    // A re-observation is the article's own: no later than its date, and of changes the event has.
    e.sources.forEach((c, j) => {
      const date = sourceDate.get(c.source);
      if (c.observes && date && c.observes.date > date)
        add(
          'event',
          i,
          e.id,
          `sources.${j}.observes.date`,
          `${c.observes.date} is after the article's date (${date})`,
        );
      for (const [k, n] of (c.observes?.changes ?? []).entries())
        if (n >= e.changes.length)
          add(
            'event',
            i,
            e.id,
            `sources.${j}.observes.changes.${k}`,
            `the event has no change ${n} (it has ${e.changes.length})`,
          );
    });
  }
  for (const [i, r] of ledger.regulations.entries()) resolve(i, { entity: 'regulation', body: r });
  for (const [i, f] of ledger.figures.entries()) resolve(i, { entity: 'figure', body: f });
  return problems;
}
