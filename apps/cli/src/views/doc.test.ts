import { describe, expect, it } from 'vitest';
import { docText, line, span, wrapDoc } from './doc';

describe('wrapDoc', () => {
  it('breaks between words and indents continuations', () => {
    const doc = wrapDoc([line('  the quick brown fox jumps over the lazy dog')], 16);
    expect(docText(doc).split('\n')).toEqual([
      '  the quick ',
      '    brown fox ',
      '    jumps over ',
      '    the lazy dog',
    ]);
  });

  it('breaks between wide characters, counting each as two columns', () => {
    const doc = wrapDoc([line('用户在点对点聊天场景中将可直接访问外链')], 12);
    expect(doc.every((l) => l.map((s) => s.text).join('').length <= 8)).toBe(true);
    expect(docText(doc).replace(/\s/g, '')).toBe('用户在点对点聊天场景中将可直接访问外链');
  });

  it('never starts a line with Chinese punctuation: the character before it comes along', () => {
    // 10 columns hold five wide characters; the comma would open the second line.
    const lines = docText(wrapDoc([line('微信屏蔽淘，宝阿里')], 10)).split('\n');
    expect(lines.map((l) => l.trim())).toEqual(['微信屏蔽', '淘，宝阿', '里']);
    expect(lines.some((l) => /^\s*[，。、]/.test(l))).toBe(false);
  });

  it('keeps each span’s tone across a break', () => {
    const [first, second] = wrapDoc([line(span('blocked blocked', 'blocked'))], 9);
    expect(first).toEqual([{ text: 'blocked ', tone: 'blocked' }]);
    expect(second?.at(-1)).toEqual({ text: 'blocked', tone: 'blocked' });
  });
});
