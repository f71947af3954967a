import { closestIds, type EntityBody, type Ledger, referencesOf } from '@hutong/domain';

/** One thing wrong with a ledger: where (file and field) and what. */
export interface LedgerProblem {
  where: string;
  message: string;
}

/** An event file as found on disk, to check that its name matches the id inside. */
export interface EventFile {
  file: string;
  id: string;
}

function unknown(kind: string, id: string, known: readonly string[]): string {
  const near = closestIds(id, known);
  return `unknown ${kind} "${id}"${near.length ? `; closest known: ${near.join(', ')}` : ''}`;
}

/** Cross-reference checks a schema cannot make: every id named exists, ids and hosts are unique. */
export function checkLedger(ledger: Ledger, eventFiles: readonly EventFile[] = []): LedgerProblem[] {
  const problems: LedgerProblem[] = [];
  const add = (where: string, message: string): void => {
    problems.push({ where, message });
  };
  const actorIds = ledger.actors.map((a) => a.id);
  const actors = new Set(actorIds);
  const sourceIds = ledger.sources.map((s) => s.id);
  const sources = new Set(sourceIds);
  const regulationIds = ledger.regulations.map((r) => r.id);
  const regulations = new Set(regulationIds);

  const known = { actor: actors, source: sources, regulation: regulations };
  const knownIds = { actor: actorIds, source: sourceIds, regulation: regulationIds };
  /** Every id `e` names must exist: the domain's one list of references says which fields those are. */
  const resolve = (at: string, e: EntityBody) => {
    for (const r of referencesOf(e))
      if (!known[r.kind].has(r.id)) add(`${at}${r.path}`, unknown(r.kind, r.id, knownIds[r.kind]));
  };

  duplicates('actors.yaml', actorIds, add);
  duplicates('sources.yaml', sourceIds, add);
  duplicates('regulations.yaml', regulationIds, add);
  duplicates(
    'figures.yaml',
    ledger.figures.map((f) => f.id),
    add,
  );
  duplicates(
    'events',
    ledger.events.map((e) => e.id),
    add,
  );

  const hostOwner = new Map<string, string>();
  ledger.actors.forEach((a, i) => {
    if (a.owner === a.id) add(`actors.yaml: ${i}.owner`, `actor "${a.id}" cannot own itself`);
    else resolve(`actors.yaml: ${i}.`, { entity: 'actor', body: a });
    a.hosts.forEach((h, j) => {
      const other = hostOwner.get(h);
      if (other !== undefined)
        add(`actors.yaml: ${i}.hosts.${j}`, `host "${h}" is claimed by both "${other}" and "${a.id}"`);
      else hostOwner.set(h, a.id);
    });
  });

  for (const { file, id } of eventFiles)
    if (file !== `${id}.yaml`) add(`events/${file}: id`, `the file name must be the event id: "${id}.yaml"`);

  for (const e of ledger.events) resolve(`events/${e.id}.yaml: `, { entity: 'event', body: e });
  for (const [i, r] of ledger.regulations.entries())
    resolve(`regulations.yaml: ${i}.`, { entity: 'regulation', body: r });
  for (const [i, f] of ledger.figures.entries())
    resolve(`figures.yaml: ${i}.`, { entity: 'figure', body: f });
  return problems;
}

function duplicates(
  file: string,
  ids: readonly string[],
  add: (where: string, message: string) => void,
): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) add(`${file}: ${i}.id`, `duplicate id "${id}"`);
    seen.add(id);
  });
}
