/** @jsxRuntime automatic @jsxImportSource react */
import { Box, Text } from 'ink';
import { useClient } from './ui/client-context';

/** The top line: the screens with their number keys, the current one inverted, and where the ledger is. */
export function Tabs({ names, current }: { names: readonly string[]; current: number }) {
  const { where } = useClient();
  return (
    <Box>
      <Box flexGrow={1} flexShrink={0}>
        <Text bold>hutong 互通 </Text>
        {names.map((name, i) => (
          <Text key={name} inverse={i === current}>
            {` ${i + 1} ${name} `}
          </Text>
        ))}
      </Box>
      <Box flexShrink={1} marginLeft={1}>
        <Text dimColor wrap="truncate-start">
          {where}
        </Text>
      </Box>
    </Box>
  );
}
