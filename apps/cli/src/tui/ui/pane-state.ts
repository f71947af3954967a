import type { Command } from '../keymap/keymap';
import { scrollTo, stepOf } from './scroll';

/** An open pane over a list or grid (Timeline's event, Walls' explanation), scrolled to `top`. */
export interface PaneState {
  top: number;
}

/**
 * The pane after a command: `back` closes it (null), the move keys scroll it, and any other
 * command leaves the very same pane, so the reducer can hand back its state unchanged.
 */
export function paneReducer(
  pane: PaneState,
  command: Command,
  height: number,
  last: number,
): PaneState | null {
  if (command === 'back') return null;
  const step = stepOf(command, height);
  return step === null ? pane : { top: scrollTo(pane.top, step, last) };
}
