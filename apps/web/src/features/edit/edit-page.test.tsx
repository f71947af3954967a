import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderRoute } from '../../test-support/render-app';
import { createToken, testRuntimePerSuite } from '../../test-support/test-runtime';
import { writeToken } from '../../trpc/token';
import { fillEventForm, NEW_EVENT } from './fill-event-form';

const record = () => userEvent.click(screen.getByRole('button', { name: 'Check and record' }));
const errorOf = (label: string) => {
  const input = screen.getByLabelText(label);
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
};

describe('Edit: checked on the client', () => {
  it('checks the event with the domain schemas and shows each problem at its field', async () => {
    renderRoute('/edit');
    await screen.findByRole('heading', { level: 1, name: 'Record an event' });
    await userEvent.type(screen.getByLabelText('Id'), 'Not An Id');
    await record();
    expect(await screen.findAllByText(/problems: see the fields marked below/)).toHaveLength(1);
    const id = screen.getByLabelText('Id');
    expect(id.getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryAllByText(/must be a lower-case kebab-case id/)).toHaveLength(1);
    expect(screen.queryAllByText('a citation needs a verbatim quote')).toHaveLength(1);
  });
});

describe('Edit: recorded by the server, its refusals shown where they belong', () => {
  const runtime = testRuntimePerSuite();
  beforeEach(() => writeToken(null));

  it('says at the token field that an edit needs a token (401), and goes there', async () => {
    renderRoute('/edit', { runtime: runtime() });
    await screen.findByRole('heading', { level: 1, name: 'Record an event' });
    fillEventForm(NEW_EVENT);
    await record();
    await screen.findByText(/see the token field/);
    const token = screen.getByLabelText('Editor token');
    expect(token.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf('Editor token')).toMatch(/only with an editor token.*\(401\)/);
    expect(document.activeElement).toBe(token);
    await userEvent.type(token, 'hutong_');
    expect(token.getAttribute('aria-invalid')).toBe('false');
  });

  it('tells an unknown token apart from a missing one', async () => {
    renderRoute('/edit', { runtime: runtime() });
    await screen.findByRole('heading', { level: 1, name: 'Record an event' });
    await userEvent.type(screen.getByLabelText('Editor token'), 'hutong_000000000000_nope');
    fillEventForm(NEW_EVENT);
    await record();
    await waitFor(() => expect(errorOf('Editor token')).toMatch(/does not recognise this token \(401\)/));
  });

  it('puts a check only the server makes (400) at the field it names', async () => {
    writeToken(await createToken(runtime(), 'editor'));
    renderRoute('/edit', { runtime: runtime() });
    await screen.findByRole('heading', { level: 1, name: 'Record an event' });
    fillEventForm({ ...NEW_EVENT, 'Quote (verbatim)': 'a NUL \u0000 cannot be stored' });
    await record();
    await screen.findByText(/The server refused the event/);
    expect(screen.getByLabelText('Quote (verbatim)').getAttribute('aria-invalid')).toBe('true');
    expect(errorOf('Quote (verbatim)')).toMatch(/may not hold the NUL character/);
    expect(screen.getByLabelText('Id').getAttribute('aria-invalid')).toBe('false');
  });

  it('records an event and links to it', async () => {
    writeToken(await createToken(runtime(), 'editor'));
    renderRoute('/edit', { runtime: runtime() });
    await screen.findByRole('heading', { level: 1, name: 'Record an event' });
    fillEventForm(NEW_EVENT);
    await record();
    expect(await screen.findAllByText(/Recorded as revision \d+\./)).toHaveLength(1);
    const link = screen.getByRole('link', { name: 'See the event' });
    expect(link.getAttribute('href')).toBe(`/events/${NEW_EVENT.Id}`);
    expect(runtime().ledger.index.evidence.has(NEW_EVENT.Id!)).toBe(true);
  });

  it('shows a conflict (409) with the current revision, and reloads it to amend', async () => {
    writeToken(await createToken(runtime(), 'admin'));
    const taken = '2013-11-wechat-blocks-taobao-links';
    renderRoute('/edit', { runtime: runtime() });
    await screen.findByRole('heading', { level: 1, name: 'Record an event' });
    fillEventForm({ ...NEW_EVENT, Id: taken, Date: '2013-11-01' });
    await record();
    expect(await screen.findAllByText(/changed on the server before your edit landed \(409\)/)).toHaveLength(
      1,
    );
    expect(await screen.findAllByText(/Its current version is revision \d+, recorded .* by /)).toHaveLength(
      1,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Load the current version into the form' }));
    expect(
      await screen.findAllByText(new RegExp(`Amending “${taken}”, based on revision \\d+`)),
    ).toHaveLength(1);
    expect((screen.getByLabelText('Title (English)') as HTMLInputElement).value).toMatch(/walls go up/);
    expect((screen.getByLabelText('Your name') as HTMLInputElement).value).toBe('test editor');
    fillEventForm({ 'Title (English)': 'WeChat blocks Taobao links; the walls go up' });
    await record();
    expect(await screen.findAllByText(/Recorded as revision \d+\./)).toHaveLength(1);
    const amended = runtime().ledger.index.evidence.get(taken)?.event;
    expect(amended?.title.en).toBe('WeChat blocks Taobao links; the walls go up');
    // What the form does not show survives the amendment.
    expect(amended?.changes[0]?.note?.en).toMatch(/淘口令/);
    await userEvent.click(screen.getByRole('button', { name: 'Record a new event instead' }));
    expect((screen.getByLabelText('Id') as HTMLInputElement).value).toBe('');
    expect(screen.queryByText(/Amending/)).toBeNull();
  });
});
