import type { RouterOutputs } from '@hutong/client';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

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
    <div className="chart" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#ddd" strokeDasharray="3 3" />
          <XAxis dataKey="date" stroke="#444" minTickGap={32} />
          <YAxis domain={[0, 100]} stroke="#444" width={40} />
          <Tooltip />
          <Legend />
          <Line
            type="stepAfter"
            dataKey="baseline"
            name={names.baseline}
            stroke="#1f5f7a"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
          <Line
            type="stepAfter"
            dataKey="counterfactual"
            name={names.counterfactual}
            stroke="#b5482a"
            strokeWidth={2}
            strokeDasharray="6 3"
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
