import type { LedgerIndex } from '../fold/fold';

/** The actor and everything it owns, directly or through its platforms. */
export function family(index: Pick<LedgerIndex, 'owned'>, root: string): string[] {
  const out = [root];
  const seen = new Set(out);
  for (let i = 0; i < out.length; i++)
    for (const child of index.owned.get(out[i]!) ?? [])
      if (!seen.has(child)) {
        seen.add(child);
        out.push(child);
      }
  return out;
}
