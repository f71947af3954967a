import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { pressOf } from '../keymap/key-name';
import type { Command } from '../keymap/keymap';
import { type AskAction, askReducer, initialAsk } from './ask-state';

const view = { completion: undefined, answerHeight: 10, answerLast: 30 };
const type = (text: string): AskAction => ({ type: 'press', press: pressOf(text, {} as Key) });
const cmd = (command: Command, completion?: string): AskAction => ({
  type: 'command',
  command,
  view: { ...view, completion },
});
const run = (...actions: AskAction[]) => actions.reduce(askReducer, initialAsk('2021-12-01'));

describe('askReducer', () => {
  it('starts with a surface, a capability and today filled in', () => {
    expect(initialAsk('2021-12-01').values).toEqual({
      host: '',
      surface: '*',
      capability: 'link.open',
      target: '',
      at: '2021-12-01',
    });
  });

  it('takes the completion on Enter and goes to the next field, filled or not', () => {
    const s = run(type('wec'), cmd('field.enter', 'wechat'));
    expect(s.values.host).toBe('wechat');
    expect(s.field).toBe(1);
    expect(s.asked).toBeNull();
  });

  it('replaces a filled field with what is typed first after entering it', () => {
    const s = run(type('wechat'), cmd('field.enter'), type('group-chat'));
    expect(s.values.surface).toBe('group-chat');
    expect(run(cmd('field.next'), type('x'), type('y')).values.surface).toBe('xy');
  });

  it('asks from the last field once every field has a value, and again on the next Enter', () => {
    const enter = cmd('field.enter');
    const s = run(type('wechat'), enter, enter, enter, type('taobao'), enter, enter);
    expect(s.asked).toMatchObject({ serial: 1, values: { host: 'wechat', target: 'taobao' } });
    expect(askReducer(s, enter).asked?.serial).toBe(2);
    expect(run(enter, enter, enter, enter, enter).field).toBe(0);
  });

  it('edits the focused field: typing, backspace, clear; → takes the completion', () => {
    const s = run(cmd('field.next'), { type: 'press', press: { name: 'backspace', text: null } });
    expect(s.values.surface).toBe('');
    expect(run(cmd('field.next'), cmd('field.clear')).values.surface).toBe('');
    expect(run(type('ta'), cmd('field.complete', 'taobao')).values.host).toBe('taobao');
  });

  it('scrolls the answer a page at a time', () => {
    expect(run(cmd('answer.down'), cmd('answer.down'), cmd('answer.down'), cmd('answer.down')).top).toBe(30);
  });
});
