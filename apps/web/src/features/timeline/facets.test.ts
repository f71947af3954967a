import { describe, expect, it } from 'vitest';
import { facetsFromSearch, withFacet } from './facets';

describe('timeline facets in the query string', () => {
  it('keeps valid facets and drops values the schemas reject', () => {
    const params = new URLSearchParams('actor=wechat&capability=link.open&kind=nonsense&confidence=rumor');
    expect(facetsFromSearch(params)).toEqual({
      actor: 'wechat',
      capability: 'link.open',
      confidence: 'rumor',
    });
  });

  it('sets and clears one facet without touching the others', () => {
    const params = new URLSearchParams('actor=wechat&kind=block');
    expect(withFacet(params, 'kind', '').toString()).toBe('actor=wechat');
    expect(withFacet(params, 'confidence', 'confirmed').toString()).toBe(
      'actor=wechat&kind=block&confidence=confirmed',
    );
  });
});
