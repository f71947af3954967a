import type { Key } from 'ink';

/** A key press: its name in the keymap, and the text it types (null for a named key such as ←). */
export interface Press {
  name: string;
  text: string | null;
}

export function pressOf(input: string, key: Key): Press {
  const name = keyName(input, key);
  if (name !== input || key.ctrl || key.meta || hasControl(input) || input === '')
    return { name, text: null };
  // A paste arrives as one string: it types, and names no key.
  return { name: input.length === 1 ? input : '', text: input };
}

const hasControl = (s: string) => [...s].some((ch) => ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127);

/** `q`, `?`, `enter`, `shift+left`, `ctrl+c`, … */
function keyName(input: string, key: Key): string {
  if (key.ctrl && input.length === 1) return `ctrl+${input.toLowerCase()}`;
  if (key.tab) return key.shift ? 'shift+tab' : 'tab';
  if (key.return) return 'enter';
  if (key.escape) return 'esc';
  if (key.backspace || key.delete) return 'backspace';
  const shift = key.shift ? 'shift+' : '';
  if (key.upArrow) return `${shift}up`;
  if (key.downArrow) return `${shift}down`;
  if (key.leftArrow) return `${shift}left`;
  if (key.rightArrow) return `${shift}right`;
  if (key.pageUp) return 'pageup';
  if (key.pageDown) return 'pagedown';
  if (key.home) return 'home';
  if (key.end) return 'end';
  return input;
}

const LABELS: Record<string, string> = {
  tab: 'Tab',
  'shift+tab': 'Shift-Tab',
  enter: 'Enter',
  esc: 'Esc',
  backspace: 'Backspace',
  up: '↑',
  down: '↓',
  left: '←',
  right: '→',
  'shift+left': 'Shift-←',
  'shift+right': 'Shift-→',
  pageup: 'PgUp',
  pagedown: 'PgDn',
  home: 'Home',
  end: 'End',
  'ctrl+c': 'Ctrl-C',
  'ctrl+u': 'Ctrl-U',
};

/** How a key is written for people. */
export const keyLabel = (name: string): string => LABELS[name] ?? name;
