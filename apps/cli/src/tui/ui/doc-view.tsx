/** @jsxRuntime automatic @jsxImportSource react */
import { Box, Text } from 'ink';
import type { Doc } from '../../views/doc';
import { useToneProps } from './theme';

interface DocViewProps {
  /** Already wrapped to the pane's width. */
  doc: Doc;
  top: number;
  height: number;
}

/** The lines of a document from `top`, as many as fit. */
export function DocView({ doc, top, height }: DocViewProps) {
  const tone = useToneProps();
  const shown = doc.slice(top, top + height);
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      {shown.map((l, i) => (
        <Text key={top + i} wrap="truncate-end">
          {l.length === 0
            ? ' '
            : l.map((s, j) => (
                <Text key={j} {...tone(s.tone)}>
                  {s.text}
                </Text>
              ))}
        </Text>
      ))}
    </Box>
  );
}

/** The first line a pane can start at and still be full. */
export const lastTop = (doc: Doc, height: number): number => Math.max(0, doc.length - height);
