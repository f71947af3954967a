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
  const parts = {
    actor: overlay(
      current.actors,
      rows.flatMap((r) => (r.entity === 'actor' ? [r] : [])),
    ),
    source: overlay(
      current.sources,
      rows.flatMap((r) => (r.entity === 'source' ? [r] : [])),
    ),
    event: overlay(
      current.events,
      rows.flatMap((r) => (r.entity === 'event' ? [r] : [])),
    ),
    regulation: overlay(
      current.regulations,
      rows.flatMap((r) => (r.entity === 'regulation' ? [r] : [])),
    ),
    figure: overlay(
      current.figures,
      rows.flatMap((r) => (r.entity === 'figure' ? [r] : [])),
    ),
  };
  const merged: Ledger = {
    actors: parts.actor.bodies,
    sources: parts.source.bodies,
    events: parts.event.bodies,
    regulations: parts.regulation.bodies,
    figures: parts.figure.bodies,
  };
  const problems: ImportProblem[] = [];
  for (const { entity, index, path, message } of checkLedger(merged)) {
    const line = parts[entity].lines[index];
    if (line !== undefined) problems.push({ line, field: `body.${path}`, message });
  }
  return problems.sort((a, b) => a.line - b.line);
}

/**
 * One kind's entities after the import, with the import line of each (undefined for untouched ones).
 * Imported entities go after the untouched ones, so a host clash between the two is reported on the
 * imported one, where `checkLedger` names the second claimant.
 */
function overlay<T extends { id: string }>(
  existing: readonly T[],
  imported: readonly { line: number; body: T }[],
): { bodies: T[]; lines: (number | undefined)[] } {
  const ids = new Set(imported.map((r) => r.body.id));
  const kept = existing.filter((b) => !ids.has(b.id));
  return {
    bodies: [...kept, ...imported.map((r) => r.body)],
    lines: [...kept.map(() => undefined), ...imported.map((r) => r.line)],
  };
}
