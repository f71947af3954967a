import type { Command } from '../keymap/keymap';
import { moveDate } from './dates';
import { scrollTo, stepOf } from './scroll';

/** A screen about one or more dates (Compliance: one; Diff: from and to) and a pane of results. */
export interface DatesState {
  dates: string[];
  /** Which date the date keys move. */
  focus: number;
  top: number;
}

export interface DatesView {
  today: string;
  height: number;
  last: number;
}

export function datesReducer(
  s: DatesState,
  { command, view }: { command: Command; view: DatesView },
): DatesState {
  const moved = moveDate(s.dates[s.focus]!, command, view.today);
  if (moved !== null) return { ...s, dates: s.dates.map((d, i) => (i === s.focus ? moved : d)), top: 0 };
  if (command === 'diff.focus') return { ...s, focus: (s.focus + 1) % s.dates.length };
  const step = stepOf(command, view.height);
  return step === null ? s : { ...s, top: scrollTo(s.top, step, view.last) };
}
