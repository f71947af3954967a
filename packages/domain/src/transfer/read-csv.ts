import { parse } from 'csv-parse/sync';
import type { Candidate, ImportProblem } from './import-row';

/** The CSV columns, in order: the kind, the id (for people scanning the file), the entity as JSON. */
export const CSV_COLUMNS = ['entity', 'id', 'body'] as const;

/**
 * One row per entity: `entity,id,body`, the body the entity's JSON. JSON in a column rather than
 * flattened columns keeps nested policy changes and citations exact, and one file holds every kind.
 */
export function readCsv(text: string, problems: ImportProblem[]): Candidate[] {
  const records: { record: Record<string, string>; info: { lines: number }; raw: string }[] = parse(text, {
    columns: (header: string[]) => {
      if (header.join(',') !== CSV_COLUMNS.join(','))
        problems.push({ line: 1, field: '', message: `the header must be ${CSV_COLUMNS.join(',')}` });
      return [...CSV_COLUMNS];
    },
    info: true,
    raw: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (err) => {
      if (err)
        problems.push({
          line: typeof err.lines === 'number' ? err.lines : 1,
          field: '',
          message: err.message,
        });
    },
  });
  const candidates: Candidate[] = [];
  for (const { record, info, raw } of records) {
    // `info.lines` is where the record ends; a body with a quoted line break started earlier.
    const line = info.lines - (raw.replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0);
    let body: unknown;
    try {
      body = JSON.parse(record.body ?? '');
    } catch (err) {
      problems.push({ line, field: 'body', message: `not valid JSON: ${(err as Error).message}` });
      continue;
    }
    const id = typeof body === 'object' && body !== null && 'id' in body ? body.id : undefined;
    if (record.id !== id) {
      problems.push({ line, field: 'id', message: `"${record.id}" differs from the body's id` });
      continue;
    }
    candidates.push({ line, entity: record.entity, body });
  }
  return candidates;
}
