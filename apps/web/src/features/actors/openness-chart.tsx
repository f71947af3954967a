import type { RouterOutputs } from '@hutong/client';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

type Point = RouterOutputs['analysis']['openness']['points'][number];

/** The openness index month by month; gaps where too little is recorded to score. */
export default function OpennessChart({ points, label }: { points: readonly Point[]; label: string }) {
  const data = points.map((p) => ({ date: p.date.slice(0, 7), value: p.value }));
  return (
    <div className="chart" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#ddd" strokeDasharray="3 3" />
          <XAxis dataKey="date" stroke="#444" minTickGap={32} />
          <YAxis domain={[0, 100]} stroke="#444" width={40} />
          <Tooltip />
          <Line
            type="stepAfter"
            dataKey="value"
            stroke="#1f5f7a"
            strokeWidth={2}
            dot={false}
            connectNulls={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
