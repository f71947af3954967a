import { describe, expect, it } from 'vitest';
import { complete, looksLikeUrl, SURFACE_CHOICES } from './completion';

const actors = [
  { id: 'wechat', words: 'wechat 微信 weixin' },
  { id: 'wechat-pay', words: 'wechat pay 微信支付' },
  { id: 'taobao', words: 'taobao 淘宝' },
  { id: 'pay-later', words: '' },
];

describe('complete', () => {
  it('puts ids that start with the text first, then ids and names that contain it', () => {
    expect(complete('we', actors)).toEqual(['wechat', 'wechat-pay']);
    expect(complete('pay', actors)).toEqual(['pay-later', 'wechat-pay']);
    expect(complete('淘', actors)).toEqual(['taobao']);
    expect(complete('grp', SURFACE_CHOICES)).toEqual([]);
    expect(complete('group', SURFACE_CHOICES)).toEqual(['group-chat']);
  });

  it('tells a link from an id', () => {
    expect(looksLikeUrl('https://item.taobao.com/x')).toBe(true);
    expect(looksLikeUrl('taobao.com')).toBe(true);
    expect(looksLikeUrl('taobao')).toBe(false);
  });
});
