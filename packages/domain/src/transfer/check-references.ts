import { checkLedger } from '../check/check-ledger';
import type { Ledger } from '../schema/ledger';
import type { ImportProblem, ImportRow } from './import-row';

/**
 * The cross-reference checks the curated ledger passes (`checkLedger`: every actor, source and
 * regulation named exists, no host claimed twice), run on the ledger as it would be after the
 * import. Only problems in imported entities are reported, at their import line: the file cannot
 * fix the rest.
 */
export function checkReferences(current: Ledger, rows: readonly ImportRow[]): ImportProblem[] {
  const imported: Ledger = { actors: [], sources: [], events: [], regulations: [], figures: [] };
  for (const r of rows) {
    if (r.entity === 'actor') imported.actors.push(r.body);
    else if (r.entity === 'source') imported.sources.push(r.body);
    else if (r.entity === 'event') imported.events.push(r.body);
    else if (r.entity === 'regulation') imported.regulations.push(r.body);
    else imported.figures.push(r.body);
  }
  const merged: Ledger = {
    actors: overlay(current.actors, imported.actors),
    sources: overlay(current.sources, imported.sources),
    events: overlay(current.events, imported.events),
    regulations: overlay(current.regulations, imported.regulations),
    figures: overlay(current.figures, imported.figures),
  };
  const lines = new Map(rows.map((r) => [`${r.entity}/${r.body.id}`, r.line]));
  const problems: ImportProblem[] = [];
  for (const { entity, id, path, message } of checkLedger(merged)) {
    const line = lines.get(`${entity}/${id}`);
    if (line !== undefined) problems.push({ line, field: `body.${path}`, message });
  }
  return problems.sort((a, b) => a.line - b.line);
}

/**
 * One kind's entities after the import. Imported entities go after the untouched ones, so a host
 * clash between the two is reported on the imported one, where `checkLedger` names the second claimant.
 */
function overlay<T extends { id: string }>(existing: readonly T[], imported: readonly T[]): T[] {
  const ids = new Set(imported.map((b) => b.id));
  return [...existing.filter((b) => !ids.has(b.id)), ...imported];
}
