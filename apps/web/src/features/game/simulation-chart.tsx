import type { RouterOutputs } from '@hutong/client';
import { Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { LineChartFrame, STEP_LINE } from '../../ui/line-chart-frame';

type Simulation = RouterOutputs['game']['simulate'];

/** Expected cooperation month by month, with the regulation's fine and without the regulation. */
export default function SimulationChart({
  simulation: s,
  label,
  names,
}: {
  simulation: Simulation;
  label: string;
  names: { with: string; without: string };
}) {
  const data = s.with.steps.map((w, i) => ({
    date: w.date.slice(0, 7),
    with: w.cooperation,
    without: s.without.steps[i]?.cooperation ?? null,
  }));
  return (
    <LineChartFrame label={label} height={240} data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
      <XAxis dataKey="date" stroke="#444" minTickGap={32} />
      <YAxis domain={[0, 1]} stroke="#444" width={40} />
      <Tooltip />
      <Legend />
      {s.with.fineFrom ? <ReferenceLine x={s.with.fineFrom.slice(0, 7)} stroke="#888" /> : null}
      <Line dataKey="with" name={names.with} {...STEP_LINE} />
      <Line dataKey="without" name={names.without} {...STEP_LINE} stroke="#b5482a" strokeDasharray="6 3" />
    </LineChartFrame>
  );
}
