import { Tooltip, XAxis, YAxis } from 'recharts';

/**
 * The openness index's axes, by month and 0 to 100, for the actor's chart and the what-if's. An
 * element, not a component, so recharts finds the axes among the chart's own children.
 */
export const OPENNESS_AXES = (
  <>
    <XAxis dataKey="date" stroke="#444" minTickGap={32} />
    <YAxis domain={[0, 100]} stroke="#444" width={40} />
    <Tooltip />
  </>
);
