/**
 * The one keymap: every command, the keys that run it, and what it does. The input handlers
 * resolve keys through it and the help screen (and the key table in docs/terminal-ui.md) is generated from it.
 *
 * Arrows: on Walls, Compliance and Diff ←/→ move the date (a month; with Shift a year), so the
 * Walls cursor moves with ↑/↓ between hosts and h/l between targets (j/k work as ↓/↑ too).
 * `[` `]` `{` `}` are the same date moves for terminals that do not send Shift-arrows.
 */
export const SCOPES = {
  global: 'Everywhere',
  move: 'Lists and panes',
  open: 'Details',
  date: 'Dates (Walls, Compliance, Diff)',
  timeline: 'Timeline',
  filter: 'Timeline filter (while typing)',
  walls: 'Walls',
  ask: 'Ask (typing goes to the field)',
  diff: 'Diff',
} as const;
export type Scope = keyof typeof SCOPES;

export interface Binding {
  scope: Scope;
  command: string;
  keys: readonly string[];
  help: string;
  /** Shown in the footer, in this short form … */
  hint?: string;
  /** … after these keys (default: the first key). */
  hintKeys?: string;
}

export const KEYMAP = [
  { scope: 'global', command: 'screen.next', keys: ['tab'], help: 'next screen', hint: 'screens' },
  { scope: 'global', command: 'screen.prev', keys: ['shift+tab'], help: 'previous screen' },
  { scope: 'global', command: 'screen.1', keys: ['1'], help: 'Timeline' },
  { scope: 'global', command: 'screen.2', keys: ['2'], help: 'Walls' },
  { scope: 'global', command: 'screen.3', keys: ['3'], help: 'Ask' },
  { scope: 'global', command: 'screen.4', keys: ['4'], help: 'Compliance' },
  { scope: 'global', command: 'screen.5', keys: ['5'], help: 'Diff' },
  { scope: 'global', command: 'screen.6', keys: ['6'], help: 'Sources' },
  { scope: 'global', command: 'help', keys: ['?'], help: 'show or hide these keys', hint: 'keys' },
  {
    scope: 'global',
    command: 'quit',
    keys: ['q', 'ctrl+c'],
    help: 'quit (Ctrl-C also while typing)',
    hint: 'quit',
  },

  { scope: 'move', command: 'move.up', keys: ['up', 'k'], help: 'up a line (Walls: previous host)' },
  {
    scope: 'move',
    command: 'move.down',
    keys: ['down', 'j'],
    help: 'down a line (Walls: next host)',
    hint: 'move',
    hintKeys: '↑↓',
  },
  { scope: 'move', command: 'page.up', keys: ['pageup'], help: 'up a page' },
  { scope: 'move', command: 'page.down', keys: ['pagedown'], help: 'down a page' },
  { scope: 'move', command: 'move.first', keys: ['home', 'g'], help: 'to the top' },
  { scope: 'move', command: 'move.last', keys: ['end', 'G'], help: 'to the bottom' },

  {
    scope: 'open',
    command: 'open',
    keys: ['enter'],
    help: 'open the selection: event detail, explanation',
    hint: 'open',
  },
  { scope: 'open', command: 'back', keys: ['esc', 'backspace'], help: 'close the detail', hint: 'back' },

  {
    scope: 'date',
    command: 'date.prevMonth',
    keys: ['left', '['],
    help: 'a month earlier',
    hint: 'month',
    hintKeys: '←→',
  },
  { scope: 'date', command: 'date.nextMonth', keys: ['right', ']'], help: 'a month later' },
  {
    scope: 'date',
    command: 'date.prevYear',
    keys: ['shift+left', '{'],
    help: 'a year earlier',
    hint: 'year',
    hintKeys: 'Shift-←→',
  },
  { scope: 'date', command: 'date.nextYear', keys: ['shift+right', '}'], help: 'a year later' },
  { scope: 'date', command: 'date.today', keys: ['t'], help: 'back to today' },

  {
    scope: 'timeline',
    command: 'filter.start',
    keys: ['/'],
    help: 'filter by actor or keyword',
    hint: 'filter',
  },
  {
    scope: 'timeline',
    command: 'year.prev',
    keys: ['left', '['],
    help: 'to the previous year',
    hint: 'year',
    hintKeys: '←→',
  },
  { scope: 'timeline', command: 'year.next', keys: ['right', ']'], help: 'to the next year' },
  {
    scope: 'filter',
    command: 'filter.done',
    keys: ['enter'],
    help: 'keep the filter, back to the list',
    hint: 'done',
  },
  { scope: 'filter', command: 'filter.cancel', keys: ['esc'], help: 'clear the filter', hint: 'clear' },

  {
    scope: 'walls',
    command: 'cursor.left',
    keys: ['h'],
    help: 'previous target',
    hint: 'target',
    hintKeys: 'hl',
  },
  { scope: 'walls', command: 'cursor.right', keys: ['l'], help: 'next target' },
  { scope: 'walls', command: 'capability.next', keys: ['c'], help: 'next capability', hint: 'capability' },
  { scope: 'walls', command: 'capability.prev', keys: ['C'], help: 'previous capability' },
  { scope: 'walls', command: 'surface.next', keys: ['s'], help: 'next surface', hint: 'surface' },
  { scope: 'walls', command: 'surface.prev', keys: ['S'], help: 'previous surface' },
  {
    scope: 'walls',
    command: 'empty.toggle',
    keys: ['e'],
    help: 'hide or show the rows and columns with nothing recorded',
    hint: 'empty',
  },

  { scope: 'ask', command: 'field.prev', keys: ['up'], help: 'previous field' },
  { scope: 'ask', command: 'field.next', keys: ['down'], help: 'next field', hint: 'field', hintKeys: '↑↓' },
  { scope: 'ask', command: 'field.complete', keys: ['right'], help: 'take the completion', hint: 'complete' },
  {
    scope: 'ask',
    command: 'field.enter',
    keys: ['enter'],
    help: 'take the completion, next field; ask on the last',
    hint: 'ask',
  },
  { scope: 'ask', command: 'field.clear', keys: ['esc', 'ctrl+u'], help: 'clear the field' },
  { scope: 'ask', command: 'answer.up', keys: ['pageup'], help: 'scroll the answer up' },
  { scope: 'ask', command: 'answer.down', keys: ['pagedown'], help: 'scroll the answer down' },

  {
    scope: 'diff',
    command: 'diff.focus',
    keys: ['f'],
    help: 'switch the date keys between from and to',
    hint: 'from/to',
  },
] as const satisfies readonly Binding[];

export type Command = (typeof KEYMAP)[number]['command'];
