import { checkLedger } from '@hutong/data';
import { EntityKind, type ImportProblem, type ImportRow, type Ledger, ledgerField } from '@hutong/domain';

/**
 * The cross-reference checks the curated ledger passes (`checkLedger` from @hutong/data: every actor,
 * source and regulation named exists, no host claimed twice), run on the ledger as it would be after
 * the import. Only problems in imported entities are reported: the file cannot fix the rest.
 *
 * `checkLedger` names a place as `actors.yaml: 3.owner` or `events/<id>.yaml: changes.0.host` (it was
 * written for the curated files); this maps those back to import lines.
 */
export function checkReferences(current: Ledger, rows: readonly ImportRow[]): ImportProblem[] {
  const events = rows.flatMap((r) => (r.entity === 'event' ? [r] : []));
  const parts = {
    actor: overlay(
      current.actors,
      rows.flatMap((r) => (r.entity === 'actor' ? [r] : [])),
    ),
    source: overlay(
      current.sources,
      rows.flatMap((r) => (r.entity === 'source' ? [r] : [])),
    ),
    event: overlay(current.events, events),
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
  const eventLines = new Map(events.map((r) => [r.body.id, r.line]));

  const problems: ImportProblem[] = [];
  for (const { where, message } of checkLedger(merged)) {
    const byIndex = /^(actors|sources|regulations|figures)\.yaml: (\d+)\.(.+)$/.exec(where);
    const byEvent = /^events\/(.+)\.yaml: (.+)$/.exec(where);
    if (byIndex) {
      const entity = EntityKind.options.find((k) => ledgerField[k] === byIndex[1])!;
      const line = parts[entity].lines[Number(byIndex[2])];
      if (line !== undefined) problems.push({ line, field: `body.${byIndex[3]}`, message });
    } else if (byEvent) {
      const line = eventLines.get(byEvent[1]!);
      if (line !== undefined) problems.push({ line, field: `body.${byEvent[2]}`, message });
    } else {
      // A place this mapping does not know (checkLedger grew a check): report it rather than drop it.
      problems.push({ line: 0, field: where, message });
    }
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
