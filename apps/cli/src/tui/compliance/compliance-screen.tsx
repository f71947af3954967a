/** @jsxRuntime automatic @jsxImportSource react */
import { Text } from 'ink';
import { useReducer } from 'react';
import type { ScreenProps } from '../screen-props';
import { DatedPane } from '../ui/dated-pane';
import { datesReducer } from '../ui/dates-state';
import { useDatedDoc } from '../ui/use-dated-doc';
import { useRemote } from '../ui/use-remote';
import { complianceDoc } from './compliance-doc';

/** Which crossings regulations forbid were still in place on a date, past their deadlines. */
export function ComplianceScreen(props: ScreenProps) {
  const { width, height, today } = props;
  const [s, dispatch] = useReducer(datesReducer, { dates: [today], focus: 0, top: 0 });
  const at = s.dates[0]!;
  const result = useRemote(at, async (c) => {
    const [findings, regulations] = await Promise.all([
      c.analysis.compliance.query({ at }),
      c.regulations.list.query(),
    ]);
    return complianceDoc(at, findings, regulations);
  });
  const scopes = ['date', 'move'] as const;
  const doc = useDatedDoc(result.data ?? null, dispatch, props, scopes);
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
