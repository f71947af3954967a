/** @jsxRuntime automatic @jsxImportSource react */
import type { RouterOutputs } from '@hutong/client';
import { Text } from 'ink';
import { STATUS_LETTER } from '../ui/status';
import { STATUS_BACKGROUND, useColour } from '../ui/theme';

export type CellResult = RouterOutputs['decisions']['decideMany'][number];

interface CellProps {
  result: CellResult | undefined;
  width: number;
  cursor: boolean;
  self: boolean;
}

/** One host × target cell: the status letter on its colour; the cursor's cell in brackets. */
export function Cell({ result, width, cursor, self }: CellProps) {
  const colour = useColour();
  const letter = self ? '·' : !result ? ' ' : result.ok ? STATUS_LETTER[result.decision.status] : '!';
  const text = (cursor ? `[${letter}]` : ` ${letter} `).padEnd(width - 1);
  const status = result?.ok && !self ? result.decision.status : null;
  return (
    <Text>
      <Text
        bold={cursor}
        {...(colour && status ? { backgroundColor: STATUS_BACKGROUND[status], color: 'black' } : {})}
        {...(colour && result && !result.ok ? { color: 'red' } : {})}
      >
        {text}
      </Text>{' '}
    </Text>
  );
}
