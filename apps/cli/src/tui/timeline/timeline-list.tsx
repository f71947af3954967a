/** @jsxRuntime automatic @jsxImportSource react */
import { Box, Text } from 'ink';
import type { Entry } from './timeline-entries';
import { TimelineRow } from './timeline-row';

interface TimelineListProps {
  entries: readonly Entry[];
  top: number;
  selected: number;
  height: number;
}

/** Only the entries in the window are rendered, so 10,000 events cost what 20 do. */
export function TimelineList({ entries, top, selected, height }: TimelineListProps) {
  if (entries.length === 0) return <Text dimColor>no events match</Text>;
  const window = entries.slice(top, top + height);
  return (
    <Box flexDirection="column" flexGrow={1}>
      {window.map((entry, i) => (
        <TimelineRow
          key={entry.item.event.id}
          entry={entry}
          showYear={i === 0 || window[i - 1]!.year !== entry.year}
          selected={top + i === selected}
        />
      ))}
    </Box>
  );
}
