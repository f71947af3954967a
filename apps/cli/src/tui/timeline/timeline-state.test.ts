import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { pressOf } from '../keymap/key-name';
import type { Command } from '../keymap/keymap';
import { initialTimeline, type TimelineView, timelineReducer } from './timeline-state';

const view: TimelineView = {
  count: 100,
  height: 10,
  yearStarts: [0, 40, 90],
  detailHeight: 10,
  detailLast: 25,
};
const type = (text: string) => ({ type: 'press' as const, press: pressOf(text, {} as Key) });
const run = (s = initialTimeline, ...commands: Parameters<typeof timelineReducer>[1][]) =>
  commands.reduce(timelineReducer, s);
const cmd = (command: Command, v = view) => ({ type: 'command' as const, command, view: v });

describe('timelineReducer', () => {
  it('moves the selection and keeps it in the window', () => {
    const s = run(initialTimeline, cmd('page.down'), cmd('page.down'));
    expect(s).toMatchObject({ selected: 18, top: 9 });
    expect(run(s, cmd('move.last'))).toMatchObject({ selected: 99, top: 90 });
    expect(run(s, cmd('move.first'))).toMatchObject({ selected: 0, top: 0 });
  });

  it('jumps by year', () => {
    const s = run(initialTimeline, cmd('year.next'), cmd('year.next'));
    expect(s.selected).toBe(90);
    expect(run(s, cmd('move.down'), cmd('year.prev')).selected).toBe(90);
    expect(run(s, cmd('year.prev')).selected).toBe(40);
  });

  it('types into the filter only while it has focus, and starts over on each change', () => {
    expect(run(initialTimeline, type('w')).query).toBe('');
    const s = run(initialTimeline, cmd('move.down'), cmd('filter.start'), type('we'), type('c'));
    expect(s).toMatchObject({ query: 'wec', typing: true, selected: 0 });
    expect(run(s, { type: 'press', press: { name: 'backspace', text: null } }).query).toBe('we');
    expect(run(s, cmd('filter.done'))).toMatchObject({ query: 'wec', typing: false });
    expect(run(s, cmd('filter.cancel'))).toMatchObject({ query: '', typing: false });
  });

  it('opens the selected event, scrolls it, and goes back', () => {
    const open = run(initialTimeline, cmd('open'), cmd('page.down'), cmd('page.down'), cmd('page.down'));
    expect(open.detail).toEqual({ top: 25 });
    expect(run(open, cmd('back')).detail).toBeNull();
    expect(run(initialTimeline, cmd('open', { ...view, count: 0 })).detail).toBeNull();
  });
});
