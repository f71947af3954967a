import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Actor, Event, Figure, issuePath, type Ledger, Regulation, Source } from '@hutong/domain';
import { LineCounter, parseDocument } from 'yaml';
import { checkCurated, type EventFile } from './check-curated';
import { ledgerDir } from './fingerprint';

export { ledgerDir };

/** What this loader needs of a zod schema: its `safeParse`. */
interface Schema<T> {
  safeParse(
    data: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

/**
 * Reads and validates the ledger in `dir` (actors.yaml, sources.yaml, regulations.yaml,
 * figures.yaml, events/*.yaml). Throws one error listing every problem, each naming its file and field.
 */
export function loadLedger(dir: string = ledgerDir): Ledger {
  const problems: string[] = [];
  const read = (file: string, required: boolean): unknown => {
    const path = join(dir, file);
    if (!existsSync(path)) {
      if (required) problems.push(`${file}: the file is missing`);
      return undefined;
    }
    const lineCounter = new LineCounter();
    const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter, prettyErrors: false });
    const err = doc.errors[0];
    if (err) {
      problems.push(`${file}: line ${lineCounter.linePos(err.pos[0]).line}: ${err.message}`);
      return undefined;
    }
    return doc.toJS();
  };
  const list = <T>(file: string, schema: Schema<T>, required: boolean): T[] => {
    const data = read(file, required);
    if (data === undefined || data === null) return [];
    if (!Array.isArray(data)) {
      problems.push(`${file}: the file must hold a YAML list`);
      return [];
    }
    return data.flatMap((item, i) => parseItem(file, [i], schema, item, problems));
  };

  const actors = list('actors.yaml', Actor, true);
  const sources = list('sources.yaml', Source, true);
  const regulations = list('regulations.yaml', Regulation, false);
  const figures = list('figures.yaml', Figure, false);
  const eventFiles: EventFile[] = [];
  const events: Event[] = [];
  const eventsDir = join(dir, 'events');
  const files = existsSync(eventsDir) ? readdirSync(eventsDir).filter((f) => /\.ya?ml$/.test(f)) : [];
  for (const file of files.sort()) {
    const data = read(`events/${file}`, true);
    if (data === undefined) continue;
    for (const e of parseItem(`events/${file}`, [], Event, data, problems)) {
      events.push(e);
      eventFiles.push({ file, id: e.id });
    }
  }

  const ledger: Ledger = { actors, sources, events, regulations, figures };
  if (problems.length === 0)
    for (const p of checkCurated(ledger, eventFiles)) problems.push(`${p.where}: ${p.message}`);
  if (problems.length > 0)
    throw new Error(`the ledger in ${dir} is invalid:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return ledger;
}

function parseItem<T>(file: string, at: number[], schema: Schema<T>, item: unknown, problems: string[]): T[] {
  const r = schema.safeParse(item);
  if (r.success) return [r.data];
  const id =
    at.length && typeof item === 'object' && item !== null && 'id' in item
      ? ` (in "${String(item.id)}")`
      : '';
  for (const issue of r.error.issues) {
    const path = issuePath({ path: [...at, ...issue.path] });
    problems.push(`${file}${path ? `: ${path}` : ''}: ${issue.message}${id}`);
  }
  return [];
}
