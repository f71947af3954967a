import { describe, expect, it } from 'vitest';
import { settled, watchedPage } from './support/browser';
import { useSuite } from './support/suite';

const suite = useSuite();

describe('sources are first-class', () => {
  it('lists the sources, and a source’s page shows its publisher, date, language and everything citing it', async () => {
    const { page, errors, close } = await watchedPage(suite.browser);
    try {
      await page.goto(`${suite.url}/`);
      await settled(page);
      await page.getByRole('navigation').getByRole('link', { name: 'Sources' }).click();
      await page.getByRole('heading', { level: 1, name: 'Sources' }).waitFor();
      await settled(page);
      const numbers = await page.locator('.sources-table tbody td.num').allTextContents();
      expect(numbers).toEqual(expect.arrayContaining(['000', '001', '002', '003', '004']));
      await page.getByRole('link', { name: /橄榄枝/ }).click();
      await page.getByRole('heading', { level: 1, name: /橄榄枝/ }).waitFor();
      await settled(page);
      const facts = await page.locator('.source-facts').textContent();
      expect(facts).toContain('003');
      expect(facts).toContain('3 Sept 2024');
      expect(facts).toContain('Chinese (simplified)');
      const events = page.getByTestId('citing-events');
      expect(
        await events.getByRole('link', { name: 'Taote rolls out direct WeChat Pay to some users' }).count(),
      ).toBe(1);
      expect(await events.locator('blockquote').count()).toBeGreaterThan(3);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('links the source numbers in a dispute note to their sources', async () => {
    const { page, errors, close } = await watchedPage(suite.browser);
    try {
      await page.goto(`${suite.url}/events/2024-08-taote-direct-wechat-pay`);
      await settled(page);
      const note = page.locator('.marker-disputed');
      expect(await note.getByRole('link').allTextContents()).toEqual(expect.arrayContaining(['002', '003']));
      await note
        .getByRole('link', { name: /^source 002/ })
        .first()
        .click();
      await page.waitForURL(/\/sources\/lanhai-2025-09-24-tearing-down-walls$/);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await page.locator('.source-facts').textContent()).toContain('002');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('tags a rumor as a rumor once', async () => {
    const { page, errors, close } = await watchedPage(suite.browser);
    try {
      await page.goto(`${suite.url}/events/2021-11-30-wechat-group-chat-links-rumor`);
      await settled(page);
      const tags = await page.locator('.event-meta .tag').allTextContents();
      expect(tags.filter((t) => t === 'rumor')).toHaveLength(1);
      await page.goto(`${suite.url}/?kind=rumor`);
      await settled(page);
      const card = page.locator('.event-card').first();
      expect((await card.locator('.tag').allTextContents()).filter((t) => t === 'rumor')).toHaveLength(1);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
