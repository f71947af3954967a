/** @jsxRuntime automatic @jsxImportSource react */
import { Text } from 'ink';
import { useMemo, useReducer } from 'react';
import { useKeys } from '../keymap/use-keys';
import type { ScreenProps } from '../screen-props';
import { DatedPane, wrapFor } from '../ui/dated-pane';
import { datesReducer } from '../ui/dates-state';
import { lastTop } from '../ui/doc-view';
import { useRemote } from '../ui/use-remote';
import { complianceDoc } from './compliance-doc';

/** Which crossings regulations forbid were still in place on a date, past their deadlines. */
export function ComplianceScreen({ width, height, active, today }: ScreenProps) {
  const [s, dispatch] = useReducer(datesReducer, { dates: [today], focus: 0, top: 0 });
  const at = s.dates[0]!;
  const result = useRemote(at, async (c) => {
    const [findings, regulations] = await Promise.all([
      c.analysis.compliance.query({ at }),
      c.regulations.list.query(),
    ]);
    return complianceDoc(at, findings, regulations);
  });
  const doc = useMemo(() => wrapFor(result.data ?? null, width), [result.data, width]);
  const scopes = ['date', 'move'] as const;
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
          <Text bold>Compliance</Text> at <Text bold>{at}</Text>
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
