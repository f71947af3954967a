import { describe, expect, it } from 'vitest';
import { settled, watchedPage } from './support/browser';
import { horizontalOverflow } from './support/overflow';
import { useSuite } from './support/suite';

const suite = useSuite();
const WALL = '/wall?capability=link.open&surface=group-chat&axis=platforms&at=2021-12-01';
const PHONE = { width: 390, height: 844 };

describe('the wall map, readable at a glance', () => {
  it('groups by camp, hides empty rows and columns by default, and sums up the date', async () => {
    const { page, errors, close } = await watchedPage(suite.browser);
    try {
      await page.goto(suite.url + WALL);
      await settled(page);
      const camps = await page.locator('thead th.camp[scope="colgroup"]').allTextContents();
      expect(camps).toContain('Alibaba Group');
      // A camp too narrow for its name is abbreviated; its name is the label's tooltip.
      const rowCamps = await page
        .locator('tbody th.camp[scope="rowgroup"] .camp-label')
        .evaluateAll((els) => els.map((el) => el.getAttribute('title')));
      expect(rowCamps).toContain('Tencent');
      // Every row and column left has something recorded.
      const empty = await page.evaluate(() => {
        const rows = [...document.querySelectorAll('.wall-grid tbody tr')];
        return rows.filter((r) =>
          [...r.querySelectorAll('.cell')].every((c) =>
            ['unknown', 'self'].includes(c.getAttribute('data-status')!),
          ),
        ).length;
      });
      expect(empty).toBe(0);
      const shown = await page.locator('.wall-grid tbody tr').count();
      expect(await page.getByTestId('wall-summary').textContent()).toMatch(
        /On 1 Dec 2021, WeChat blocks \d+ of \d+ Alibaba Group platforms on group chat( \(\d+ inherited\))?\./,
      );
      await page.getByLabel('Hide rows and columns with nothing recorded').uncheck();
      await page.waitForFunction(() => location.search.includes('empty=show'));
      await page.waitForFunction((n) => document.querySelectorAll('.wall-grid tbody tr').length > n, shown);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('marks how sure a cell is, with a legend for the marks', async () => {
    const { page, errors, close } = await watchedPage(suite.browser);
    try {
      await page.goto(suite.url + WALL);
      await settled(page);
      const cell = page.locator('[data-cell="wechat|taobao"]');
      expect(await cell.getAttribute('data-uncertain')).not.toBeNull();
      expect(await cell.getAttribute('aria-label')).toMatch(/partial.*uncertain/);
      for (const mark of ['inherited', 'inferred', 'uncertain'])
        expect(await page.locator(`.legend [data-legend="${mark}"]`).isVisible()).toBe(true);
      // The legend's uncertain swatch is hatched like the cell it explains.
      const hatching = (selector: string) =>
        page.locator(selector).evaluate((el) => getComputedStyle(el).backgroundImage);
      expect(await hatching('.legend [data-legend="uncertain"] .swatch')).toBe(
        await hatching('[data-cell="wechat|taobao"]'),
      );
      expect(await hatching('[data-cell="wechat|taobao"]')).toContain('repeating-linear-gradient');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('fits 1280 px: the last column is in the frame, clear of the legend', async () => {
    const { page, errors, close } = await watchedPage(suite.browser, 'en-US', { width: 1280, height: 900 });
    try {
      await page.goto(`${suite.url}${WALL}&empty=show`);
      await settled(page);
      expect(await horizontalOverflow(page)).toBe(0);
      const last = await page.locator('.wall-grid thead tr:nth-child(2) th').last().boundingBox();
      const frame = await page.locator('.wall-scroll').boundingBox();
      const legend = await page.locator('.legend').boundingBox();
      expect(last!.x + last!.width).toBeLessThanOrEqual(frame!.x + frame!.width + 1);
      expect(frame!.x + frame!.width <= legend!.x || legend!.y >= frame!.y + frame!.height).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('on a phone: the navigation folds, the grid scrolls in its frame with its headers in view', async () => {
    const { page, errors, close } = await watchedPage(suite.browser, 'en-US', PHONE);
    try {
      await page.goto(`${suite.url}${WALL}&empty=show`);
      await settled(page);
      expect(await horizontalOverflow(page)).toBe(0);
      const header = await page.locator('.site-header').boundingBox();
      expect(header!.height).toBeLessThan(100);
      expect(await page.getByRole('link', { name: 'Timeline' }).isVisible()).toBe(false);
      const menu = page.getByRole('button', { name: 'Menu' });
      await menu.click();
      expect(await menu.getAttribute('aria-expanded')).toBe('true');
      expect(await page.getByRole('link', { name: 'Timeline' }).isVisible()).toBe(true);
      await menu.click();
      const frame = page.locator('.wall-scroll');
      expect(await frame.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      const rowHead = page.locator('.wall-grid tbody th[scope="row"]').first();
      const colHead = page.locator('.wall-grid thead tr:nth-child(2) th').first();
      const before = { row: await rowHead.boundingBox(), col: await colHead.boundingBox() };
      await frame.evaluate((el) => el.scrollTo(400, 300));
      const after = { row: await rowHead.boundingBox(), col: await colHead.boundingBox() };
      expect(Math.abs(after.row!.x - before.row!.x)).toBeLessThan(1);
      expect(Math.abs(after.col!.y - before.col!.y)).toBeLessThan(1);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
