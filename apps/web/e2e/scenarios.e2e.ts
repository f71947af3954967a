import { describe, expect, it } from 'vitest';
import { settled, watchedPage } from './support/browser';
import { useSuite } from './support/suite';

const suite = useSuite();

describe('scenarios', () => {
  it('filters the timeline by combined facets', async () => {
    const { page, errors, close } = await watchedPage(suite.browser);
    try {
      await page.goto(`${suite.url}/`);
      await settled(page);
      const count = page.locator('#timeline-count');
      const all = Number((await count.textContent())?.match(/\d+/)?.[0]);
      await page.getByLabel('Actor').selectOption('wechat');
      await page.waitForFunction(() => location.search.includes('actor=wechat'));
      // As a reader would: the next facet is chosen once the list for the first has arrived. Not busy
      // alone is also true before that list's fetch begins, so wait for its count as well.
      await page.waitForFunction(
        (total) =>
          document.querySelector('[aria-labelledby="timeline-count"]')?.getAttribute('aria-busy') ===
            'false' &&
          Number(document.querySelector('#timeline-count')?.textContent?.match(/\d+/)?.[0]) < total,
        all,
      );
      await page.getByLabel('Kind').selectOption('block');
      await page.waitForFunction(() => location.search === '?actor=wechat&kind=block');
      // The previous list stays on screen (aria-busy) until the filtered one arrives; the URL can move
      // a render ahead of the list, so wait for the list itself to show only the chosen kind.
      await page.waitForFunction(() => {
        const list = document.querySelector('[aria-labelledby="timeline-count"]');
        const kinds = [...document.querySelectorAll('.event-card .tag[class*="kind-"]')].map(
          (t) => t.textContent,
        );
        return (
          list?.getAttribute('aria-busy') === 'false' && kinds.length > 0 && kinds.every((k) => k === 'block')
        );
      });
      const some = Number((await count.textContent())?.match(/\d+/)?.[0]);
      expect(some).toBeGreaterThan(0);
      expect(some).toBeLessThan(all);
      for (const kind of await page.locator('.event-card .tag[class*="kind-"]').allTextContents())
        expect(kind).toBe('block');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('moves the wall-map slider from 2021-06 to 2021-12 and sees WeChat × Taobao links open', async () => {
    const { page, errors, close } = await watchedPage(suite.browser);
    try {
      await page.goto(
        `${suite.url}/wall?capability=link.open&surface=private-chat&axis=platforms&at=2021-06-01`,
      );
      await settled(page);
      const cell = page.locator('[data-cell="wechat|taobao"]');
      expect(await cell.getAttribute('data-status')).toBe('blocked');
      const slider = page.getByRole('slider', { name: 'Date' });
      await slider.focus();
      for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
      expect(await slider.getAttribute('aria-valuetext')).toBe('Dec 2021');
      await page.waitForFunction(
        () => document.querySelector('[data-cell="wechat|taobao"]')?.getAttribute('data-status') === 'open',
      );
      await cell.hover();
      expect(await page.locator('.cell-tooltip').textContent()).toMatch(/open.*since 29 Nov 2021/);
      await cell.click();
      await page.getByRole('heading', { name: /Why: WeChat → Taobao/ }).waitFor();
      await settled(page);
      expect(await page.locator('.explanation .verdict').textContent()).toContain('open');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('answers a pasted Taobao link, and the answer is a shareable address', async () => {
    const { page, errors, close } = await watchedPage(suite.browser);
    try {
      await page.goto(`${suite.url}/ask`);
      await settled(page);
      await page.getByLabel('Surface').selectOption('group-chat');
      await page.getByLabel('Or paste a link').fill('https://item.taobao.com/item.htm?id=12345');
      await page.getByLabel('Date').fill('2020-06-01');
      await page.getByRole('button', { name: 'Ask', exact: true }).click();
      await page.getByText(/belongs to Taobao \(via taobao\.com\)/).waitFor();
      expect(await page.locator('.verdict').getAttribute('data-status')).toBe('blocked');
      expect(page.url()).toContain('url=https');
      await page.reload();
      await settled(page);
      expect(await page.locator('.verdict').getAttribute('data-status')).toBe('blocked');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('switches to Chinese and remembers it', async () => {
    const { page, errors, close } = await watchedPage(suite.browser);
    try {
      await page.goto(`${suite.url}/`);
      await settled(page);
      await page.getByRole('button', { name: /Switch to Chinese/ }).click();
      await page.getByRole('heading', { level: 1, name: '时间线' }).waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
      await page.reload();
      await page.getByRole('heading', { level: 1, name: '时间线' }).waitFor();
      await settled(page);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
