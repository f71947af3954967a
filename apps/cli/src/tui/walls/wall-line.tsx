/** @jsxRuntime automatic @jsxImportSource react */
import { Text } from 'ink';
import type { Axes } from './walls-axes';
import { wallLine } from './walls-camps';
import type { CellResult } from './walls-cell';

interface Props {
  shown: Axes;
  all: Axes;
  result: (host: string, target: string) => CellResult | undefined;
  camp: (id: string) => string;
  at: string;
  surface: string;
  hideEmpty: boolean;
}

/** The matrix in one line: its biggest wall on this date, and what the hide-empty toggle left out. */
export function WallLine({ shown, all, result, camp, at, surface, hideEmpty }: Props) {
  const top = wallLine(shown, result, camp);
  const hidden = all.hosts.length - shown.hosts.length + all.targets.length - shown.targets.length;
  return (
    <Text wrap="truncate-end">
      <Text bold>
        {top
          ? `on ${at} ${top.host} blocks ${top.blocked} of ${top.camp}'s ${top.total} platforms on ${surface}`
          : `on ${at} no block is recorded on ${surface}`}
      </Text>
      <Text dimColor>
        {hideEmpty ? ` · ${hidden} empty hidden (e shows)` : ' · all shown (e hides empty)'}
      </Text>
    </Text>
  );
}
