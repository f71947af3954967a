/** @jsxRuntime automatic @jsxImportSource react */
import { Box, Text } from 'ink';
import { useClient } from './ui/client-context';

/**
 * The top line: the screens with their number keys, the current one inverted, and where the ledger
 * is. While a field has focus (`typing`), digits type, so the numbers give way to Tab.
 */
export function Tabs({
  names,
  current,
  typing,
}: {
  names: readonly string[];
  current: number;
  typing: boolean;
}) {
  const { where } = useClient();
  return (
    <Box>
      <Box flexGrow={1} flexShrink={0}>
        <Text bold>hutong 互通 </Text>
        {names.map((name, i) => (
          <Text key={name} inverse={i === current}>
            {typing ? ` ${name} ` : ` ${i + 1} ${name} `}
          </Text>
        ))}
        {typing ? <Text dimColor> Tab/Shift-Tab: screens</Text> : null}
      </Box>
      <Box flexShrink={1} marginLeft={1}>
        <Text dimColor wrap="truncate-start">
          {where}
        </Text>
      </Box>
    </Box>
  );
}
