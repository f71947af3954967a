import { DomainError, Edit } from '@hutong/domain';
import { z } from 'zod';

// PostgreSQL's jsonb and text refuse the NUL character, and jsonb refuses a lone UTF-16 surrogate
// (JSON.stringify writes it as `\ud800`): such text would fail deep in the store as a 500. The store
// knows what it can store, so it checks, on every way in: appends, imports (over HTTP or the CLI's
// own) and the seed all reach `append`, whose one parse is `storableEdits`.
const LONE_SURROGATE = /\p{Surrogate}/u;
const unstorable = (s: string) => s.includes('\u0000') || LONE_SURROGATE.test(s);
export const UNSTORABLE_TEXT = 'text may not hold the NUL character or a lone UTF-16 surrogate';

/** The path to the first string (anywhere inside `value`) the database could not store, or null. */
export function unstorableAt(value: unknown, path: PropertyKey[] = []): PropertyKey[] | null {
  if (typeof value === 'string') return unstorable(value) ? path : null;
  const entries = Array.isArray(value)
    ? [...value.entries()]
    : value && typeof value === 'object'
      ? Object.entries(value)
      : [];
  for (const [k, v] of entries) {
    const found = unstorableAt(v, [...path, k]);
    if (found) return found;
  }
  return null;
}

// Arrays this module's schema produced: already parsed and checked, so `append` does not parse them
// again. Only `storableEdits` adds to it, and a WeakSet keeps nothing alive.
const parsed = new WeakSet<readonly unknown[]>();

/**
 * The store's parse of edits: each a valid `Edit`, and no text the database cannot hold (a 400 naming
 * the field). Callers with limits of their own pass their array schema (the router's 1 to 1,000);
 * whatever it returns `append` takes as parsed, so an edit through the API is parsed once.
 */
export function storableEdits(list: z.ZodArray<typeof Edit> = z.array(Edit)) {
  return list
    .superRefine((edits, ctx) => {
      const at = unstorableAt(edits);
      if (at) ctx.addIssue({ code: 'custom', path: at, message: UNSTORABLE_TEXT });
    })
    .transform((edits) => {
      parsed.add(edits);
      return edits;
    });
}

export const isParsedEdits = (edits: readonly unknown[]): edits is z.output<typeof Edit>[] =>
  parsed.has(edits);

/** Import rows the store can hold, or a 400 naming the row's field (and the line it came from). */
export function checkStorableRows(rows: readonly { line: number }[]): void {
  for (const [i, row] of rows.entries()) {
    const { line, ...entity } = row;
    const at = unstorableAt(entity);
    if (at)
      throw new DomainError(
        'invalid',
        `${UNSTORABLE_TEXT}${line > 0 ? ` (the row from line ${line})` : ''}`,
        ['rows', i, ...at].join('.'),
      );
  }
}
