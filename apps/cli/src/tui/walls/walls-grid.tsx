/** @jsxRuntime automatic @jsxImportSource react */
import { Box, Text } from 'ink';
import type { Axes } from './walls-axes';
import { Cell, type CellResult } from './walls-cell';
import { campLine, headerLines, type WallsLayout } from './walls-layout';
import type { WallsState } from './walls-state';

interface GridProps {
  axes: Axes;
  /** decideMany's answer for a cell; undefined before the first arrives. */
  result: (host: string, target: string) => CellResult | undefined;
  camp: (id: string) => string;
  /** The cursor, within `axes`. */
  row: number;
  col: number;
  state: Pick<WallsState, 'rowTop' | 'colTop'>;
  layout: WallsLayout;
}

/**
 * The part of the host × target matrix in view: camps named over their targets, target names above,
 * host names beside, a divider line where a camp of hosts begins.
 */
export function WallsGrid({ axes, result, camp, row, col, state, layout }: GridProps) {
  const [even, odd] = headerLines(axes.targets, state.colTop, layout);
  const hosts = axes.hosts.slice(state.rowTop, state.rowTop + layout.rowsShown);
  const targets = axes.targets.slice(state.colTop, state.colTop + layout.colsShown);
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate-end">
        {campLine(axes.targets, camp, state.colTop, layout)}
      </Text>
      <Text dimColor wrap="truncate-end">
        {even}
      </Text>
      <Text dimColor wrap="truncate-end">
        {odd}
      </Text>
      {hosts.map((host, i) => {
        const r = state.rowTop + i;
        const divider = i === 0 || camp(hosts[i - 1]!) !== camp(host);
        return (
          <Box key={host} flexDirection="column">
            {divider ? <Text bold wrap="truncate-end">{`── ${camp(host)} ──`}</Text> : null}
            <Box>
              <Text bold={r === row} wrap="truncate-end">
                {host.padEnd(layout.labelWidth).slice(0, layout.labelWidth)}
              </Text>
              {targets.map((target, j) => (
                <Cell
                  key={target}
                  result={result(host, target)}
                  width={layout.cellWidth}
                  cursor={r === row && state.colTop + j === col}
                  self={host === target}
                />
              ))}
            </Box>
          </Box>
        );
      })}
    </Box>
  );
}
