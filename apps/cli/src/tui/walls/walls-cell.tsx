/** @jsxRuntime automatic @jsxImportSource react */
import type { WallCell } from '@hutong/domain';
import { Text } from 'ink';
import { STATUS_LETTER } from '../ui/status';
import { STATUS_BACKGROUND, useColour } from '../ui/theme';

/** One cell as `analysis.walls` answers it. */
export type CellResult = WallCell;

interface CellProps {
  result: CellResult | undefined;
  width: number;
  cursor: boolean;
  self: boolean;
}

/** One host × target cell: the status letter on its colour; the cursor's cell in brackets. */
export function Cell({ result, width, cursor, self }: CellProps) {
  const colour = useColour();
  const letter = self ? '·' : !result ? ' ' : STATUS_LETTER[result.status];
  const text = (cursor ? `[${letter}]` : ` ${letter} `).padEnd(width - 1);
  const status = result && !self ? result.status : null;
  return (
    <Text>
      <Text
        bold={cursor}
        {...(colour && status ? { backgroundColor: STATUS_BACKGROUND[status], color: 'black' } : {})}
      >
        {text}
      </Text>{' '}
    </Text>
  );
}
