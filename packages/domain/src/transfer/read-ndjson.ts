import { z } from 'zod';
import { issuePath } from '../errors/describe';
import type { Candidate, ImportProblem } from './import-row';
import { jsonSyntaxProblem } from './validate-candidates';

// The envelope only; the body is checked against its entity's schema afterwards.
const Envelope = z.strictObject({ entity: z.unknown(), body: z.unknown() });

/** One `{"entity": "event", "body": {...}}` per line; blank lines are skipped. */
export function readNdjson(text: string, problems: ImportProblem[]): Candidate[] {
  const candidates: Candidate[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      problems.push(jsonSyntaxProblem(raw, err, line));
      return;
    }
    const envelope = Envelope.safeParse(value);
    if (!envelope.success) {
      for (const issue of envelope.error.issues)
        problems.push({ line, field: issuePath(issue), message: issue.message });
      return;
    }
    candidates.push({ line, ...envelope.data });
  });
  return candidates;
}
