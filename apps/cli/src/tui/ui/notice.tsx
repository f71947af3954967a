/** @jsxRuntime automatic @jsxImportSource react */
import { Box } from 'ink';
import { type Tone, ToneText } from './theme';

/** A one-off message where content would be: loading, nothing found, or what went wrong. */
export const Notice = ({ text, tone }: { text: string; tone: Tone }) => (
  <Box paddingX={1}>
    <ToneText tone={tone}>{text}</ToneText>
  </Box>
);
