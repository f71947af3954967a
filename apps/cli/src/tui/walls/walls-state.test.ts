import { describe, expect, it } from 'vitest';
import type { Command } from '../keymap/keymap';
import { initialWalls, type WallsView, wallsReducer } from './walls-state';

const view: WallsView = {
  hosts: 14,
  targets: 17,
  rowsShown: 5,
  colsShown: 8,
  explainHeight: 10,
  explainLast: 12,
  today: '2026-11-22',
};
const run = (...commands: Command[]) =>
  commands.reduce((s, command) => wallsReducer(s, { command, view }), initialWalls('2021-06-15'));

describe('wallsReducer', () => {
  it('moves the date by months with ←/→ and by years with Shift', () => {
    expect(run('date.nextMonth', 'date.nextMonth').at).toBe('2021-08-15');
    expect(run('date.prevYear').at).toBe('2020-06-15');
    expect(run('date.today').at).toBe('2026-11-22');
  });

  it('moves the cursor between hosts and targets, scrolling the window, within the matrix', () => {
    const s = run('move.down', 'move.down', 'move.down', 'move.down', 'move.down', 'cursor.right');
    expect(s).toMatchObject({ row: 5, rowTop: 1, col: 1, colTop: 0 });
    expect(run('move.last', 'cursor.left')).toMatchObject({ row: 13, rowTop: 9, col: 0 });
    expect(run(...Array<Command>(20).fill('cursor.right')).col).toBe(16);
  });

  it('cycles capabilities and surfaces', () => {
    expect(run('capability.next').capability).toBe('card.share');
    expect(run('capability.prev').capability).toBe('transfer.send');
    expect(run('surface.next').surface).toBe('group-chat');
  });

  it('explains the cell, scrolls the explanation, follows the date and goes back', () => {
    const s = run('open', 'page.down', 'page.down');
    expect(s.explain).toEqual({ top: 12 });
    expect(wallsReducer(s, { command: 'date.nextMonth', view })).toMatchObject({
      at: '2021-07-15',
      explain: { top: 12 },
    });
    expect(wallsReducer(s, { command: 'back', view }).explain).toBeNull();
    expect(wallsReducer(s, { command: 'cursor.right', view }).col).toBe(0);
  });

  it('hides empty rows and columns by default; e shows them, the cursor staying on its host and target', () => {
    expect(run().hideEmpty).toBe(true);
    const s = run('cursor.right', 'empty.toggle');
    expect(s).toMatchObject({ hideEmpty: false, row: 0, col: 0 });
    // Where the screen finds the same host and target among all rows and columns.
    const moved = wallsReducer(initialWalls('2021-06-15'), {
      command: 'empty.toggle',
      view: { ...view, toggled: { row: 9, col: 12 } },
    });
    expect(moved).toMatchObject({ hideEmpty: false, row: 9, col: 12, rowTop: 5, colTop: 5 });
    expect(run('empty.toggle', 'empty.toggle').hideEmpty).toBe(true);
  });
});
