import { checkLedger, type Ledger, type LedgerLocation, ledgerField } from '@hutong/domain';

/** One thing wrong with the curated ledger: where (file and field) and what. */
export interface CuratedProblem {
  where: string;
  message: string;
}

/** An event file as found on disk, to check that its name matches the id inside. */
export interface EventFile {
  file: string;
  id: string;
}

/**
 * The domain's cross-reference checks, each place named as the curated files name it
 * (`actors.yaml: 3.owner`, `events/<file>: changes.0.host`), and each event file's name checked
 * against the id inside. `eventFiles` runs parallel to `ledger.events`, as the loader reads them.
 */
export function checkCurated(ledger: Ledger, eventFiles: readonly EventFile[] = []): CuratedProblem[] {
  const where = (at: LedgerLocation): string =>
    at.entity === 'event'
      ? `events/${eventFiles[at.index]?.file ?? `${at.id}.yaml`}: ${at.path}`
      : `${ledgerField[at.entity]}.yaml: ${at.index}.${at.path}`;
  const problems = checkLedger(ledger).map((p) => ({ where: where(p), message: p.message }));
  for (const { file, id } of eventFiles)
    if (file !== `${id}.yaml`)
      problems.push({
        where: `events/${file}: id`,
        message: `the file name must be the event id: "${id}.yaml"`,
      });
  return problems;
}
