import { monthStarts, partitionPoint } from '@hutong/domain/plain';

/** The slider's stops: the first of every month from `start` through `today`, then `today` itself. */
export function monthSteps(start: string, today: string): string[] {
  const out = monthStarts(start, today, Number.POSITIVE_INFINITY);
  if (out.at(-1) !== today) out.push(today);
  return out;
}

/** The stop at or just before `date` (the first stop when `date` is earlier than all). */
export function stepIndex(steps: readonly string[], date: string): number {
  return Math.max(0, partitionPoint(steps.length, (i) => steps[i]! <= date) - 1);
}
