import { describe, expect, it } from 'vitest';
import { searchFromWallSettings, wallSettingsFromSearch } from './wall-settings';

describe('wall map settings in the query string', () => {
  it('defaults to links in private chats across platforms', () => {
    expect(wallSettingsFromSearch(new URLSearchParams())).toEqual({
      capability: 'link.open',
      surface: 'private-chat',
      axis: 'platforms',
      empty: 'hide',
      at: null,
    });
  });

  it('shows empty rows and columns only when asked', () => {
    const s = wallSettingsFromSearch(new URLSearchParams('empty=show'));
    expect(s.empty).toBe('show');
    expect(searchFromWallSettings(s).get('empty')).toBe('show');
    expect(searchFromWallSettings({ ...s, empty: 'hide' }).has('empty')).toBe(false);
  });

  it('round-trips and drops what the schemas reject', () => {
    const s = wallSettingsFromSearch(
      new URLSearchParams('capability=payment.accept&surface=checkout&axis=companies&at=2021-02-30'),
    );
    expect(s).toMatchObject({
      capability: 'payment.accept',
      surface: 'checkout',
      axis: 'companies',
      at: null,
    });
    expect(searchFromWallSettings({ ...s, at: '2021-06-01' }).toString()).toBe(
      'capability=payment.accept&surface=checkout&axis=companies&at=2021-06-01',
    );
  });
});
