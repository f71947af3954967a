import { issuePath } from '../errors/describe';
import {
  type Candidate,
  EntityRecord,
  type ImportProblem,
  type ImportRow,
  type ParsedImport,
} from './import-row';

const PROGRESS_EVERY = 500;

/**
 * Validates every candidate against its entity's schema and collects every issue of every candidate,
 * so one run of an import shows all that is wrong with the file. An entity named twice is a problem
 * on its second line: which body would win is not something to guess.
 */
export function validateCandidates(
  candidates: readonly Candidate[],
  problems: ImportProblem[],
  onProgress?: (validated: number, total: number) => void,
): ParsedImport {
  const rows: ImportRow[] = [];
  const firstLine = new Map<string, number>();
  for (const [i, { line, entity, body }] of candidates.entries()) {
    if (onProgress && i % PROGRESS_EVERY === 0) onProgress(i, candidates.length);
    const parsed = EntityRecord.safeParse({ entity, body });
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push({ line, field: issuePath(issue), message: issue.message });
      continue;
    }
    const key = `${parsed.data.entity}/${parsed.data.body.id}`;
    const first = firstLine.get(key);
    if (first !== undefined) {
      problems.push({
        line,
        field: 'body.id',
        message: `${parsed.data.entity} "${parsed.data.body.id}" is already on line ${first}`,
      });
      continue;
    }
    firstLine.set(key, line);
    rows.push({ ...parsed.data, line });
  }
  onProgress?.(candidates.length, candidates.length);
  problems.sort((a, b) => a.line - b.line);
  return { rows, problems };
}

/** The 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** A JSON.parse failure as a problem on the line it names (Node reports a character position). */
export function jsonSyntaxProblem(text: string, err: unknown, line?: number): ImportProblem {
  const message = err instanceof Error ? err.message : String(err);
  const at = /position (\d+)/.exec(message);
  return {
    line: line ?? (at ? lineAt(text, Number(at[1])) : 1),
    field: '',
    message: `not valid JSON: ${message}`,
  };
}
