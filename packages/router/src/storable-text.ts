import type { z } from 'zod';

// PostgreSQL's jsonb and text refuse the NUL character, and jsonb refuses a lone UTF-16 surrogate
// (JSON.stringify writes it as `\ud800`): such text would fail deep in the store as a 500.
const LONE_SURROGATE = /\p{Surrogate}/u;
const unstorable = (s: string) => s.includes('\u0000') || LONE_SURROGATE.test(s);

/** Adds an issue at the first string (anywhere inside `value`) the database could not store. */
export function checkStorableText(
  value: unknown,
  ctx: z.core.$RefinementCtx,
  path: PropertyKey[] = [],
): void {
  if (typeof value === 'string') {
    if (unstorable(value))
      ctx.addIssue({
        code: 'custom',
        path,
        message: 'text may not hold the NUL character or a lone UTF-16 surrogate',
      });
    return;
  }
  if (Array.isArray(value)) for (const [i, v] of value.entries()) checkStorableText(v, ctx, [...path, i]);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) checkStorableText(v, ctx, [...path, k]);
}
