import { distance } from 'fastest-levenshtein';

/** Up to `limit` candidates closest to `input`: prefix and substring matches first, then by edit distance. */
export function closestIds(input: string, candidates: Iterable<string>, limit = 3): string[] {
  const needle = input.toLowerCase();
  const scored: { id: string; score: number }[] = [];
  for (const id of candidates) {
    const hay = id.toLowerCase();
    const d = distance(needle, hay);
    const bonus = hay.startsWith(needle) || needle.startsWith(hay) ? -2 : hay.includes(needle) ? -1 : 0;
    scored.push({ id, score: d + bonus });
  }
  scored.sort((a, b) => a.score - b.score || a.id.localeCompare(b.id));
  return scored.slice(0, limit).map((s) => s.id);
}
