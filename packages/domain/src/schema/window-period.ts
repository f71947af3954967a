// No zod here: the web's first view imports it through ../plain.ts.
/**
 * Whether a mark's window is just its precision's period ("November 2013"): faces then show the
 * month or year as the source gives it, rather than "some day between 1 and 30 November".
 */
export function windowIsPeriod(m: {
  precision: string;
  window?: { from: string; to: string } | undefined;
}): boolean {
  if (!m.window) return false;
  const { from, to } = m.window;
  if (m.precision === 'month') return from.endsWith('-01') && from.slice(0, 7) === to.slice(0, 7);
  if (m.precision === 'year')
    return from.endsWith('-01-01') && to.endsWith('-12-31') && from.slice(0, 4) === to.slice(0, 4);
  return false;
}
