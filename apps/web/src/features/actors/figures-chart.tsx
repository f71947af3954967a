import type { RouterOutputs } from '@hutong/client';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

type Figure = RouterOutputs['figures']['list'][number];

/** Axis numbers short enough to fit their gutter: 1.3B, 800M, 45. */
const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

/** One metric over time; the table beside it carries the same numbers for screen readers. */
export default function FiguresChart({ series, label }: { series: readonly Figure[]; label: string }) {
  const data = series.map((f) => ({ date: f.date.slice(0, f.precision === 'year' ? 4 : 7), value: f.value }));
  return (
    <div className="chart" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={220}>
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#ddd" strokeDasharray="3 3" />
          <XAxis dataKey="date" stroke="#444" />
          <YAxis stroke="#444" width={56} tickFormatter={(v: number) => compact.format(v)} />
          <Tooltip />
          <Line
            type="monotone"
            dataKey="value"
            stroke="#7a2e1f"
            strokeWidth={2}
            dot
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
