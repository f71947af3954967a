/** @jsxRuntime automatic @jsxImportSource react */

import { Text } from 'ink';
import { useMemo, useReducer } from 'react';
import { useKeys } from '../keymap/use-keys';
import type { ScreenProps } from '../screen-props';
import { DatedPane, wrapFor } from '../ui/dated-pane';
import { addMonths } from '../ui/dates';
import { datesReducer } from '../ui/dates-state';
import { lastTop } from '../ui/doc-view';
import { useRemote } from '../ui/use-remote';
import { diffDoc } from './diff-doc';

/** What changed between two dates; `f` switches which date the date keys move. */
export function DiffScreen({ width, height, active, today }: ScreenProps) {
  const [s, dispatch] = useReducer(datesReducer, { dates: [addMonths(today, -12), today], focus: 1, top: 0 });
  const [from, to] = s.dates as [string, string];
  const result = useRemote(`${from}|${to}`, async (c) => {
    const [lo, hi] = from <= to ? [from, to] : [to, from];
    const [d, events] = await Promise.all([
      c.analysis.diff.query({ from, to }),
      c.events.list.query({ from: lo, to: hi, limit: 5000 }),
    ]);
    return diffDoc(d, new Map(events.items.map((i) => [i.event.id, i.event])));
  });
  const doc = useMemo(() => wrapFor(result.data ?? null, width), [result.data, width]);
  const scopes = ['date', 'diff', 'move'] as const;
  useKeys({
    scopes,
    active,
    onCommand: (command) =>
      dispatch({ command, view: { today, height: height - 2, last: lastTop(doc ?? [], height - 2) } }),
  });
  return (
    <DatedPane
      width={width}
      height={height}
      heading={
        <Text>
          <Text bold>Diff</Text> from{' '}
          <Text bold inverse={s.focus === 0}>
            {from}
          </Text>{' '}
          to{' '}
          <Text bold inverse={s.focus === 1}>
            {to}
          </Text>
          <Text dimColor>{result.loading ? ' …' : ''}</Text>
        </Text>
      }
      doc={doc}
      error={result.error}
      top={s.top}
      scopes={scopes}
    />
  );
}
