/** @jsxRuntime automatic @jsxImportSource react */
import { Box, Text } from 'ink';
import { useCallback, useMemo, useReducer } from 'react';
import { decisionDoc } from '../../views/decision-doc';
import { wrapDoc } from '../../views/doc';
import type { Scope } from '../keymap/keymap';
import { useKeys } from '../keymap/use-keys';
import type { ScreenProps } from '../screen-props';
import { DocView, lastTop } from '../ui/doc-view';
import { Hints } from '../ui/hints';
import { Notice } from '../ui/notice';
import { useRemote } from '../ui/use-remote';
import { Legend } from './legend';
import { WallLine } from './wall-line';
import { axesOf } from './walls-axes';
import { withRecords } from './walls-camps';
import { WallsGrid } from './walls-grid';
import { wallsLayout } from './walls-layout';
import { initialWalls, wallsReducer } from './walls-state';
import { WallsSummary } from './walls-summary';

/** Who lets whom in: host × target for a capability and surface on a date; Enter explains a cell. */
export function WallsScreen({ width, height, active, today }: ScreenProps) {
  const [s, dispatch] = useReducer(wallsReducer, today, initialWalls);
  const { capability, surface, at } = s;
  // Rows, columns and cells come from the server, derived from the ledger as the web's wall map is.
  const cells = useRemote(`${at}|${capability}|${surface}`, (c) =>
    c.analysis.walls.query({ at, capability, surface, detail: 'brief' }),
  );
  const { axes, camp } = useMemo(() => axesOf(cells.data), [cells.data]);
  const result = useCallback(
    (h: string, t: string) =>
      cells.data?.cells[axes.hosts.indexOf(h) * axes.targets.length + axes.targets.indexOf(t)],
    [cells.data, axes],
  );
  // What is shown: by default only the rows and columns with something recorded on this date.
  const shown = useMemo(
    () => (s.hideEmpty ? withRecords(axes, cells.data?.cells) : axes),
    [s.hideEmpty, axes, cells.data],
  );
  const layout = wallsLayout(width, height, shown, new Set(shown.hosts.map(camp)).size);
  const row = Math.max(0, Math.min(s.row, shown.hosts.length - 1));
  const col = Math.max(0, Math.min(s.col, shown.targets.length - 1));
  const host = shown.hosts[row] ?? '';
  const target = shown.targets[col] ?? '';
  const explained = useRemote(s.explain ? `${host}|${target}|${at}|${capability}|${surface}` : null, (c) =>
    c.decisions.decide.query({ host, target, surface, capability, at }),
  );
  const paneHeight = height - 2;
  const doc = useMemo(
    () => (explained.data ? wrapDoc(decisionDoc(explained.data), width - 1) : []),
    [explained.data, width],
  );
  const other = useMemo(
    () => (s.hideEmpty ? axes : withRecords(axes, cells.data?.cells)),
    [s.hideEmpty, axes, cells.data],
  );
  const toggled = {
    row: Math.max(0, other.hosts.indexOf(host)),
    col: Math.max(0, other.targets.indexOf(target)),
  };
  const view = {
    toggled,
    hosts: shown.hosts.length,
    targets: shown.targets.length,
    ...layout,
    explainHeight: paneHeight,
    explainLast: lastTop(doc, paneHeight),
    today,
  };
  const scopes: Scope[] = s.explain ? ['date', 'open', 'move'] : ['date', 'walls', 'open', 'move'];
  useKeys({ scopes, active, onCommand: (command) => dispatch({ command, view }) });

  const error = cells.error;
  const busy = cells.loading ? ' …' : '';
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text wrap="truncate-end">
        <Text bold>Walls</Text>
        {` · ${capability} · ${surface} · at `}
        <Text bold>{at}</Text>
        <Text dimColor>{busy}</Text>
      </Text>
      {s.explain ? (
        <Box height={paneHeight}>
          {explained.error ? (
            <Notice tone="error" text={explained.error} />
          ) : (
            <DocView doc={doc} top={s.explain.top} height={paneHeight} />
          )}
        </Box>
      ) : error ? (
        <Box height={paneHeight}>
          <Notice tone="error" text={error} />
        </Box>
      ) : (
        <Box flexDirection="column" height={paneHeight}>
          <WallsGrid axes={shown} result={result} camp={camp} row={row} col={col} state={s} layout={layout} />
          <Legend wide={width >= 110} />
          <WallLine
            shown={shown}
            all={axes}
            result={result}
            camp={camp}
            at={at}
            surface={surface}
            hideEmpty={s.hideEmpty}
          />
          <WallsSummary host={host} target={target} result={result(host, target)} />
        </Box>
      )}
      <Hints scopes={scopes} />
    </Box>
  );
}
