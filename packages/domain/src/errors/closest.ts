import { distance } from 'fastest-levenshtein';

/**
 * Up to `limit` candidates closest to `input`: prefix and substring matches first, then by edit
 * distance. The best is always offered; the others only when they are plausibly what was meant.
 */
export function closestIds(input: string, candidates: Iterable<string>, limit = 3): string[] {
  const needle = input.toLowerCase();
  const scored: { id: string; score: number }[] = [];
  for (const id of candidates) {
    const hay = id.toLowerCase();
    const d = distance(needle, hay);
    // Typing the start of an id (completion) counts for more than an equally distant id.
    const bonus = hay.startsWith(needle) ? -2 : hay.includes(needle) ? -1 : 0;
    scored.push({ id, score: d + bonus });
  }
  scored.sort((a, b) => a.score - b.score || a.id.localeCompare(b.id));
  const plausible = Math.max(3, Math.ceil(needle.length / 2));
  return scored
    .slice(0, limit)
    .filter((s, i) => i === 0 || s.score <= plausible)
    .map((s) => s.id);
}
