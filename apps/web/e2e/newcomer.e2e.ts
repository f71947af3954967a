import { describe, expect, it } from 'vitest';
import { settled, watchedPage } from './support/browser';
import { useSuite } from './support/suite';

const suite = useSuite();

describe('what a newcomer tripped on', () => {
  it('actor page: openness steps as a table, figures headed Value, whole axis numbers, a rival as partner', async () => {
    const { page, errors, close } = await watchedPage(suite.browser);
    try {
      await page.goto(`${suite.url}/actors/wechat`);
      await settled(page);
      expect(await page.getByRole('combobox', { name: 'How open WeChat is to' }).inputValue()).toBe(
        'alibaba',
      );
      const steps = page.locator('.openness-steps tbody tr');
      expect(await steps.count()).toBeGreaterThan(1);
      expect(await steps.first().locator('td').count()).toBe(3);
      const heads = await page.locator('section[aria-labelledby="actor-figures"] thead th').allTextContents();
      expect(heads).toContain('Value');
      expect(heads).not.toContain('Openness');
      const ticks = (await (
        await page.waitForFunction(() => {
          const texts = [
            ...document.querySelectorAll(
              'section[aria-labelledby="actor-figures"] .recharts-cartesian-axis-tick-value[text-anchor="end"]',
            ),
          ].map((t) => t.textContent ?? '');
          return texts.length ? texts : null;
        })
      ).jsonValue()) as string[];
      expect(ticks.length).toBeGreaterThan(0);
      for (const tick of ticks) expect(tick.length).toBeLessThanOrEqual(6);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('Ask: a shared link with an unknown host, target and date shows all three, and keeps the typed host', async () => {
    const { page, errors, close } = await watchedPage(suite.browser);
    try {
      await page.goto(`${suite.url}/ask?host=wechatt&target=taobo&at=2021-02-30`);
      await settled(page);
      const host = page.getByLabel('Host (where the user is)');
      await page.getByText(/unknown actor "wechatt" — did you mean .*wechat/).waitFor();
      expect(await page.getByText(/unknown actor "taobo" — did you mean .*taobao/).isVisible()).toBe(true);
      expect(await page.locator('.field-invalid').count()).toBe(3);
      expect(await host.inputValue()).toBe('wechatt');
      expect(await host.locator('option:checked').textContent()).toContain('wechatt');
      expect(await page.locator('.verdict').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('Edit: the count of problems shows above the fields it points to, and comes into view', async () => {
    const { page, errors, close } = await watchedPage(suite.browser);
    try {
      await page.goto(`${suite.url}/edit`);
      await settled(page);
      await page.getByRole('button', { name: 'Check and record' }).click();
      const result = page.locator('.edit-outcome');
      await result.getByText(/problems: see the fields marked below/).waitFor();
      const first = await page.locator('.edit-form fieldset').first().boundingBox();
      const box = await result.boundingBox();
      expect(box!.y + box!.height).toBeLessThanOrEqual(first!.y);
      expect(await result.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('Compliance: an empty date says why, and the link to a date with breaches says what it is', async () => {
    const { page, errors, close } = await watchedPage(suite.browser);
    try {
      await page.goto(`${suite.url}/compliance?at=2026-01-01`);
      await settled(page);
      expect(await page.locator('.notice-empty').textContent()).toMatch(/No breaches on 1 Jan 2026: /);
      await page.getByRole('link', { name: /See the breaches four weeks after it \(15 Oct 2021\)/ }).click();
      await page.waitForFunction(() => location.search === '?at=2021-10-15');
      await page.locator('table tbody tr').first().waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
