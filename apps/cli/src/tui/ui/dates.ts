/** `iso` moved by whole months, the day kept where the month has it (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

const STEPS: Record<string, number> = {
  'date.prevMonth': -1,
  'date.nextMonth': 1,
  'date.prevYear': -12,
  'date.nextYear': 12,
};

/** The date after a date command, or null for other commands. */
export function moveDate(iso: string, command: string, today: string): string | null {
  if (command === 'date.today') return today;
  const step = STEPS[command];
  return step === undefined ? null : addMonths(iso, step);
}
