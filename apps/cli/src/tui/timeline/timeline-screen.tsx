/** @jsxRuntime automatic @jsxImportSource react */
import { Box, Text } from 'ink';
import { useMemo, useReducer } from 'react';
import { wrapDoc } from '../../views/doc';
import { eventDoc } from '../../views/evidence-doc';
import type { Scope } from '../keymap/keymap';
import { useKeys } from '../keymap/use-keys';
import type { ScreenProps } from '../screen-props';
import { DocView, lastTop } from '../ui/doc-view';
import { Hints } from '../ui/hints';
import { Notice } from '../ui/notice';
import { useRemote } from '../ui/use-remote';
import { loadTimeline } from './load-events';
import { entriesOf, filterEntries, yearStarts } from './timeline-entries';
import { TimelineList } from './timeline-list';
import { initialTimeline, timelineReducer } from './timeline-state';

/** Events by year, filtered as you type; Enter opens one with its policy changes and sources. */
export function TimelineScreen({ width, height, active }: ScreenProps) {
  const remote = useRemote('timeline', loadTimeline);
  const entries = useMemo(
    () => (remote.data ? entriesOf(remote.data.items, remote.data.actors) : []),
    [remote.data],
  );
  const [s, dispatch] = useReducer(timelineReducer, initialTimeline);
  const shown = useMemo(() => filterEntries(entries, s.query), [entries, s.query]);
  const starts = useMemo(() => yearStarts(shown), [shown]);
  const bodyHeight = height - 2;
  const side = width >= 120 && !s.detail;
  const listWidth = side ? Math.floor(width * 0.55) : width;
  const paneWidth = s.detail ? width : width - listWidth - 1;
  const current = shown[s.selected];
  const doc = useMemo(
    () => (current && (s.detail || side) ? wrapDoc(eventDoc(current.item), paneWidth - 1) : []),
    [current, s.detail, side, paneWidth],
  );
  const view = {
    count: shown.length,
    height: bodyHeight,
    yearStarts: starts,
    detailHeight: bodyHeight,
    detailLast: lastTop(doc, bodyHeight),
  };
  const scopes: Scope[] = s.detail
    ? ['open', 'move']
    : s.typing
      ? ['filter', 'move']
      : ['timeline', 'open', 'move'];
  useKeys({
    scopes,
    active,
    typing: s.typing,
    onCommand: (command) => dispatch({ type: 'command', command, view }),
    onPress: (press) => dispatch({ type: 'press', press }),
  });

  const title =
    s.detail && current
      ? `Event ${s.selected + 1} of ${shown.length}`
      : heading(s.query, s.typing, shown.length, entries.length);
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text wrap="truncate-end" bold>
        {title}
      </Text>
      <Box height={bodyHeight}>
        {remote.error ? (
          <Notice tone="error" text={remote.error} />
        ) : !remote.data ? (
          <Notice tone="dim" text="loading events…" />
        ) : s.detail ? (
          <DocView doc={doc} top={s.detail.top} height={bodyHeight} />
        ) : (
          <>
            <Box width={listWidth}>
              <TimelineList entries={shown} top={s.top} selected={s.selected} height={bodyHeight} />
            </Box>
            {side ? (
              <Box marginLeft={1} width={paneWidth}>
                <DocView doc={doc} top={0} height={bodyHeight} />
              </Box>
            ) : null}
          </>
        )}
      </Box>
      <Hints scopes={scopes} />
    </Box>
  );
}

function heading(query: string, typing: boolean, shown: number, total: number): string {
  if (!typing && !query) return `Timeline · ${total.toLocaleString('en')} events`;
  return `Filter: ${query}${typing ? '▏' : ''} · ${shown.toLocaleString('en')} of ${total.toLocaleString('en')} events`;
}
