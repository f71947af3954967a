/** @jsxRuntime automatic @jsxImportSource react */
import { Box, Text } from 'ink';
import { ToneText } from '../ui/theme';
import { FIELDS, type Field, type Values } from './ask-state';

const LABELS: Record<Field, string> = {
  host: 'host',
  surface: 'surface',
  capability: 'capability',
  target: 'target / URL',
  at: 'date',
};

interface AskFormProps {
  values: Values;
  field: number;
  /** Ids matching the focused field's text. */
  candidates: readonly string[];
}

/** The question's five fields, the focused one with a cursor and its completions beside it. */
export function AskForm({ values, field, candidates }: AskFormProps) {
  return (
    <Box flexDirection="column">
      {FIELDS.map((f, i) => (
        <Text key={f} wrap="truncate-end">
          <Text bold={i === field}>{`${i === field ? '›' : ' '} ${LABELS[f].padEnd(13)}`}</Text>
          <Text inverse={i === field}>{values[f] || ' '}</Text>
          {i === field ? '▏' : ''}
          {i === field && candidates.length ? (
            <ToneText tone="dim">{`   ${candidates.join('  ')}`}</ToneText>
          ) : null}
        </Text>
      ))}
    </Box>
  );
}
