/** @jsxRuntime automatic @jsxImportSource react */
import { Text } from 'ink';
import { hints } from '../keymap/key-table';
import type { Scope } from '../keymap/keymap';
import { ToneText } from './theme';

/** One line of key reminders for the scopes in force, from the keymap; global ones last. */
export function Hints({ scopes }: { scopes: readonly Scope[] }) {
  const all = hints([...scopes, 'global']);
  return (
    <Text wrap="truncate-end">
      {all.map((h, i) => (
        <Text key={`${h.keys}${h.hint}`}>
          {i > 0 ? '  ' : ''}
          <ToneText tone="accent">{h.keys}</ToneText> {h.hint}
        </Text>
      ))}
    </Text>
  );
}
