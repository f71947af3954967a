import { describe, expect, it } from 'vitest';
import { DomainError } from '../../errors';
import { specLedger } from '../../testing/ledger-fixture';
import { foldLedger } from '../fold/fold';
import { resolveUrl } from './resolve-url';

const index = foldLedger(specLedger([]));

describe('resolveUrl', () => {
  it.each([
    ['https://detail.m.tmall.com/item.htm?id=1', 'tmall', 'tmall.com'],
    ['detail.m.tmall.com/item.htm?id=1', 'tmall', 'tmall.com'],
    ['https://m.tb.cn/h.5xyz?sm=1', 'taobao', 'tb.cn'],
    ['https://user:pw@Item.TaoBao.com:443/a#b', 'taobao', 'taobao.com'],
    // The most specific listed host wins: weixin.qq.com is WeChat's, the rest of qq.com is QQ's.
    ['https://weixin.qq.com/r/abc', 'wechat', 'weixin.qq.com'],
    ['https://mp.weixin.qq.com/s/xyz', 'wechat', 'weixin.qq.com'],
    ['https://im.qq.com/', 'qq', 'qq.com'],
  ])('%s → %s', (url, actor, matchedHost) => {
    expect(resolveUrl(index, url)).toMatchObject({ actor, matchedHost });
  });

  it('does not match across the public suffix: a look-alike domain is nobody', () => {
    expect(resolveUrl(index, 'https://taobao.com.evil.example/')).toBeNull();
    expect(resolveUrl(index, 'https://nottmall.com/')).toBeNull();
  });

  it('treats a multi-label public suffix as a suffix, not a host', () => {
    expect(resolveUrl(index, 'https://shop.taobao.com.cn/')).toBeNull();
  });

  it('rejects text with no web host, naming the url field', () => {
    const err = (() => {
      try {
        resolveUrl(index, 'not a url');
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(DomainError);
    expect(err).toMatchObject({ kind: 'invalid', field: 'url' });
  });
});
