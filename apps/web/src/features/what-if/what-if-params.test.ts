import { describe, expect, it } from 'vitest';
import { whatIfAtFromSearch, withoutFromSearch, withSwitched } from './what-if-params';

describe('what-if query parameters', () => {
  it('switches events off and back on, keeping the other parameters', () => {
    let p = new URLSearchParams('actor=wechat');
    p = withSwitched(p, '2021-11-29-wechat-opens-private-chat-links', true);
    p = withSwitched(p, '2021-09-17-miit-unblocking-deadline', true);
    expect(withoutFromSearch(p)).toEqual([
      '2021-11-29-wechat-opens-private-chat-links',
      '2021-09-17-miit-unblocking-deadline',
    ]);
    expect(p.get('actor')).toBe('wechat');
    p.set('at', '2022-01-01');
    p = withSwitched(p, '2021-11-29-wechat-opens-private-chat-links', false);
    expect(withoutFromSearch(p)).toEqual(['2021-09-17-miit-unblocking-deadline']);
    expect(whatIfAtFromSearch(p)).toBe('2022-01-01');
    p = withSwitched(p, '2021-09-17-miit-unblocking-deadline', false);
    expect(p.toString()).toBe('actor=wechat');
  });

  it('drops ids that are not ids and dates that are not dates', () => {
    const p = new URLSearchParams('without=ok-id,Bad Id,,ok-id&at=yesterday');
    expect(withoutFromSearch(p)).toEqual(['ok-id']);
    expect(whatIfAtFromSearch(p)).toBeNull();
  });
});
