import type { RouterOutputs } from '@hutong/client';
import { Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { LineChartFrame, STEP_LINE } from '../../ui/line-chart-frame';

type Pair = RouterOutputs['game']['report']['pairs'][number];

/** Both sides' moves month by month on 0 … 1, with a mark on each month an event moved a side. */
export default function MovesChart({ pair, label }: { pair: Pair; label: string }) {
  const data = pair.months.map((m) => ({ date: m.date.slice(0, 7), a: m.a.value, b: m.b.value }));
  const marked = pair.months.filter((m) => m.a.events.length + m.b.events.length > 0);
  return (
    <LineChartFrame label={label} height={260} data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
      <XAxis dataKey="date" stroke="#444" minTickGap={32} />
      <YAxis domain={[0, 1]} stroke="#444" width={40} />
      <Tooltip />
      <Legend />
      {marked.map((m) => (
        <ReferenceLine key={m.date} x={m.date.slice(0, 7)} stroke="#bbb" strokeDasharray="2 3" />
      ))}
      <Line dataKey="a" name={pair.a} {...STEP_LINE} connectNulls={false} />
      <Line
        dataKey="b"
        name={pair.b}
        {...STEP_LINE}
        stroke="#b5482a"
        strokeDasharray="6 3"
        connectNulls={false}
      />
    </LineChartFrame>
  );
}
