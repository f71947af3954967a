import { describe, expect, it } from 'vitest';
import { splitBurst } from './burst';

describe('splitBurst', () => {
  it('splits a fast burst into its text runs and the keys between them', () => {
    expect(splitBurst('wechat\rgroup-chat\r')).toEqual([
      { name: '', text: 'wechat' },
      { name: 'enter', text: null },
      { name: '', text: 'group-chat' },
      { name: 'enter', text: null },
    ]);
    expect(splitBurst('ab\x7fc')).toEqual([
      { name: '', text: 'ab' },
      { name: 'backspace', text: null },
      { name: 'c', text: 'c' },
    ]);
  });

  it('leaves plain text, single keys and escape sequences to the usual reading', () => {
    expect(splitBurst('wechat')).toBeNull();
    expect(splitBurst('\r')).toBeNull();
    expect(splitBurst('\x1b[C')).toBeNull();
  });
});
