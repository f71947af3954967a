import type { Press } from '../keymap/key-name';
import type { Command } from '../keymap/keymap';
import { type PaneState, paneReducer } from '../ui/pane-state';
import { clamp, follow, stepOf } from '../ui/scroll';
import { editText } from '../ui/text-edit';

export interface TimelineState {
  query: string;
  /** The filter field has focus. */
  typing: boolean;
  selected: number;
  /** The first entry in the window. */
  top: number;
  /** The open event's pane, scrolled to `top`. */
  detail: PaneState | null;
}

export const initialTimeline: TimelineState = { query: '', typing: false, selected: 0, top: 0, detail: null };

/** What the reducer needs to know about the view: how many entries pass the filter, and what fits. */
export interface TimelineView {
  count: number;
  height: number;
  yearStarts: readonly number[];
  /** The detail pane's height and its last possible top. */
  detailHeight: number;
  detailLast: number;
}

export type TimelineAction =
  | { type: 'command'; command: Command; view: TimelineView }
  | { type: 'press'; press: Press };

export function timelineReducer(s: TimelineState, a: TimelineAction): TimelineState {
  if (a.type === 'press') {
    if (!s.typing) return s;
    const query = editText(s.query, a.press);
    return query === null || query === s.query ? s : { ...s, query, selected: 0, top: 0 };
  }
  const { command, view } = a;
  if (s.detail) {
    const detail = paneReducer(s.detail, command, view.detailHeight, view.detailLast);
    return detail === s.detail ? s : { ...s, detail };
  }
  switch (command) {
    case 'filter.start':
      return { ...s, typing: true };
    case 'filter.done':
      return { ...s, typing: false };
    case 'filter.cancel':
      return { ...s, typing: false, query: '', selected: 0, top: 0 };
    case 'open':
      return view.count > 0 ? { ...s, detail: { top: 0 } } : s;
    case 'year.prev':
    case 'year.next':
      return select(s, yearJump(view.yearStarts, s.selected, command === 'year.next' ? 1 : -1), view);
  }
  const step = stepOf(command, view.height);
  return step === null ? s : select(s, s.selected + step, view);
}

function select(s: TimelineState, to: number, view: TimelineView): TimelineState {
  const selected = clamp(to, 0, Math.max(0, view.count - 1));
  return { ...s, selected, top: follow(s.top, selected, view.height) };
}

/** The first entry of the next year, or of this year (then the previous one) going back. */
function yearJump(starts: readonly number[], selected: number, dir: 1 | -1): number {
  if (dir === 1) return starts.find((i) => i > selected) ?? selected;
  return starts.findLast((i) => i < selected) ?? 0;
}
