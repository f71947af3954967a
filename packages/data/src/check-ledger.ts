import { closestIds, type Ledger } from '@hutong/domain';

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

  const actor = (where: string, id: string, allowAny = false) => {
    if (allowAny && id === '*') return;
    if (!actors.has(id)) add(where, unknown('actor', id, actorIds));
  };
  const source = (where: string, id: string) => {
    if (!sources.has(id)) add(where, unknown('source', id, sourceIds));
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
    if (a.owner !== undefined) {
      if (a.owner === a.id) add(`actors.yaml: ${i}.owner`, `actor "${a.id}" cannot own itself`);
      else actor(`actors.yaml: ${i}.owner`, a.owner);
    }
    a.hosts.forEach((h, j) => {
      const other = hostOwner.get(h);
      if (other !== undefined)
        add(`actors.yaml: ${i}.hosts.${j}`, `host "${h}" is claimed by both "${other}" and "${a.id}"`);
      else hostOwner.set(h, a.id);
    });
  });

  for (const { file, id } of eventFiles)
    if (file !== `${id}.yaml`) add(`events/${file}: id`, `the file name must be the event id: "${id}.yaml"`);

  for (const e of ledger.events) {
    const at = `events/${e.id}.yaml`;
    for (const [i, a] of e.actors.entries()) actor(`${at}: actors.${i}`, a);
    e.changes.forEach((c, i) => {
      actor(`${at}: changes.${i}.host`, c.host);
      actor(`${at}: changes.${i}.target`, c.target, true);
    });
    for (const [i, c] of e.sources.entries()) source(`${at}: sources.${i}.source`, c.source);
    if (e.regulation !== undefined && !regulations.has(e.regulation))
      add(`${at}: regulation`, unknown('regulation', e.regulation, regulationIds));
  }

  ledger.regulations.forEach((r, i) => {
    const at = `regulations.yaml: ${i}`;
    actor(`${at}.issuer`, r.issuer);
    for (const [j, h] of (r.scope?.hosts ?? []).entries()) actor(`${at}.scope.hosts.${j}`, h, true);
    for (const [j, c] of r.sources.entries()) source(`${at}.sources.${j}.source`, c.source);
  });

  ledger.figures.forEach((f, i) => {
    actor(`figures.yaml: ${i}.actor`, f.actor);
    source(`figures.yaml: ${i}.source.source`, f.source.source);
  });
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
