import { describe, expect, it } from 'vitest';
import { settled, watchedPage } from './support/browser';
import { useSuite } from './support/suite';

const suite = useSuite();

describe('the history of a crossing', () => {
  it('charts an Ask answer’s crossing over time from one history call: steps, events, windows', async () => {
    const { page, errors, close } = await watchedPage(suite.browser);
    const calls: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/trpc/')) calls.push(decodeURIComponent(r.url()));
    });
    try {
      await page.goto(
        `${suite.url}/ask?host=wechat&surface=group-chat&capability=link.open&target=taobao&at=2021-10-15`,
      );
      await settled(page);
      await page.getByRole('heading', { name: 'History of this crossing' }).waitFor();
      await page.locator('.history-chart .recharts-line-curve').waitFor();
      expect(calls.filter((u) => u.includes('decisions.history'))).toHaveLength(1);
      // No date-by-date loop: one decide for the answer itself, none for the chart.
      expect(calls.filter((u) => u.includes('decisions.decide')).length).toBeLessThanOrEqual(1);
      const rows = page.locator('.history-list tbody tr');
      expect(await rows.count()).toBeGreaterThanOrEqual(4);
      expect(await rows.last().getAttribute('data-status')).toBe('open');
      expect(await page.locator('.history-list').textContent()).toContain('3 Sept 2024');
      // Events as dots, uncertainty windows shaded, the same windows spelled out in the table.
      expect(await page.locator('.history-chart .history-event').count()).toBeGreaterThanOrEqual(4);
      expect(await page.locator('.history-chart .history-window').count()).toBeGreaterThanOrEqual(2);
      expect(await page.getByTestId('history-window').count()).toBeGreaterThanOrEqual(2);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('opens from a wall-map cell, with the cell’s crossing charted', async () => {
    const { page, errors, close } = await watchedPage(suite.browser);
    try {
      await page.goto(
        `${suite.url}/wall?capability=link.open&surface=group-chat&axis=platforms&at=2021-12-01`,
      );
      await settled(page);
      await page.locator('[data-cell="wechat|taobao"]').click();
      const explanation = page.locator('.explanation');
      await explanation.getByRole('heading', { name: 'History of this crossing' }).waitFor();
      await explanation.locator('.history-chart .recharts-line-curve').waitFor();
      expect(await explanation.locator('.history-list tbody tr').count()).toBeGreaterThanOrEqual(4);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
