/**
 * The one walk up an ownership chain (a test bans following `.owner` in a loop elsewhere): the owners
 * of `id`, nearest first, stopping at a cycle (the store refuses cycles; a hand-made ledger may not).
 */
export function ownersOf(id: string, ownerOf: (id: string) => string | undefined): string[] {
  const out: string[] = [];
  for (let o = ownerOf(id); o !== undefined && o !== id && !out.includes(o); o = ownerOf(o)) out.push(o);
  return out;
}

/**
 * `ownersOf` over an asynchronous lookup (the store's rows and a pending batch); `cycle` when the
 * walk comes back to `id` itself (an edit that would make an actor own itself through others).
 */
export async function ownersOfAsync(
  id: string,
  ownerOf: (id: string) => Promise<string | undefined> | string | undefined,
): Promise<{ owners: string[]; cycle: boolean }> {
  const owners: string[] = [];
  for (let o = await ownerOf(id); o !== undefined; o = await ownerOf(o)) {
    if (o === id) return { owners, cycle: true };
    // A cycle elsewhere (written before cycles were refused) ends the walk rather than looping.
    if (owners.includes(o)) break;
    owners.push(o);
  }
  return { owners, cycle: false };
}
