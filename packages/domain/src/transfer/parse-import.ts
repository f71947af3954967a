import type { ImportProblem, ParsedImport, TransferFormat } from './import-row';
import { readCsv } from './read-csv';
import { readJson } from './read-json';
import { readNdjson } from './read-ndjson';
import { validateCandidates } from './validate-candidates';

const readers = { json: readJson, ndjson: readNdjson, csv: readCsv } as const;

/**
 * Reads an import file and validates every entity in it. Reports every problem, each with its line
 * and field path, so a curator fixes a file in one pass; `rows` holds only the entities that passed.
 * `onProgress` hears how many entities are validated, every few hundred and at the end.
 */
export function parseImport(
  text: string,
  format: TransferFormat,
  onProgress?: (validated: number, total: number) => void,
): ParsedImport {
  const problems: ImportProblem[] = [];
  // A byte-order mark from a spreadsheet export is not part of the first field.
  const candidates = readers[format](text.replace(/^\uFEFF/, ''), problems);
  return validateCandidates(candidates, problems, onProgress);
}
