/** @jsxRuntime automatic @jsxImportSource react */
import { Box, Text } from 'ink';
import { useMemo, useReducer } from 'react';
import { wrapDoc } from '../../views/doc';
import type { Scope } from '../keymap/keymap';
import { useKeys } from '../keymap/use-keys';
import type { ScreenProps } from '../screen-props';
import { DocView, lastTop } from '../ui/doc-view';
import { Hints } from '../ui/hints';
import { Notice } from '../ui/notice';
import { useRemote } from '../ui/use-remote';
import { sourceDoc, sourceNumber } from './source-doc';
import { initialSources, sourcesReducer } from './sources-state';

/** The articles the ledger cites, by number; Enter lists every event and figure citing one. */
export function SourcesScreen({ width, height, active }: ScreenProps) {
  const [s, dispatch] = useReducer(sourcesReducer, undefined, initialSources);
  const sources = useRemote('sources', (c) => c.sources.list.query());
  const events = useRemote(s.open ? 'events' : null, (c) => c.events.list.query({ limit: 5000 }));
  const figures = useRemote(s.open ? 'figures' : null, (c) => c.figures.list.query());
  const list = useMemo(
    () => [...(sources.data ?? [])].sort((a, b) => sourceNumber(a).localeCompare(sourceNumber(b))),
    [sources.data],
  );
  const paneHeight = height - 2;
  const chosen = list[s.row];
  const doc = useMemo(
    () =>
      chosen && events.data && figures.data
        ? wrapDoc(sourceDoc(chosen, events.data.items, figures.data), width - 1)
        : [],
    [chosen, events.data, figures.data, width],
  );
  const view = {
    count: list.length,
    listHeight: paneHeight,
    pageHeight: paneHeight,
    pageLast: lastTop(doc, paneHeight),
  };
  const scopes: Scope[] = ['open', 'move'];
  useKeys({ scopes, active, onCommand: (command) => dispatch({ command, view }) });
  const error = sources.error ?? events.error ?? figures.error;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text wrap="truncate-end">
        <Text bold>Sources</Text>
        {` · ${list.length} articles the ledger cites, by the number curators use`}
      </Text>
      <Box flexDirection="column" height={paneHeight}>
        {error ? (
          <Notice tone="error" text={error} />
        ) : s.open ? (
          doc.length ? (
            <DocView doc={doc} top={s.open.top} height={paneHeight} />
          ) : (
            <Notice tone="dim" text="loading…" />
          )
        ) : (
          list.slice(s.top, s.top + paneHeight).map((src, i) => (
            <Text key={src.id} inverse={s.top + i === s.row} wrap="truncate-end">
              {`${sourceNumber(src)}  ${src.date}  ${src.publisher} — ${src.title}`}
            </Text>
          ))
        )}
      </Box>
      <Hints scopes={scopes} />
    </Box>
  );
}
