import type { Command } from '../keymap/keymap';
import { clamp, follow, scrollTo, stepOf } from '../ui/scroll';

export interface SourcesState {
  /** The source under the cursor and the list's first line in view. */
  row: number;
  top: number;
  /** The open source's page, scrolled to `top`. */
  open: { top: number } | null;
}

export const initialSources = (): SourcesState => ({ row: 0, top: 0, open: null });

export interface SourcesView {
  count: number;
  listHeight: number;
  pageHeight: number;
  pageLast: number;
}

/** The list of sources, and one source's page: what cites it. */
export function sourcesReducer(
  s: SourcesState,
  { command, view: v }: { command: Command; view: SourcesView },
): SourcesState {
  if (s.open) {
    if (command === 'back') return { ...s, open: null };
    const step = stepOf(command, v.pageHeight);
    return step === null ? s : { ...s, open: { top: scrollTo(s.open.top, step, v.pageLast) } };
  }
  if (command === 'open') return v.count ? { ...s, open: { top: 0 } } : s;
  const step = stepOf(command, v.listHeight);
  if (step === null) return s;
  const row = clamp(s.row + step, 0, Math.max(0, v.count - 1));
  return { ...s, row, top: follow(s.top, row, v.listHeight) };
}
