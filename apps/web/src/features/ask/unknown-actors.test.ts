import { describe, expect, it } from 'vitest';
import { unknownActors } from './unknown-actors';

const known = new Map(['wechat', 'taobao', 'taote', 'tmall'].map((id) => [id, {}]));

describe('unknownActors', () => {
  it('names a misspelt host and target, with the closest known ids', () => {
    const found = unknownActors({ host: 'wechatt', target: 'taobo', url: '' }, known);
    expect(found.host).toEqual({ id: 'wechatt', closest: expect.arrayContaining(['wechat']) });
    expect(found.target?.closest[0]).toBe('taobao');
  });

  it('passes known ids, a pasted link in place of a target, and an unloaded list', () => {
    expect(unknownActors({ host: 'wechat', target: 'nobody', url: 'https://x.com' }, known)).toEqual({});
    expect(unknownActors({ host: 'wechatt', target: '', url: '' }, new Map())).toEqual({});
  });
});
