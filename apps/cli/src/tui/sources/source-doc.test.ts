import { describe, expect, it } from 'vitest';
import { docText } from '../../views/doc';
import { sourceDoc, sourceNumber } from './source-doc';

const source = {
  id: 'repost',
  title: '橄榄枝',
  publisher: '未署名转载',
  date: '2024-09-03',
  language: 'zh-Hans' as const,
  archive: '003_x.txt',
};

describe('sourceDoc', () => {
  it('shows the source and every event and figure citing it, with their quotes', () => {
    const event = {
      event: {
        id: 'e',
        date: '2024-08-01',
        precision: 'month',
        title: { en: 'Taote rolls out WeChat Pay', zh: '淘特' },
      },
      sources: [
        { source: 'repost', quote: '逐步开放' },
        { source: 'other', quote: 'not this one' },
      ],
    };
    const figure = {
      id: 'f',
      actor: 'wechat',
      label: { en: 'WeChat MAU', zh: '微信月活' },
      value: 1371000000,
      unit: 'users',
      date: '2024-06-30',
      source: { source: 'repost', quote: '13.71亿' },
    };
    const text = docText(sourceDoc(source, [event] as never, [figure] as never));
    expect(sourceNumber(source)).toBe('003');
    expect(text).toContain('003  橄榄枝');
    expect(text).toContain('未署名转载 · 2024-09-03 · zh-Hans');
    expect(text).toContain('Events citing it (1)');
    expect(text).toContain('“逐步开放”');
    expect(text).not.toContain('not this one');
    expect(text).toContain('wechat  WeChat MAU: 1371000000 users (2024-06-30)');
  });
});
