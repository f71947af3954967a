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

/**
 * One host × target cell: the status letter on its colour, in lower case when inherited from a
 * broader rule, with `~` after it inside a change's uncertain window; the cursor's cell in brackets.
 */
export function Cell({ result, width, cursor, self }: CellProps) {
  const colour = useColour();
  const inherited = (result?.basis ?? result?.brief?.basis) === 'inherited';
  const uncertain = Boolean(result?.uncertain ?? result?.brief?.uncertain);
  const status = self ? '·' : !result ? ' ' : STATUS_LETTER[result.status];
  const letter = inherited ? status.toLowerCase() : status;
  const text = (cursor ? `[${letter}]` : ` ${letter}${uncertain ? '~' : ' '}`).padEnd(width - 1);
  const shade = result && !self ? result.status : null;
  return (
    <Text>
      <Text
        bold={cursor}
        {...(colour && shade ? { backgroundColor: STATUS_BACKGROUND[shade], color: 'black' } : {})}
      >
        {text}
      </Text>{' '}
    </Text>
  );
}
