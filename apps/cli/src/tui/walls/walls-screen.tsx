/** @jsxRuntime automatic @jsxImportSource react */
import { Box, Text } from 'ink';
import { useMemo, useReducer } from 'react';
import type { Scope } from '../keymap/keymap';
import { useKeys } from '../keymap/use-keys';
import type { ScreenProps } from '../screen-props';
import { decisionDoc } from '../ui/decision-doc';
import { wrapDoc } from '../ui/doc';
import { DocView, lastTop } from '../ui/doc-view';
import { Hints } from '../ui/hints';
import { Notice } from '../ui/notice';
import { useRemote } from '../ui/use-remote';
import { Legend } from './legend';
import { wallsAxes } from './walls-axes';
import { WallsGrid } from './walls-grid';
import { wallsLayout } from './walls-layout';
import { initialWalls, wallsReducer } from './walls-state';
import { WallsSummary } from './walls-summary';

/** Who lets whom in: host × target for a capability and surface on a date; Enter explains a cell. */
export function WallsScreen({ width, height, active, today }: ScreenProps) {
  const [s, dispatch] = useReducer(wallsReducer, today, initialWalls);
  const actors = useRemote('actors', (c) => c.actors.list.query());
  const axes = useMemo(() => wallsAxes(actors.data ?? []), [actors.data]);
  const layout = wallsLayout(width, height, axes);
  const { capability, surface, at } = s;
  const cells = useRemote(actors.data ? `${at}|${capability}|${surface}` : null, (c) =>
    c.decisions.decideMany.query({
      detail: 'brief',
      questions: axes.hosts.flatMap((host) =>
        axes.targets.map((target) => ({ host, target, surface, capability, at })),
      ),
    }),
  );
  const host = axes.hosts[s.row] ?? '';
  const target = axes.targets[s.col] ?? '';
  const explained = useRemote(s.explain ? `${host}|${target}|${at}|${capability}|${surface}` : null, (c) =>
    c.decisions.decide.query({ host, target, surface, capability, at }),
  );
  const paneHeight = height - 2;
  const doc = useMemo(
    () => (explained.data ? wrapDoc(decisionDoc(explained.data), width - 1) : []),
    [explained.data, width],
  );
  const view = {
    hosts: axes.hosts.length,
    targets: axes.targets.length,
    ...layout,
    explainHeight: paneHeight,
    explainLast: lastTop(doc, paneHeight),
    today,
  };
  const scopes: Scope[] = s.explain ? ['date', 'open', 'move'] : ['date', 'walls', 'open', 'move'];
  useKeys({ scopes, active, onCommand: (command) => dispatch({ command, view }) });

  const error = actors.error ?? cells.error;
  const busy = cells.loading || actors.loading ? ' …' : '';
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
          <WallsGrid axes={axes} results={cells.data} state={s} layout={layout} />
          <Legend />
          <WallsSummary
            host={host}
            target={target}
            result={cells.data?.[s.row * axes.targets.length + s.col]}
          />
        </Box>
      )}
      <Hints scopes={scopes} />
    </Box>
  );
}
