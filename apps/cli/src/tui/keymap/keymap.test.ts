import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { keyDocMarkdown } from './key-doc';
import { pressOf } from './key-name';
import { keyTable, keyTableMarkdown } from './key-table';
import { KEYMAP, type Scope } from './keymap';
import { commandFor } from './resolve';

const key = (over: Partial<Key> = {}): Key => ({
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
  ...over,
});

/** The scopes each screen puts in force together, as the screens pass them. */
const IN_FORCE: Scope[][] = [
  ['timeline', 'open', 'move', 'global'],
  ['filter', 'move', 'global'],
  ['date', 'walls', 'open', 'move', 'global'],
  ['date', 'open', 'move', 'global'],
  ['ask', 'global'],
  ['date', 'diff', 'move', 'global'],
];

describe('the keymap', () => {
  it('binds no key twice among the scopes any screen puts in force', () => {
    for (const scopes of IN_FORCE) {
      const seen = new Map<string, string>();
      for (const b of KEYMAP.filter((b) => scopes.includes(b.scope)))
        for (const k of b.keys) {
          expect(seen.get(k), `${k} in ${scopes.join('+')}`).toBeUndefined();
          seen.set(k, b.command);
        }
    }
  });

  it('resolves a key in the first scope that binds it, global last', () => {
    const left = pressOf('', key({ leftArrow: true }));
    expect(commandFor(left, ['date', 'walls', 'global'])).toBe('date.prevMonth');
    expect(commandFor(left, ['timeline', 'global'])).toBe('year.prev');
    expect(commandFor(pressOf('', key({ leftArrow: true, shift: true })), ['date'])).toBe('date.prevYear');
    expect(commandFor(pressOf('', key({ tab: true, shift: true })), ['global'])).toBe('screen.prev');
    expect(commandFor(pressOf('G', key({ shift: true })), ['move'])).toBe('move.last');
  });

  it('lets keys that type text type while a field has focus, but not Ctrl-C or arrows', () => {
    expect(commandFor(pressOf('q', key()), ['global'], true)).toBeUndefined();
    expect(commandFor(pressOf('2', key()), ['global'], true)).toBeUndefined();
    expect(commandFor(pressOf('c', key({ ctrl: true })), ['global'], true)).toBe('quit');
    expect(commandFor(pressOf('', key({ downArrow: true })), ['ask', 'global'], true)).toBe('field.next');
  });

  it('reads a paste as text that names no key', () => {
    expect(pressOf('home', key())).toEqual({ name: '', text: 'home' });
    expect(pressOf('', key({ home: true }))).toEqual({ name: 'home', text: null });
  });

  it('generates the help table from the same bindings', () => {
    const rows = keyTable().flatMap((s) => s.rows);
    expect(rows).toHaveLength(KEYMAP.length);
    expect(rows).toContainEqual({ keys: '← [', help: 'a month earlier' });
    expect(keyTableMarkdown()).toContain('| q Ctrl-C | quit (Ctrl-C also while typing) |');
  });

  it('is the key table docs/terminal-ui.md prints (run `npx --yes pnpm@10.34.8 write-docs` when it is stale)', () => {
    const doc = fileURLToPath(new URL('../../../../../docs/terminal-ui.md', import.meta.url));
    expect(readFileSync(doc, 'utf8')).toContain(keyDocMarkdown());
  });
});
