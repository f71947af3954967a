/** @jsxRuntime automatic @jsxImportSource react */
import { Box, Text } from 'ink';
import type { Axes } from './walls-axes';
import { Cell, type CellResult } from './walls-cell';
import { headerLines, type WallsLayout } from './walls-layout';
import type { WallsState } from './walls-state';

interface GridProps {
  axes: Axes;
  /** decideMany's answers, host-major; undefined before the first arrives. */
  results: readonly CellResult[] | undefined;
  state: WallsState;
  layout: WallsLayout;
}

/** The part of the host × target matrix in view, with target names above and host names beside. */
export function WallsGrid({ axes, results, state, layout }: GridProps) {
  const [even, odd] = headerLines(axes.targets, state.colTop, layout);
  const hosts = axes.hosts.slice(state.rowTop, state.rowTop + layout.rowsShown);
  const targets = axes.targets.slice(state.colTop, state.colTop + layout.colsShown);
  return (
    <Box flexDirection="column">
      <Text dimColor wrap="truncate-end">
        {even}
      </Text>
      <Text dimColor wrap="truncate-end">
        {odd}
      </Text>
      {hosts.map((host, i) => {
        const r = state.rowTop + i;
        return (
          <Box key={host}>
            <Text bold={r === state.row} wrap="truncate-end">
              {host.padEnd(layout.labelWidth).slice(0, layout.labelWidth)}
            </Text>
            {targets.map((target, j) => {
              const c = state.colTop + j;
              return (
                <Cell
                  key={target}
                  result={results?.[r * axes.targets.length + c]}
                  width={layout.cellWidth}
                  cursor={r === state.row && c === state.col}
                  self={host === target}
                />
              );
            })}
          </Box>
        );
      })}
    </Box>
  );
}
