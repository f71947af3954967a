/** Pure helpers for panes and lists: where the top is after a move, clamped to what exists. */
export const clamp = (n: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, n));

/** A pane's top after scrolling `by` lines, given its last possible top. */
export const scrollTo = (top: number, by: number, last: number): number =>
  clamp(top + by, 0, Math.max(0, last));

/** A list window's top that keeps `selected` in view, moving as little as possible. */
export function follow(top: number, selected: number, height: number): number {
  if (selected < top) return selected;
  if (selected >= top + height) return selected - height + 1;
  return top;
}

/** Lines a command moves by, for a pane or list `height` lines high; null for other commands. */
export function stepOf(command: string, height: number): number | null {
  switch (command) {
    case 'move.up':
      return -1;
    case 'move.down':
      return 1;
    case 'page.up':
      return -Math.max(1, height - 1);
    case 'page.down':
      return Math.max(1, height - 1);
    case 'move.first':
      return Number.NEGATIVE_INFINITY;
    case 'move.last':
      return Number.POSITIVE_INFINITY;
    default:
      return null;
  }
}
