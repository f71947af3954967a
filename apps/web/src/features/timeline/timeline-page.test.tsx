import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test-support/render-app';

describe('Timeline', () => {
  it('groups events by year and marks rumors and disputes with the reason', async () => {
    renderRoute('/');
    expect(await screen.findAllByRole('heading', { level: 2, name: '2013' })).toHaveLength(1);
    expect(screen.queryAllByRole('heading', { level: 2, name: '2021' })).toHaveLength(1);
    const rumor = screen.getByRole('article', { name: 'Rumor: group chats to open' });
    expect(within(rumor).queryAllByText(/unconfirmed, so it changes no status/)).toHaveLength(1);
    const disputed = screen.getByRole('article', { name: 'WeChat blocks Taobao links' });
    expect(within(disputed).queryAllByText(/Sources differ on whether tokens worked/)).toHaveLength(1);
  });

  it('narrows by combined facets and keeps them in the address', async () => {
    const { router } = renderRoute('/');
    await screen.findByText('3 events');
    await userEvent.selectOptions(screen.getByLabelText('Kind'), 'block');
    expect(await screen.findAllByText('1 event')).toHaveLength(1);
    expect(router.state.location.search).toBe('?kind=block');
    await userEvent.selectOptions(screen.getByLabelText('Confidence'), 'rumor');
    expect(await screen.findAllByText('No event matches these filters.')).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findAllByText('3 events')).toHaveLength(1);
  });

  it('renders ledger text as text, never as HTML', async () => {
    const { container } = renderRoute('/');
    expect(await screen.findAllByText('A <b>summary</b> that must stay text')).toHaveLength(1);
    expect(container.querySelector('.event-summary b')).toBeNull();
  });
});
