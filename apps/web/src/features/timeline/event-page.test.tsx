import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test-support/render-app';

describe('Event page', () => {
  it('deep-links to an event with its policy changes and quoted sources', async () => {
    renderRoute('/events/walls-go-up');
    expect(await screen.findByRole('heading', { level: 1, name: 'WeChat blocks Taobao links' })).toBeTruthy();
    expect(screen.getByText('Nov 2013')).toBeTruthy();
    expect(screen.getByRole('cell', { name: /blocked/ })).toBeTruthy();
    expect(screen.getByText('spec', { selector: 'blockquote p' })).toBeTruthy();
  });

  it('says so when the event does not exist', async () => {
    renderRoute('/events/no-such-event');
    expect(await screen.findByRole('alert')).toBeTruthy();
  });
});
