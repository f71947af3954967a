/** The slider's stops: the first of every month from `start` through `today`, then `today` itself. */
export function monthSteps(start: string, today: string): string[] {
  const out: string[] = [];
  let y = Number(start.slice(0, 4));
  let m = Number(start.slice(5, 7));
  for (;;) {
    const date = `${y}-${String(m).padStart(2, '0')}-01`;
    if (date > today) break;
    out.push(date);
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
  }
  if (out.at(-1) !== today) out.push(today);
  return out;
}

/** The stop at or just before `date` (the first stop when `date` is earlier than all). */
export function stepIndex(steps: readonly string[], date: string): number {
  let lo = 0;
  let hi = steps.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (steps[mid]! <= date) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
