/** @jsxRuntime automatic @jsxImportSource react */
import { Text } from 'ink';
import { STATUS_LETTER, STATUSES } from '../ui/status';
import { STATUS_BACKGROUND, useColour } from '../ui/theme';

/** What each letter and colour means; on a wide terminal the inherited and uncertain marks too (always on `?`). */
export function Legend({ wide }: { wide: boolean }) {
  const colour = useColour();
  return (
    <Text wrap="truncate-end">
      {STATUSES.map((s) => (
        <Text key={s}>
          <Text
            {...(colour ? { backgroundColor: STATUS_BACKGROUND[s], color: 'black' } : {})}
          >{` ${STATUS_LETTER[s]} `}</Text>
          {` ${s}  `}
        </Text>
      ))}
      <Text dimColor>· self ! error{wide ? ' · b inherited · B~ uncertain window' : ''}</Text>
    </Text>
  );
}
