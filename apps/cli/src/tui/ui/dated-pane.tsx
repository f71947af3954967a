/** @jsxRuntime automatic @jsxImportSource react */
import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import type { Scope } from '../keymap/keymap';
import type { Doc } from './doc';
import { DocView } from './doc-view';
import { Hints } from './hints';
import { Notice } from './notice';

interface DatedPaneProps {
  width: number;
  height: number;
  heading: ReactNode;
  /** The results, or what to say instead while loading or after an error. */
  doc: Doc | null;
  error: string | null;
  top: number;
  scopes: readonly Scope[];
}

/** The frame of Compliance and Diff: a heading with the dates, a scrolling result, the keys. */
export function DatedPane({ width, height, heading, doc, error, top, scopes }: DatedPaneProps) {
  const paneHeight = height - 2;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text wrap="truncate-end">{heading}</Text>
      <Box height={paneHeight}>
        {error ? (
          <Notice tone="error" text={error} />
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
