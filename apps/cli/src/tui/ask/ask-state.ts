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
  /** The focused field was just entered: the first text typed replaces its value, as a selected field's would. */
  fresh: boolean;
  /** The question last asked (with a serial, so asking again reloads), and the answer pane's top. */
  asked: { values: Values; serial: number } | null;
  top: number;
}

export const initialAsk = (today: string): AskState => ({
  values: { host: '', surface: '*', capability: 'link.open', target: '', at: today },
  field: 0,
  fresh: false,
  asked: null,
  top: 0,
});

export interface AskView {
  /** The completion on offer for the focused field, if any. */
  completion: string | undefined;
  /** The field value the completion was offered for: keys read in one burst may have moved on since. */
  completionFor?: string;
  answerHeight: number;
  answerLast: number;
}

export type AskAction =
  | { type: 'command'; command: Command; view: AskView }
  | { type: 'press'; press: Press };

const setField = (s: AskState, value: string): AskState => ({
  ...s,
  fresh: false,
  values: { ...s.values, [FIELDS[s.field]!]: value },
});

const focus = (s: AskState, field: number): AskState =>
  field === s.field ? s : { ...s, field, fresh: true };

export function askReducer(s: AskState, a: AskAction): AskState {
  if (a.type === 'press') {
    const current = s.values[FIELDS[s.field]!];
    const value = editText(s.fresh && a.press.text !== null ? '' : current, a.press);
    return value === null ? s : setField(s, value);
  }
  const { command } = a;
  const current = s.values[FIELDS[s.field]!];
  const view =
    a.view.completionFor === undefined || a.view.completionFor === current
      ? a.view
      : { ...a.view, completion: undefined };
  const last = FIELDS.length - 1;
  switch (command) {
    case 'field.prev':
      return focus(s, Math.max(0, s.field - 1));
    case 'field.next':
      return focus(s, Math.min(last, s.field + 1));
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

/**
 * Enter moves to the next field, as in any form, so what is typed next lands where the cursor shows;
 * on the last field it asks, or goes back to the first field left empty.
 */
function enter(s: AskState): AskState {
  if (s.field < FIELDS.length - 1) return focus(s, s.field + 1);
  const empty = FIELDS.findIndex((f) => s.values[f].trim() === '');
  if (empty !== -1) return focus(s, empty);
  return { ...s, fresh: true, asked: { values: s.values, serial: (s.asked?.serial ?? 0) + 1 }, top: 0 };
}
