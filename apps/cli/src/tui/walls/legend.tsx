/** @jsxRuntime automatic @jsxImportSource react */
import { Text } from 'ink';
import { STATUS_LETTER, STATUSES } from '../ui/status';
import { STATUS_BACKGROUND, useColour } from '../ui/theme';

/** What each letter and colour means. */
export function Legend() {
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
      <Text dimColor>· self ! error</Text>
    </Text>
  );
}
