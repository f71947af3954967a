import { type Dispatch, useMemo } from 'react';
import type { Command, Scope } from '../keymap/keymap';
import { useKeys } from '../keymap/use-keys';
import type { ScreenProps } from '../screen-props';
import type { DatesView } from './dates-state';
import { type Doc, wrapDoc } from './doc';
import { lastTop } from './doc-view';

/**
 * The result of a dated screen (Compliance, Diff) wrapped to the width, and the screen's keys: the
 * date keys and scrolling go to `dispatch` with what the pane (all but the heading and hints) holds.
 */
export function useDatedDoc(
  raw: Doc | null,
  dispatch: Dispatch<{ command: Command; view: DatesView }>,
  { width, height, active, today }: ScreenProps,
  scopes: readonly Scope[],
): Doc | null {
  const doc = useMemo(() => (raw ? wrapDoc(raw, width - 1) : null), [raw, width]);
  const paneHeight = height - 2;
  useKeys({
    scopes,
    active,
    onCommand: (command) =>
      dispatch({ command, view: { today, height: paneHeight, last: lastTop(doc ?? [], paneHeight) } }),
  });
  return doc;
}
