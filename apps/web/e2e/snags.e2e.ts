import { describe, expect, it } from 'vitest';
import { settled, watchedPage } from './support/browser';
import { horizontalOverflow } from './support/overflow';
import { useSuite } from './support/suite';

const suite = useSuite();

/** Issue 26's web snags, each as a newcomer met it. */
describe('web snags a newcomer met', () => {
  it('Timeline: the intro names the first event’s year and says what Switch off does', async () => {
    const { page, errors, close } = await watchedPage(suite.browser);
    try {
      await page.goto(`${suite.url}/`);
      await settled(page);
      const intro = await page
        .locator('main')
        .getByText(/Every recorded event from/)
        .textContent();
      // The ledger's first event, whatever year it is (2008 when the issue was filed).
      const { items } = (await (await fetch(`${suite.url}/api/events?limit=5000`)).json()) as {
        items: { event: { date: string } }[];
      };
      const first = items.map((i) => i.event.date.slice(0, 4)).sort()[0];
      expect(intro).toContain(`from ${first} to today`);
      expect(intro).toMatch(/Switch an event off to see what the ledger would say without it/);
      expect(await page.locator('.what-if-switch').first().getAttribute('title')).toMatch(
        /without this event/,
      );
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('Ask: every surface (*) by default, and no regulator offered as a host', async () => {
    const { page, errors, close } = await watchedPage(suite.browser);
    try {
      await page.goto(`${suite.url}/ask?host=wechat&capability=link.open&target=taobao&at=2021-10-15`);
      await settled(page);
      expect(await page.getByLabel('Surface').inputValue()).toBe('*');
      const hosts = await page.getByLabel('Host (where the user is)').locator('option').allTextContents();
      expect(hosts).toContain('WeChat');
      for (const regulator of ['MIIT', 'SAMR', 'central bank'])
        expect(hosts.join('|')).not.toMatch(regulator);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('Wall map: the totals use the legend’s words', async () => {
    const { page, errors, close } = await watchedPage(suite.browser);
    try {
      await page.goto(
        `${suite.url}/wall?capability=link.open&surface=group-chat&axis=platforms&at=2021-12-01`,
      );
      await settled(page);
      const summary = await page.getByTestId('wall-summary').textContent();
      expect(summary).not.toMatch(/partly open/);
      expect(summary).toMatch(/\d+ (blocked|friction|partial|open|unknown)/);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('Compliance: no link to breaches of a rule it does not check', async () => {
    const { page, errors, close } = await watchedPage(suite.browser);
    try {
      await page.goto(`${suite.url}/compliance?at=2026-01-01`);
      await settled(page);
      const items = page.locator('.deadline-links li');
      expect(await items.count()).toBe(2);
      for (const li of await items.all()) {
        const text = (await li.textContent()) ?? '';
        const links = await li.getByRole('link').count();
        expect(links, text).toBe(/MIIT/.test(text) ? 1 : 0);
      }
      expect(await page.getByTestId('unchecked').textContent()).not.toMatch(/samr-2021/);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('an unknown event is "not in the ledger", with no retry and the closest events linked by title', async () => {
    const { page, close } = await watchedPage(suite.browser);
    try {
      await page.goto(`${suite.url}/events/2013-11-wechat-blocks-taobao`);
      await settled(page);
      await page.getByText('Not in the ledger').waitFor();
      expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(0);
      const link = page.getByRole('link', {
        name: 'WeChat blocks Taobao links, and the Alibaba–Tencent walls go up',
      });
      expect(await link.getAttribute('href')).toBe('/events/2013-11-wechat-blocks-taobao-links');
    } finally {
      await close();
    }
  });

  it('/actors/alibaba does not scroll sideways on a phone', async () => {
    const { page, errors, close } = await watchedPage(suite.browser, 'en-US', { width: 390, height: 844 });
    try {
      await page.goto(`${suite.url}/actors/alibaba`);
      await settled(page);
      expect(await horizontalOverflow(page)).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('Sources are listed by number, and a summary’s source numbers link to their sources', async () => {
    const { page, errors, close } = await watchedPage(suite.browser);
    try {
      await page.goto(`${suite.url}/sources`);
      await settled(page);
      const numbers = (await page.locator('.sources-table tbody td.num').allTextContents()).filter(
        (n) => n !== '—',
      );
      expect(numbers.length).toBeGreaterThan(3);
      expect(numbers).toEqual([...numbers].sort());
      await page.goto(`${suite.url}/events/undated-taobao-blocks-baidu-product-search`);
      await settled(page);
      const link = page.locator('.lead a', { hasText: '000' }).first();
      expect(await link.getAttribute('href')).toMatch(/^\/sources\//);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('date fields show YYYY-MM-DD, as the rest of the page writes dates, not the browser’s mm/dd/yyyy', async () => {
    const { page, errors, close } = await watchedPage(suite.browser);
    try {
      for (const [path, label] of [
        ['/compliance?at=2021-10-15', 'Date'],
        ['/ask?host=wechat&capability=link.open&target=taobao&at=2021-10-15', 'Date'],
      ] as const) {
        await page.goto(`${suite.url}${path}`);
        await settled(page);
        const input = page.locator('main input[inputmode="numeric"]').first();
        expect(await input.getAttribute('type'), label).toBe('text');
        expect(await input.inputValue()).toBe('2021-10-15');
        // The browser's picker is there, out of sight, opened by the field's button.
        expect(await page.locator('main input[type="date"]').first().isVisible()).toBe(true);
        expect(await page.locator('main input[type="date"]').first().getAttribute('aria-hidden')).toBe(
          'true',
        );
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
