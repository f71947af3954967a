import { describe, expect, it } from 'vitest';
import { settled, watchedPage } from './support/browser';
import { useSuite } from './support/suite';

const suite = useSuite();
const OPENING = '2021-11-29-wechat-opens-private-chat-links';
const CONFIRMATION = '2021-09-17-wechat-private-chat-links-with-confirmation';

describe('what if and why not', () => {
  it('switches events off on the timeline, keeps them in a shareable address, and shows what differs', async () => {
    const { page, errors, close } = await watchedPage(suite.browser);
    try {
      // A shared link: the opening of 29 Nov 2021 switched off, compared on 1 Dec 2021.
      await page.goto(`${suite.url}/?without=${OPENING}&at=2021-12-01`);
      await settled(page);
      const panel = page.locator('section.what-if');
      await panel.getByRole('heading', { name: 'What if' }).waitFor();
      // The crossing is the row's heading (the cells' event titles may mention private chats too).
      const row = panel.locator('.what-if-crossings tbody tr').filter({
        has: page.locator('th', { hasText: /private chat.*Taobao$/i }),
      });
      await row.first().waitFor();
      const cells = row.first().locator('td');
      // Each side names its deciding event by title, linked, its id in the tooltip.
      expect(await cells.nth(0).textContent()).toContain('WeChat lets private chats open links directly');
      expect(await cells.nth(0).locator('a').getAttribute('title')).toBe(OPENING);
      expect(await cells.nth(1).locator('a').getAttribute('title')).toBe(CONFIRMATION);
      await panel.locator('.what-if-walls table').first().waitFor();
      expect(await panel.locator('.what-if-count').textContent()).toMatch(/\d+ crossings? would differ/);
      await panel.locator('.recharts-line-curve').first().waitFor();

      // Switch a second event off from its card: the address carries both, the answer follows.
      await page.getByRole('button', { name: /^Switch off “WeChat revises its external-link rules/ }).click();
      await page.waitForURL((u) => u.searchParams.get('without')?.split(',').length === 2);
      expect(new URL(page.url()).searchParams.get('without')?.split(',')).toEqual([OPENING, CONFIRMATION]);
      await page.waitForFunction(
        (c) =>
          [...document.querySelectorAll('.what-if-crossings tbody tr td:nth-child(3) a')].some(
            (a) => a.getAttribute('title') === c,
          ),
        '2013-11-wechat-blocks-taobao-links',
      );

      // Both back on: the panel and the parameters go.
      await panel.getByRole('button', { name: 'Switch all back on' }).click();
      await page.waitForURL((u) => !u.searchParams.has('without'));
      await page.locator('section.what-if').waitFor({ state: 'detached' });
      expect(await page.locator('.is-switched-off').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows why not under an Ask answer that is not open: the rule in the way and a change that opens it', async () => {
    const { page, errors, close } = await watchedPage(suite.browser);
    try {
      const asked: string[] = [];
      page.on('request', (r) => {
        if (/whyNot|why-not/.test(r.url())) asked.push(r.url());
      });
      await page.goto(
        `${suite.url}/ask?host=wechat&surface=group-chat&capability=link.open&target=taobao&at=2021-10-15`,
      );
      await settled(page);
      const why = page.locator('section.why-not');
      await why.getByRole('heading', { name: 'Why not open — and what would change it' }).waitFor();
      // Loaded only when the reader asks for it: each change it tries is a counterfactual fold.
      expect(asked).toEqual([]);
      await why.getByRole('button', { name: 'Show the rules in the way and what would change it' }).click();
      await why.locator('.why-not-changes li').first().waitFor();
      expect(asked.length).toBe(1);
      const standing = why.locator('.why-not-standing > li').first();
      expect(await standing.textContent()).toContain('decides it');
      expect(
        await standing.locator('a[href="/events/2013-11-wechat-blocks-taobao-links"]').count(),
      ).toBeGreaterThan(0);
      expect(await why.locator('.why-not-changes li').first().textContent()).toMatch(
        /Add an opening from 2021-10-15/,
      );
      expect(await why.locator('.why-not-changes li .status-open').count()).toBeGreaterThan(0);

      // An open answer has no why-not.
      await page.goto(
        `${suite.url}/ask?host=wechat&surface=private-chat&capability=link.open&target=taobao&at=2021-12-01`,
      );
      await settled(page);
      await page.locator('.verdict[data-status="open"]').waitFor();
      expect(await page.locator('section.why-not').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
