import { DEFAULT_PAIRS } from '@hutong/domain';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { settled, watchedPage } from './support/browser';
import { horizontalOverflow } from './support/overflow';
import { useSuite } from './support/suite';

const suite = useSuite();

/** The backtest as the API gives it (REST), to hold the page's numbers to. */
async function apiBacktest() {
  const res = await fetch(`${suite.url}/api/game`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ pairs: DEFAULT_PAIRS }),
  });
  expect(res.status).toBe(200);
  return (
    (await res.json()) as {
      backtest: { logLoss: Record<string, number>; beatsPersistence: boolean; untestable?: string };
    }
  ).backtest;
}

/** The simulation the page asks for first (its default knobs). */
async function warmSimulation() {
  const simulation = { payoffs: { R: 3, S: 0, T: 5, P: 1 }, noise: 0.05, fine: 2, seed: 1 };
  const res = await fetch(`${suite.url}/api/game/simulate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ pairs: DEFAULT_PAIRS, simulation }),
  });
  expect(res.status).toBe(200);
}

describe('the game page', () => {
  for (const [locale, heading] of [
    ['en-US', 'The game the articles describe'],
    ['zh-CN', '文章所描述的博弈'],
  ] as const)
    it(`shows the backtest the API gives, number for number, with a plain explanation (${locale})`, {
      timeout: 150_000,
    }, async () => {
      const { page, errors, close } = await watchedPage(suite.browser, locale);
      try {
        // The API first: the server keeps the answers for its ledger, so the page does not wait seconds
        // on a machine shared with other suites.
        const b = await apiBacktest();
        await warmSimulation();
        await page.goto(`${suite.url}/game`);
        await settled(page);
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        await page.locator('#game-backtest').waitFor({ timeout: 60_000 });
        if (b.untestable)
          // The curated ledger may have no move before the cutoff with both sides scored: the page says so.
          expect(await page.locator('section[aria-labelledby="game-backtest"] .notice').count()).toBe(1);
        else {
          expect(await page.getByTestId('log-loss-fitted').textContent()).toBe(b.logLoss.model!.toFixed(4));
          expect(await page.getByTestId('log-loss-persistence').textContent()).toBe(
            b.logLoss.persistence!.toFixed(4),
          );
          expect(await page.getByTestId('log-loss-alwaysDefect').textContent()).toBe(
            b.logLoss.alwaysDefect!.toFixed(4),
          );
        }
        expect(await page.locator('svg.recharts-surface').count()).toBeGreaterThan(0);
        // The simulation under edited payoffs: a chart, and no error.
        await page.locator('#game-simulation').scrollIntoViewIfNeeded();
        await page.locator('section[aria-labelledby="game-simulation"] input').first().fill('4');
        await page.locator('section[aria-labelledby="game-simulation"] button[type="submit"]').click();
        await page
          .locator('section[aria-labelledby="game-simulation"] svg.recharts-surface')
          .first()
          .waitFor({ timeout: 60_000 });
        expect(await horizontalOverflow(page)).toBe(0);
        expect(await axeViolations(page)).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });
});

describe('the answer history on Ask', () => {
  it('lists the revisions that changed the answer, with author, reason and before → after', {
    timeout: 120_000,
  }, async () => {
    const { page, errors, close } = await watchedPage(suite.browser, 'en-US');
    try {
      await page.goto(
        `${suite.url}/ask?host=wechat&surface=private-chat&capability=link.open&target=taobao&at=2022-01-01`,
      );
      await settled(page);
      await page.getByText('Answer history: which revisions changed this answer').click();
      const rows = page.locator('details.answer-history tbody tr');
      await rows.first().waitFor({ timeout: 60_000 });
      expect(await rows.count()).toBeGreaterThan(0);
      expect(await rows.last().textContent()).toContain('seed');
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
