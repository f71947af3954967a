import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test-support/render-app';

describe('Event page', () => {
  it('deep-links to an event with its policy changes and quoted sources', async () => {
    renderRoute('/events/walls-go-up');
    expect(
      await screen.findAllByRole('heading', { level: 1, name: 'WeChat blocks Taobao links' }),
    ).toHaveLength(1);
    expect(screen.queryAllByText('Nov 2013')).toHaveLength(1);
    expect(screen.queryAllByRole('cell', { name: /blocked/ })).toHaveLength(1);
    expect(screen.queryAllByText('spec', { selector: 'blockquote p' })).toHaveLength(1);
  });

  it('says so when the event does not exist', async () => {
    renderRoute('/events/no-such-event');
    expect(await screen.findAllByRole('alert')).toHaveLength(1);
  });
});
