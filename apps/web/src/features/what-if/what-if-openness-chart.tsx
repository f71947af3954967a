import type { RouterOutputs } from '@hutong/client';
import { Legend, Line } from 'recharts';
import { LineChartFrame, STEP_LINE } from '../../ui/line-chart-frame';
import { OPENNESS_AXES } from '../actors/openness-axes';

type Delta = NonNullable<RouterOutputs['analysis']['whatIf']['openness']>['deltas'][number];

/** The openness index in the ledger and in the what-if, month by month, on one chart. */
export default function WhatIfOpennessChart({
  deltas,
  label,
  names,
}: {
  deltas: readonly Delta[];
  label: string;
  names: { baseline: string; counterfactual: string };
}) {
  const data = deltas.map((d) => ({
    date: d.date.slice(0, 7),
    baseline: d.baseline,
    counterfactual: d.counterfactual,
  }));
  return (
    <LineChartFrame label={label} height={240} data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
      {OPENNESS_AXES}
      <Legend />
      <Line dataKey="baseline" name={names.baseline} {...STEP_LINE} />
      <Line
        dataKey="counterfactual"
        name={names.counterfactual}
        {...STEP_LINE}
        stroke="#b5482a"
        strokeDasharray="6 3"
      />
    </LineChartFrame>
  );
}
