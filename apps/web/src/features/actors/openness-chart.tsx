import type { RouterOutputs } from '@hutong/client';
import { Line } from 'recharts';
import { LineChartFrame, STEP_LINE } from '../../ui/line-chart-frame';
import { OPENNESS_AXES } from './openness-axes';

type Point = RouterOutputs['analysis']['openness']['points'][number];

/** The openness index month by month; gaps where too little is recorded to score. */
export default function OpennessChart({ points, label }: { points: readonly Point[]; label: string }) {
  const data = points.map((p) => ({ date: p.date.slice(0, 7), value: p.value }));
  return (
    <LineChartFrame label={label} height={240} data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
      {OPENNESS_AXES}
      <Line dataKey="value" {...STEP_LINE} connectNulls={false} />
    </LineChartFrame>
  );
}
