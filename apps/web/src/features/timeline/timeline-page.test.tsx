import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test-support/render-app';

describe('Timeline', () => {
  it('groups events by year and marks rumors and disputes with the reason', async () => {
    renderRoute('/');
    expect(await screen.findByRole('heading', { level: 2, name: '2013' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: '2021' })).toBeTruthy();
    const rumor = screen.getByRole('article', { name: 'Rumor: group chats to open' });
    expect(within(rumor).getByText(/unconfirmed, so it changes no status/)).toBeTruthy();
    const disputed = screen.getByRole('article', { name: 'WeChat blocks Taobao links' });
    expect(within(disputed).getByText(/Sources differ on whether tokens worked/)).toBeTruthy();
  });

  it('narrows by combined facets and keeps them in the address', async () => {
    const { router } = renderRoute('/');
    await screen.findByText('3 events');
    await userEvent.selectOptions(screen.getByLabelText('Kind'), 'block');
    expect(await screen.findByText('1 event')).toBeTruthy();
    expect(router.state.location.search).toBe('?kind=block');
    await userEvent.selectOptions(screen.getByLabelText('Confidence'), 'rumor');
    expect(await screen.findByText('No event matches these filters.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByText('3 events')).toBeTruthy();
  });

  it('renders ledger text as text, never as HTML', async () => {
    const { container } = renderRoute('/');
    expect(await screen.findByText('A <b>summary</b> that must stay text')).toBeTruthy();
    expect(container.querySelector('.event-summary b')).toBeNull();
  });
});
