/** @jsxRuntime automatic @jsxImportSource react */
import { Box, Text } from 'ink';
import { type Dispatch, type ReactNode, useMemo } from 'react';
import { type Doc, wrapDoc } from '../../views/doc';
import type { Command, Scope } from '../keymap/keymap';
import { useKeys } from '../keymap/use-keys';
import type { ScreenProps } from '../screen-props';
import type { DatesView } from './dates-state';
import { DocView, lastTop } from './doc-view';
import { Hints } from './hints';
import { Notice } from './notice';
import type { Remote } from './use-remote';

interface DatedPaneProps extends ScreenProps {
  /** The screen's name and dates; the pane adds the mark that an answer is on its way. */
  heading: ReactNode;
  /** The results, or what to say instead while loading or after an error. */
  result: Remote<Doc>;
  top: number;
  scopes: readonly Scope[];
  /** Where the date keys and scrolling go, with what the pane holds. */
  dispatch: Dispatch<{ command: Command; view: DatesView }>;
}

/** The frame and keys of Compliance and Diff: a heading with the dates, a scrolling result, the keys. */
export function DatedPane({
  width,
  height,
  active,
  today,
  heading,
  result,
  top,
  scopes,
  dispatch,
}: DatedPaneProps) {
  const paneHeight = height - 2;
  const doc = useMemo(() => (result.data ? wrapDoc(result.data, width - 1) : null), [result.data, width]);
  useKeys({
    scopes,
    active,
    onCommand: (command) =>
      dispatch({ command, view: { today, height: paneHeight, last: lastTop(doc ?? [], paneHeight) } }),
  });
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text wrap="truncate-end">
        <Text>
          {heading}
          <Text dimColor>{result.loading ? ' …' : ''}</Text>
        </Text>
      </Text>
      <Box height={paneHeight}>
        {result.error ? (
          <Notice tone="error" text={result.error} />
        ) : doc ? (
          <DocView doc={doc} top={top} height={paneHeight} />
        ) : (
          <Notice tone="dim" text="loading…" />
        )}
      </Box>
      <Hints scopes={scopes} />
    </Box>
  );
}
