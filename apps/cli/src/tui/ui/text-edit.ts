import type { Press } from '../keymap/key-name';

/** A field's text after a key press while it has focus, or null when the key does not edit text. */
export function editText(value: string, press: Press): string | null {
  if (press.text !== null) return value + press.text;
  if (press.name === 'backspace') return [...value].slice(0, -1).join('');
  if (press.name === 'ctrl+u') return '';
  if (press.name === 'ctrl+w') return value.replace(/\S*\s*$/, '');
  return null;
}
