import { Line, ReferenceArea, ReferenceDot, XAxis, YAxis } from 'recharts';
import { LineChartFrame, STEP_LINE } from '../../ui/line-chart-frame';
import type { HistoryChartData } from './history-steps';

interface Props {
  data: HistoryChartData;
  label: string;
  statusName: (status: string) => string;
}

const year = (x: number) => String(new Date(x).getUTCFullYear());

/** Room for the longest status name at the axis's 12 px, so none is clipped ("ınknown"). */
const labelWidth = (names: string[]) =>
  Math.ceil(Math.max(...names.map((n) => [...n].reduce((w, ch) => w + (ch > '\u2e80' ? 13 : 8), 0)))) + 16;

/** One crossing's status as a step line; uncertainty windows shaded, events as dots. */
export default function HistoryChart({ data, label, statusName }: Props) {
  return (
    <LineChartFrame
      label={label}
      height={200}
      data={data.points}
      margin={{ top: 12, right: 16, bottom: 4, left: 4 }}
      className="chart history-chart"
    >
      <XAxis
        dataKey="x"
        type="number"
        scale="time"
        domain={data.domain}
        ticks={data.ticks}
        interval={0}
        tickFormatter={year}
        stroke="#444"
      />
      <YAxis
        dataKey="level"
        type="number"
        domain={[0, data.levels.length - 1]}
        ticks={data.levels.map((_, i) => i)}
        tickFormatter={(i: number) => statusName(data.levels[i] ?? 'unknown')}
        stroke="#444"
        width={labelWidth(data.levels.map(statusName))}
      />
      {data.windows.map((w) => (
        <ReferenceArea
          key={`${w.x1}-${w.x2}`}
          x1={w.x1}
          x2={w.x2}
          className="history-window"
          fill="#b58900"
          fillOpacity={0.25}
          ifOverflow="extendDomain"
        />
      ))}
      <Line dataKey="level" {...STEP_LINE} />
      {data.events.map((e) => (
        <ReferenceDot
          key={e.x}
          x={e.x}
          y={e.level}
          r={5}
          className="history-event"
          fill="#7a2e1f"
          stroke="#fff"
        />
      ))}
    </LineChartFrame>
  );
}
