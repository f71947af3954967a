import { describe, expect, it } from 'vitest';
import type { Command } from '../keymap/keymap';
import { initialSources, sourcesReducer } from './sources-state';

const view = { count: 5, listHeight: 3, pageHeight: 10, pageLast: 4 };
const run = (...commands: Command[]) =>
  commands.reduce((s, command) => sourcesReducer(s, { command, view }), initialSources());

describe('sourcesReducer', () => {
  it('moves through the list, keeping the cursor in view', () => {
    expect(run('move.down', 'move.down', 'move.down')).toMatchObject({ row: 3, top: 1 });
    expect(run('move.last').row).toBe(4);
    expect(run('move.up').row).toBe(0);
  });

  it('opens the source under the cursor, scrolls its page, and goes back', () => {
    const open = run('move.down', 'open', 'page.down');
    expect(open).toMatchObject({ row: 1, open: { top: 4 } });
    expect(sourcesReducer(open, { command: 'back', view }).open).toBeNull();
  });
});
