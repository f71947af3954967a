/**
 * The one walk up an ownership chain (a test bans following `.owner` in a loop elsewhere): the owners
 * of `id`, nearest first, stopping at a cycle (the store refuses cycles; a hand-made ledger may not).
 */
export function ownersOf(id: string, ownerOf: (id: string) => string | undefined): string[] {
  const out: string[] = [];
  for (let o = ownerOf(id); o !== undefined && o !== id && !out.includes(o); o = ownerOf(o)) out.push(o);
  return out;
}
