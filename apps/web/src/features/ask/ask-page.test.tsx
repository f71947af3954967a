import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test-support/render-app';

describe('Ask', () => {
  it('answers the question in the address with verdict, since and evidence', async () => {
    renderRoute('/ask?host=wechat&surface=private-chat&capability=link.open&target=taobao&at=2021-12-01');
    expect(await screen.findAllByText('open', { selector: '.verdict .status' })).toHaveLength(1);
    const since = screen.getByText('Since', { selector: '.facts dt' }).nextElementSibling;
    expect(since?.textContent).toBe('29 Nov 2021');
    // How fresh: the test ledger's newest evidence for it is the opening itself, long before the date.
    // The heading is a glossary term, its explanation the term's description.
    const term = screen.getByText('Last confirmed', { selector: '.facts dt .term' });
    expect(term.getAttribute('title')).toMatch(/newest evidence/);
    const last = term.closest('dt')?.nextElementSibling;
    expect(last?.textContent).toBe('29 Nov 2021');
    expect(
      screen.queryAllByRole('link', { name: 'WeChat opens Taobao links in private chats' }),
    ).toHaveLength(1);
  });

  it('resolves a pasted link and puts the answer in the address', async () => {
    const { router } = renderRoute('/ask');
    await screen.findByText(/Choose a host/);
    await userEvent.type(screen.getByLabelText('Or paste a link'), 'https://item.taobao.com/item.htm?id=1');
    await userEvent.clear(screen.getByLabelText('Date'));
    await userEvent.type(screen.getByLabelText('Date'), '2020-06-01');
    await userEvent.click(screen.getByRole('button', { name: 'Ask' }));
    expect(await screen.findAllByText(/belongs to Taobao \(via taobao\.com\)/)).toHaveLength(1);
    expect(screen.queryAllByText('blocked', { selector: '.verdict .status' })).toHaveLength(1);
    expect(router.state.location.search).toContain('url=https');
  });

  it('shows the domain schema’s complaint at its field before asking the server', async () => {
    renderRoute('/ask?host=wechat&surface=private-chat&capability=link.open&target=taobao&at=2021-02-30');
    expect(await screen.findAllByText(/day 30 does not exist in 2021-02/)).toHaveLength(1);
  });

  it('shows the server’s complaint at its field, with its suggestion', async () => {
    renderRoute('/ask?host=wechat&surface=private-chat&capability=link.open&target=taobo&at=2021-12-01');
    const error = await screen.findByText(/did you mean taobao/);
    expect(error.closest('.field')?.querySelector('label')?.textContent).toBe('Target');
  });
});
