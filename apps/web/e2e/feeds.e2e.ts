import { parseAtomFeed } from 'feedsmith';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { settled, watchedPage } from './support/browser';
import { useSuite } from './support/suite';

const suite = useSuite();

/** The page's feed: announced once in the head, offered as a visible link to the same address. */
async function feedOf(page: Page) {
  const announced = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await announced.first().waitFor({ state: 'attached' });
  expect(await announced.count()).toBe(1);
  const href = (await announced.getAttribute('href'))!;
  const visible = page.getByRole('link', { name: 'Atom feed' });
  expect(await visible.isVisible()).toBe(true);
  expect(await visible.getAttribute('href')).toBe(href);
  const res = await fetch(new URL(href, suite.url));
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
  return { href, feed: parseAtomFeed(await res.text()) };
}

describe('feeds', () => {
  it('the timeline, an actor page and a crossing’s history each link their Atom feed, which parses', async () => {
    const { page, errors, close } = await watchedPage(suite.browser);
    try {
      await page.goto(`${suite.url}/`);
      await settled(page);
      const revisions = await feedOf(page);
      expect(revisions.href).toBe('/feeds/revisions.atom');
      expect(revisions.feed.entries?.[0]?.id).toMatch(/^urn:hutong:revision:\d+$/);

      await page.goto(`${suite.url}/actors/taobao`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await settled(page);
      const actor = await feedOf(page);
      expect(actor.href).toBe('/feeds/actor/taobao.atom');
      expect(actor.feed.title?.value).toContain('taobao');
      expect(actor.feed.entries?.length).toBeGreaterThan(0);

      await page.goto(
        `${suite.url}/ask?host=wechat&surface=private-chat&capability=link.open&target=taobao&at=2022-01-01`,
      );
      await page.getByRole('heading', { name: 'History of this crossing' }).waitFor();
      await settled(page);
      const crossing = await feedOf(page);
      expect(crossing.href).toBe(
        '/feeds/crossing.atom?host=wechat&surface=private-chat&capability=link.open&target=taobao',
      );
      const links = (crossing.feed.entries ?? []).map((e) => new URL(e.links?.[0]?.href ?? '').pathname);
      expect(links).toContain('/events/2021-11-29-wechat-opens-private-chat-links');
      // An entry's link is a real page of the app: the event it reports.
      await page.goto(`${suite.url}/events/2021-11-29-wechat-opens-private-chat-links`);
      await page.getByRole('heading', { level: 1, name: /WeChat lets private chats open links/ }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
