import { describe, expect, it } from 'vitest';
import { closestIds } from './closest';

const ids = ['taobao', 'taote', 'tmall', 'kaola', 'wechat', 'wechat-pay', 'alipay', 'alibaba'];

describe('closestIds', () => {
  it('offers the nearest ids for a typo, nearest first', () => {
    expect(closestIds('taobo', ids)).toEqual(['taobao', 'taote', 'kaola']);
    expect(closestIds('wechatpay', ids)[0]).toBe('wechat-pay');
  });

  it('ranks a prefix above an equally distant id', () => {
    expect(closestIds('ali', ids).slice(0, 2)).toEqual(['alipay', 'alibaba']);
  });

  it('always offers the best, but not ids that are nothing like the input', () => {
    expect(closestIds('alibab', ids)).toEqual(['alibaba', 'alipay']);
    expect(closestIds('zzzzzzzzzz', ids)).toHaveLength(1);
  });
});
