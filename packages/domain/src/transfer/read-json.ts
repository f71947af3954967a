import { EntityKind, ledgerField } from '../schema/revision';
import type { Candidate, ImportProblem } from './import-row';
import { jsonSyntaxProblem } from './validate-candidates';

const kindOfField = new Map<string, EntityKind>(EntityKind.options.map((k) => [ledgerField[k], k]));

/**
 * A `Ledger`-shaped document: `{ "actors": [...], "sources": [...], "events": [...], ... }`, every list
 * optional. Each item's line is where it starts in the text.
 */
export function readJson(text: string, problems: ImportProblem[]): Candidate[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    problems.push(jsonSyntaxProblem(text, err));
    return [];
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    problems.push({ line: 1, field: '', message: `must be an object with lists ${fieldNames()}` });
    return [];
  }
  const starts = itemStarts(text);
  const candidates: Candidate[] = [];
  for (const [field, items] of Object.entries(doc)) {
    const entity = kindOfField.get(field);
    const lines = starts.get(field) ?? [];
    if (!entity) {
      problems.push({ line: lines[0] ?? 1, field, message: `unknown list; expected one of ${fieldNames()}` });
      continue;
    }
    if (!Array.isArray(items)) {
      problems.push({ line: 1, field, message: 'must be a list' });
      continue;
    }
    items.forEach((body, i) => {
      candidates.push({ line: lines[i] ?? i + 1, entity, body });
    });
  }
  return candidates;
}

const fieldNames = () => EntityKind.options.map((k) => ledgerField[k]).join(', ');

/**
 * The line each element of each top-level list starts on, found by one scan of text that JSON.parse
 * has already accepted (so strings hold no raw newline and brackets balance). JSON.parse itself keeps
 * no positions, and a whole JSON parser with locations is more than this needs.
 */
export function itemStarts(text: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  let line = 1;
  let depth = 0;
  let lastKey = '';
  let list: number[] | null = null;
  let expectItem = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') line++;
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') continue;
    if (depth === 2 && list && expectItem && c !== ']') {
      list.push(line);
      expectItem = false;
    }
    if (c === '"') {
      const start = i;
      for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
      if (depth === 1) lastKey = JSON.parse(text.slice(start, i + 1)) as string;
    } else if (c === '{' || c === '[') {
      depth++;
      if (depth === 2 && c === '[') {
        list = [];
        out.set(lastKey, list);
        expectItem = true;
      }
    } else if (c === '}' || c === ']') {
      depth--;
      if (depth === 1) list = null;
    } else if (c === ',' && depth === 2) expectItem = true;
  }
  return out;
}
