/** @jsxRuntime automatic @jsxImportSource react */

import { Text } from 'ink';
import { useReducer } from 'react';
import type { ScreenProps } from '../screen-props';
import { DatedPane } from '../ui/dated-pane';
import { addMonths } from '../ui/dates';
import { datesReducer } from '../ui/dates-state';
import { useRemote } from '../ui/use-remote';
import { diffDoc } from './diff-doc';

/** What changed between two dates; `f` switches which date the date keys move. */
export function DiffScreen(props: ScreenProps) {
  const { today } = props;
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
  return (
    <DatedPane
      {...props}
      heading={
        <>
          <Text bold>Diff</Text> from{' '}
          <Text bold inverse={s.focus === 0}>
            {from}
          </Text>{' '}
          to{' '}
          <Text bold inverse={s.focus === 1}>
            {to}
          </Text>
          <Text dimColor>{`  ←/→ move ${s.focus === 0 ? 'from' : 'to'} (f: switch)`}</Text>
        </>
      }
      result={result}
      top={s.top}
      scopes={['date', 'diff', 'move']}
      dispatch={dispatch}
    />
  );
}
