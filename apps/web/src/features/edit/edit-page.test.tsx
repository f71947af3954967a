import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test-support/render-app';

describe('Edit', () => {
  it('checks the event with the domain schemas and shows each problem at its field', async () => {
    renderRoute('/edit');
    await screen.findByRole('heading', { level: 1, name: 'Record an event' });
    await userEvent.type(screen.getByLabelText('Id'), 'Not An Id');
    await userEvent.click(screen.getByRole('button', { name: 'Check and record' }));
    expect(await screen.findByText(/problems: see the fields marked below/)).toBeTruthy();
    const id = screen.getByLabelText('Id');
    expect(id.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/must be a lower-case kebab-case id/)).toBeTruthy();
    expect(screen.getByText('a citation needs a verbatim quote')).toBeTruthy();
  });

  it('says plainly that this server cannot record yet', async () => {
    renderRoute('/edit');
    expect(await screen.findByText(/does not accept edits yet/)).toBeTruthy();
  });
});
