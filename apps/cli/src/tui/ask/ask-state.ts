import type { Press } from '../keymap/key-name';
import type { Command } from '../keymap/keymap';
import { scrollTo, stepOf } from '../ui/scroll';
import { editText } from '../ui/text-edit';

export const FIELDS = ['host', 'surface', 'capability', 'target', 'at'] as const;
export type Field = (typeof FIELDS)[number];
export type Values = Record<Field, string>;

export interface AskState {
  values: Values;
  field: number;
  /** The question last asked (with a serial, so asking again reloads), and the answer pane's top. */
  asked: { values: Values; serial: number } | null;
  top: number;
}

export const initialAsk = (today: string): AskState => ({
  values: { host: '', surface: 'private-chat', capability: 'link.open', target: '', at: today },
  field: 0,
  asked: null,
  top: 0,
});

export interface AskView {
  /** The completion on offer for the focused field, if any. */
  completion: string | undefined;
  answerHeight: number;
  answerLast: number;
}

export type AskAction =
  | { type: 'command'; command: Command; view: AskView }
  | { type: 'press'; press: Press };

const setField = (s: AskState, value: string): AskState => ({
  ...s,
  values: { ...s.values, [FIELDS[s.field]!]: value },
});

export function askReducer(s: AskState, a: AskAction): AskState {
  if (a.type === 'press') {
    const value = editText(s.values[FIELDS[s.field]!], a.press);
    return value === null ? s : setField(s, value);
  }
  const { command, view } = a;
  const last = FIELDS.length - 1;
  switch (command) {
    case 'field.prev':
      return { ...s, field: Math.max(0, s.field - 1) };
    case 'field.next':
      return { ...s, field: Math.min(last, s.field + 1) };
    case 'field.clear':
      return setField(s, '');
    case 'field.complete':
      return view.completion ? setField(s, view.completion) : s;
    case 'field.enter':
      return enter(view.completion ? setField(s, view.completion) : s);
    case 'answer.up':
    case 'answer.down': {
      const step = stepOf(command === 'answer.up' ? 'page.up' : 'page.down', view.answerHeight)!;
      return { ...s, top: scrollTo(s.top, step, view.answerLast) };
    }
    default:
      return s;
  }
}

/** Enter: ask once every field has a value, otherwise go to the next empty field. */
function enter(s: AskState): AskState {
  const empty = FIELDS.findIndex((f, i) => i > s.field && s.values[f].trim() === '');
  const anyEmpty = FIELDS.findIndex((f) => s.values[f].trim() === '');
  if (anyEmpty === -1)
    return { ...s, asked: { values: s.values, serial: (s.asked?.serial ?? 0) + 1 }, top: 0 };
  return { ...s, field: empty === -1 ? anyEmpty : empty };
}
