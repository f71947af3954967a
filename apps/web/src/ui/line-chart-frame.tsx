import type { ReactNode } from 'react';
import { CartesianGrid, LineChart, ResponsiveContainer } from 'recharts';

/** The site's step line: a status or index holds until the month it changes. */
export const STEP_LINE = {
  type: 'stepAfter',
  stroke: '#1f5f7a',
  strokeWidth: 2,
  dot: false,
  isAnimationActive: false,
} as const;

interface Props<D> {
  /** What the chart shows, said to screen readers; a table beside it carries the numbers. */
  label: string;
  height: number;
  data: readonly D[];
  margin: { top: number; right: number; bottom: number; left: number };
  className?: string;
  /** The axes, lines and marks. */
  children: ReactNode;
}

/** A line chart as one image, full width, on the site's grid; recharts' own keyboard layer is off. */
export function LineChartFrame<D>({ label, height, data, margin, className = 'chart', children }: Props<D>) {
  return (
    <div className={className} role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={data as D[]} margin={margin} accessibilityLayer={false}>
          <CartesianGrid stroke="#ddd" strokeDasharray="3 3" />
          {children}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
