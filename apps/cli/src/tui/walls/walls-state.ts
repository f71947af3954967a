import { Capability, Surface } from '@hutong/domain';
import type { Command } from '../keymap/keymap';
import { moveDate } from '../ui/dates';
import { type PaneState, paneReducer } from '../ui/pane-state';
import { clamp, follow, stepOf } from '../ui/scroll';

export const SURFACES = Surface.options.filter((s) => s !== '*');
export const CAPABILITIES = Capability.options;

export interface WallsState {
  at: string;
  capability: Capability;
  surface: Surface;
  row: number;
  col: number;
  /** The first host and target in view, when the matrix is larger than the screen. */
  rowTop: number;
  colTop: number;
  /** The explanation of the cell under the cursor, scrolled to `top`. */
  explain: PaneState | null;
  /** Rows and columns with nothing recorded on the date are left out (the default). */
  hideEmpty: boolean;
}

export const initialWalls = (at: string): WallsState => ({
  at,
  capability: 'link.open',
  surface: 'private-chat',
  row: 0,
  col: 0,
  rowTop: 0,
  colTop: 0,
  explain: null,
  hideEmpty: true,
});

/** The matrix's shape and what fits of it, and the explanation pane's. */
export interface WallsView {
  hosts: number;
  targets: number;
  rowsShown: number;
  colsShown: number;
  explainHeight: number;
  explainLast: number;
  today: string;
  /** Where the cursor's host and target sit once `e` shows or hides the empty rows and columns. */
  toggled?: { row: number; col: number };
}

const cycle = <T>(all: readonly T[], now: T, by: number): T =>
  all[(all.indexOf(now) + by + all.length) % all.length]!;

export function wallsReducer(
  s: WallsState,
  { command, view: v }: { command: Command; view: WallsView },
): WallsState {
  const at = moveDate(s.at, command, v.today);
  if (at !== null) return { ...s, at };
  if (s.explain) {
    const explain = paneReducer(s.explain, command, v.explainHeight, v.explainLast);
    return explain === s.explain ? s : { ...s, explain };
  }
  switch (command) {
    case 'open':
      return { ...s, explain: { top: 0 } };
    case 'cursor.left':
    case 'cursor.right': {
      const col = clamp(s.col + (command === 'cursor.right' ? 1 : -1), 0, v.targets - 1);
      return { ...s, col, colTop: follow(s.colTop, col, v.colsShown) };
    }
    case 'capability.next':
    case 'capability.prev':
      return { ...s, capability: cycle(CAPABILITIES, s.capability, command === 'capability.next' ? 1 : -1) };
    case 'empty.toggle': {
      // The cursor stays on its host and target (the first row and column if they are hidden).
      const { row, col } = v.toggled ?? { row: 0, col: 0 };
      return {
        ...s,
        hideEmpty: !s.hideEmpty,
        row,
        col,
        rowTop: follow(0, row, v.rowsShown),
        colTop: follow(0, col, v.colsShown),
      };
    }
    case 'surface.next':
    case 'surface.prev':
      return { ...s, surface: cycle(SURFACES, s.surface, command === 'surface.next' ? 1 : -1) };
  }
  const step = stepOf(command, v.rowsShown);
  if (step === null) return s;
  const row = clamp(s.row + step, 0, v.hosts - 1);
  return { ...s, row, rowTop: follow(s.rowTop, row, v.rowsShown) };
}
