import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { settled, watchedPage } from './support/browser';
import { useSuite } from './support/suite';

const suite = useSuite();

const EVENT = {
  id: '2021-12-03-taobao-links-open-in-wechat-moments',
  title: 'Taobao links open in WeChat Moments',
};

/** Fills the edit form with a new event the schemas accept (the token field is left to the caller). */
async function fillEvent(page: Page) {
  const fields: [string, string][] = [
    ['Id', EVENT.id],
    ['Date', '2021-12-03'],
    ['Title (Chinese)', '朋友圈可打开淘宝链接'],
    ['Title (English)', EVENT.title],
    ['Summary (Chinese)', '端到端测试记录的事件。'],
    ['Summary (English)', 'An event recorded by the end-to-end test.'],
    ['Actors involved', 'wechat, taobao'],
    ['Host', 'wechat'],
    ['Target', 'taobao'],
    ['Source id', 'zimubang-2021-11-29-wechat-goldmine'],
    ['Quote (verbatim)', '微信'],
    ['Your name', 'e2e editor'],
    ['Why this edit', 'the end-to-end test'],
  ];
  for (const [label, value] of fields) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByLabel('Surface', { exact: true }).selectOption('moments');
}

const eventCount = async (page: Page) =>
  Number((await page.locator('#timeline-count').textContent())?.match(/\d+/)?.[0]);

describe('editing', () => {
  it('without a token, says so at the token field (401)', async () => {
    const { page, errors, close } = await watchedPage(suite.browser);
    try {
      await page.goto(`${suite.url}/edit`);
      await settled(page);
      await fillEvent(page);
      await page.getByRole('button', { name: 'Check and record' }).click();
      const token = page.getByLabel('Editor token');
      await page.waitForFunction(() => document.activeElement?.getAttribute('aria-invalid') === 'true');
      expect(await token.evaluate((el) => el === document.activeElement)).toBe(true);
      const described = await token.getAttribute('aria-describedby');
      const message = await page.locator(`[id="${described?.split(' ').at(-1)}"]`).textContent();
      expect(message).toMatch(/only with an editor token.*\(401\)/);
      expect(await axeViolations(page)).toEqual([]);
      // Chromium reports the refused request itself; nothing else may fail.
      expect(errors.filter((e) => !/status of 401/.test(e))).toEqual([]);
    } finally {
      await close();
    }
  });

  it('records an event with a token in one page, and a second page shows it without a reload', async () => {
    const a = await watchedPage(suite.browser);
    const b = await watchedPage(suite.browser);
    try {
      await b.page.goto(`${suite.url}/`);
      await settled(b.page);
      const before = await eventCount(b.page);
      await b.page.evaluate(() => {
        (window as unknown as { loadedOnce: boolean }).loadedOnce = true;
      });

      await a.page.goto(`${suite.url}/edit`);
      await settled(a.page);
      await a.page.getByLabel('Editor token').fill(await suite.server.token('editor'));
      await fillEvent(a.page);
      await a.page.getByRole('button', { name: 'Check and record' }).click();
      await a.page.getByText(/Recorded as revision \d+\./).waitFor();
      expect(await a.page.getByRole('link', { name: 'See the event' }).getAttribute('href')).toBe(
        `/events/${EVENT.id}`,
      );

      await b.page.getByRole('article', { name: EVENT.title }).waitFor();
      expect(await eventCount(b.page)).toBe(before + 1);
      await b.page.getByText(/Updated · revision \d+/).waitFor();
      expect(await axeViolations(b.page)).toEqual([]);
      expect(await b.page.evaluate(() => (window as unknown as { loadedOnce?: boolean }).loadedOnce)).toBe(
        true,
      );

      await a.page.getByRole('link', { name: 'See the event' }).click();
      await a.page.getByRole('heading', { level: 1, name: EVENT.title }).waitFor();
      expect(a.errors).toEqual([]);
      expect(b.errors).toEqual([]);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
