/** @jsxRuntime automatic @jsxImportSource react */
import { Text } from 'ink';
import { useReducer } from 'react';
import { ledgerTitles } from '../../ledger-titles';
import type { ScreenProps } from '../screen-props';
import { DatedPane } from '../ui/dated-pane';
import { datesReducer } from '../ui/dates-state';
import { useRemote } from '../ui/use-remote';
import { complianceDoc } from './compliance-doc';

/** Which crossings regulations forbid were still in place on a date, past their deadlines. */
export function ComplianceScreen(props: ScreenProps) {
  const { today } = props;
  const [s, dispatch] = useReducer(datesReducer, { dates: [today], focus: 0, top: 0 });
  const at = s.dates[0]!;
  const result = useRemote(at, async (c) => {
    const [findings, regulations, titleOf] = await Promise.all([
      c.analysis.compliance.query({ at }),
      c.regulations.list.query(),
      ledgerTitles(c),
    ]);
    return complianceDoc(at, findings, regulations, titleOf);
  });
  return (
    <DatedPane
      {...props}
      heading={
        <>
          <Text bold>Compliance</Text> at <Text bold>{at}</Text>
        </>
      }
      result={result}
      top={s.top}
      scopes={['date', 'move']}
      dispatch={dispatch}
    />
  );
}
