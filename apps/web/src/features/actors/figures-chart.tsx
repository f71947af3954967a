import type { RouterOutputs } from '@hutong/client';
import { Line, Tooltip, XAxis, YAxis } from 'recharts';
import { LineChartFrame } from '../../ui/line-chart-frame';

type Figure = RouterOutputs['figures']['list'][number];

/** Axis numbers short enough to fit their gutter: 1.3B, 800M, 45. */
const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

/** One metric over time; the table beside it carries the same numbers for screen readers. */
export default function FiguresChart({ series, label }: { series: readonly Figure[]; label: string }) {
  const data = series.map((f) => ({ date: f.date.slice(0, f.precision === 'year' ? 4 : 7), value: f.value }));
  return (
    <LineChartFrame label={label} height={220} data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
      <XAxis dataKey="date" stroke="#444" />
      <YAxis stroke="#444" width={56} tickFormatter={(v: number) => compact.format(v)} />
      <Tooltip />
      <Line type="monotone" dataKey="value" stroke="#7a2e1f" strokeWidth={2} dot isAnimationActive={false} />
    </LineChartFrame>
  );
}
