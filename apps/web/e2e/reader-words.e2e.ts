import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { settled, watchedPage } from './support/browser';
import { useSuite } from './support/suite';
import { VIEWS, WIDTHS } from './support/views';

const suite = useSuite();
const WALL = '/wall?capability=link.open&surface=group-chat&axis=platforms&at=2021-12-01';
const ASK = '/ask?host=wechat&surface=group-chat&capability=link.open&target=taobao&at=2021-10-15';
const WHAT_IF = '/?without=2021-11-29-wechat-opens-private-chat-links&at=2021-12-01';
const PHONE = { width: 390, height: 844 };

/** Opens a page at a size, runs `check`, and asserts no console error happened on the way. */
async function onPage(
  path: string,
  size: { width: number; height: number },
  check: (page: Page) => Promise<void>,
) {
  const { page, errors, close } = await watchedPage(suite.browser, 'en-US', size);
  try {
    await page.goto(suite.url + path);
    await settled(page);
    await check(page);
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
}

// Issue 26, the rest: what a reader could not quote or read on the web.
describe('wall map camp labels tell Baidu, Bilibili and ByteDance apart', () => {
  for (const size of WIDTHS)
    it(`at ${size.width}px`, async () => {
      await onPage(`${WALL}&empty=show`, size, async (page) => {
        const labels = await page.locator('.camp-label').evaluateAll((els) =>
          els.map((el) => ({
            text: (el as HTMLElement).innerText.trim(),
            title: el.getAttribute('title') ?? '',
            cut: el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1,
          })),
        );
        const titles = labels.map((l) => l.title);
        for (const camp of ['Baidu', 'Bilibili', 'ByteDance']) expect(titles).toContain(camp);
        for (const l of labels) {
          // Whole, never cut by an ellipsis: the full name, or an abbreviation of it.
          expect(l.cut, l.title).toBe(false);
          expect(l.text).not.toMatch(/…/);
          expect(l.title.toLowerCase().startsWith(l.text.toLowerCase()), `${l.text} / ${l.title}`).toBe(true);
        }
        // Two camps never read the same, and every abbreviation is spelled out beside the grid.
        const columnCamps = await page
          .locator('thead .camp-label')
          .evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText.trim()));
        expect(new Set(columnCamps).size).toBe(columnCamps.length);
        const key = (await page.getByTestId('camp-key').innerText()) ?? '';
        for (const l of labels.filter((x) => x.text !== x.title))
          expect(key).toContain(`${l.text} ${l.title}`);
      });
    });
});

describe('the history chart: whole labels, the ledger’s whole span, even ticks', () => {
  for (const size of WIDTHS)
    it(`at ${size.width}px`, async () => {
      await onPage(ASK, size, async (page) => {
        await page.locator('.history-chart .recharts-line-curve').waitFor();
        const axes = await page.locator('.history-chart svg.recharts-surface').evaluate((svg) => {
          const frame = svg.getBoundingClientRect();
          const ticks = (anchor: string) =>
            [...svg.querySelectorAll(`.recharts-cartesian-axis-tick-value[text-anchor="${anchor}"]`)].map(
              (t) => {
                const box = t.getBoundingClientRect();
                return {
                  text: t.textContent ?? '',
                  left: box.left - frame.left,
                  right: frame.right - box.right,
                };
              },
            );
          return { y: ticks('end'), x: ticks('middle') };
        });
        expect(axes.y.map((t) => t.text)).toContain('unknown');
        for (const t of [...axes.y, ...axes.x]) {
          expect(t.left, `${t.text} is clipped on the left`).toBeGreaterThanOrEqual(0);
          expect(t.right, `${t.text} is clipped on the right`).toBeGreaterThanOrEqual(0);
        }
        const { items } = (await (await fetch(`${suite.url}/api/events?limit=5000`)).json()) as {
          items: { event: { date: string } }[];
        };
        const first = Number(
          items
            .map((i) => i.event.date)
            .sort()[0]!
            .slice(0, 4),
        );
        const years = axes.x.map((t) => Number(t.text));
        expect(years[0]).toBe(first);
        const steps = new Set(years.slice(1).map((y, i) => y - years[i]!));
        expect(steps.size, years.join(' ')).toBe(1);
        expect(years.length).toBeGreaterThanOrEqual(4);
      });
    });
});

/** Every page of the id scan, and the pages with the widest tables. */
const PAGES = [
  ...VIEWS.map((v) => v.path),
  '/actors/alibaba',
  '/ask?host=wechat&surface=*&capability=link.open&target=alibaba&at=2021-10-15',
  '/compliance?at=2022-02-07',
];

describe('a phone (390 px) shows every page whole', () => {
  for (const path of PAGES)
    it(path, async () => {
      await onPage(path, PHONE, async (page) => {
        const found = await page.evaluate(() => {
          const d = document.documentElement;
          // Every table column on screen (the wall grid scrolls in its own frame, by design); a
          // heading row kept only for screen readers (a phone's stacked table) is not on screen at all.
          const cut = [...document.querySelectorAll('main table:not(.wall-grid) :is(th, td)')]
            .filter((c) => (c as HTMLElement).offsetParent && c.checkVisibility())
            .filter((c) => (c.closest('thead')?.getBoundingClientRect().width ?? 2) > 1)
            .filter((c) => c.getBoundingClientRect().right > d.clientWidth + 1)
            .map((c) => (c as HTMLElement).innerText.slice(0, 40));
          // No title or name in the history or what-if tables wraps over five lines.
          const tall: string[] = [];
          for (const cell of document.querySelectorAll('.history-list td, .what-if-crossings :is(th, td)')) {
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const range = document.createRange();
              range.selectNodeContents(n);
              const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
              if (lines.size > 5) tall.push(`${lines.size} lines: ${n.textContent?.slice(0, 40)}`);
            }
          }
          return { scroll: d.scrollWidth, client: d.clientWidth, cut, tall };
        });
        expect(found.scroll).toBeLessThanOrEqual(found.client);
        expect(found.cut).toEqual([]);
        expect(found.tall).toEqual([]);
      });
    });

  it('compliance’s since, until and days and the Sources’ language are on screen', async () => {
    await onPage('/compliance?at=2021-10-15', PHONE, async (page) => {
      const table = await page.locator('main table').first().innerText();
      for (const heading of [/since/i, /until/i, /days/i]) expect(table).toMatch(heading);
      const right = await page
        .locator('main table td.num')
        .first()
        .evaluate((c) => c.getBoundingClientRect().right);
      expect(right).toBeLessThanOrEqual(PHONE.width);
    });
    await onPage('/sources', PHONE, async (page) => {
      const cell = page.locator('.sources-table tbody tr').first().locator('td').last();
      expect(await cell.innerText()).toMatch(/Chinese|English/);
      expect(await cell.isVisible()).toBe(true);
      expect((await cell.boundingBox())!.x + (await cell.boundingBox())!.width).toBeLessThanOrEqual(
        PHONE.width,
      );
    });
  });
});

describe('the wall map and the what-if count in the legend’s words', () => {
  it('the headline says how many of its blocks are inherited from a broader rule', async () => {
    await onPage(WALL, WIDTHS[0], async (page) => {
      const headline = (await page.getByTestId('wall-summary').locator('strong').innerText()).trim();
      const m = headline.match(/WeChat blocks (\d+) of (\d+) Alibaba Group platforms on group chat/);
      expect(m, headline).not.toBeNull();
      const blocked = Number(m![1]);
      // The blocked Alibaba cells of WeChat's row, and how many of them are inherited, as the grid marks them.
      const marks = await page.evaluate(() =>
        [...document.querySelectorAll('[data-cell^="wechat|"][data-status="blocked"]')].map((c) =>
          c.getAttribute('data-basis'),
        ),
      );
      const inherited = marks.filter((b) => b === 'inherited').length;
      expect(inherited).toBeGreaterThan(0);
      expect(blocked).toBeLessThanOrEqual(marks.length);
      expect(headline).toContain(`${inherited} inherited`);
      const totals = await page.getByTestId('wall-summary').innerText();
      expect(totals).not.toMatch(/partly|partially/);
    });
  });

  it('the what-if panel gives one count of crossings, not a second one of cells', async () => {
    await onPage(WHAT_IF, WIDTHS[0], async (page) => {
      const panel = page.locator('section.what-if');
      await panel.locator('.what-if-walls table').first().waitFor();
      const text = await panel.innerText();
      const counts = text.match(/\d+ (crossings?|cells?) (would )?differs?/g) ?? [];
      expect(counts).toHaveLength(1);
      expect(counts[0]).toMatch(/crossings? would differ/);
      expect(text).not.toMatch(/cells? differs?/);
    });
  });
});

/** The glossary's jargon as it appears on a page (titles, summaries and quotes are the ledger's own prose). */
const JARGON =
  /\b(mixed|inherited|inferred|disputed|friction|partial|blocked|sibling platform|less specific|superseded|uncertain window|estimated date|stale|last confirmed|beat)\b/i;

describe('every glossary term on a page carries its explanation', () => {
  for (const path of PAGES.filter((p) => p !== '/edit'))
    it(path, async () => {
      await onPage(path, WIDTHS[0], async (page) => {
        const found = await page.evaluate((source) => {
          const re = new RegExp(source, 'i');
          const prose =
            '.event-summary, .marker-note, .source-note, .note, blockquote, .lead, .help, a[href^="/events/"], a[href^="/sources/"], svg, label, option, [data-explained], .history-note';
          const bare: string[] = [];
          const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const el = n.parentElement!;
            const m = (n.textContent ?? '').match(re);
            if (!m || !el.checkVisibility() || el.closest(prose)) continue;
            const term = el.closest('[data-term]');
            const described = term?.getAttribute('aria-describedby');
            const text = described ? document.getElementById(described)?.textContent?.trim() : '';
            if (!term || !text || !term.getAttribute('title'))
              bare.push(`${m[1]}: ${n.textContent?.slice(0, 50)}`);
          }
          return { bare, terms: document.querySelectorAll('main [data-term]').length };
        }, JARGON.source);
        expect(found.bare).toEqual([]);
      });
    });

  it('a term’s description is its glossary explanation', async () => {
    await onPage(ASK, WIDTHS[0], async (page) => {
      const badge = page.locator('.verdict [data-term]').first();
      expect(await badge.getAttribute('data-term')).toBe('status:blocked');
      const id = await badge.getAttribute('aria-describedby');
      expect(await page.locator(`[id="${id}"]`).textContent()).toMatch(/does not work in place/);
      expect(await badge.getAttribute('title')).toMatch(/does not work in place/);
    });
  });
});

describe('date fields: a real date picker, dates written as the page writes them', () => {
  for (const [path, label] of [
    ['/compliance?at=2021-10-15', 'Date'],
    ['/diff?from=2021-06-01&to=2021-12-01', 'From'],
    [`${ASK}`, 'Date'],
  ] as const)
    it(path, async () => {
      await onPage(path, WIDTHS[0], async (page) => {
        const field = page.locator('main .field', { has: page.getByLabel(label, { exact: true }) }).first();
        const text = field.getByLabel(label, { exact: true });
        expect(await text.inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        // The field says the date as the page does ("15 Oct 2021"), never the browser's mm/dd/yyyy.
        expect(await field.innerText()).toMatch(/\d{1,2} [A-Z][a-z]{2,4} \d{4}/);
        expect(await field.innerText()).not.toMatch(/\d{2}\/\d{2}\/\d{4}|mm\/dd/);
        // The picker: a native date input the button opens; a day picked there fills the field.
        const picker = field.locator('input[type="date"]');
        expect(await picker.count()).toBe(1);
        expect(await picker.inputValue()).toBe(await text.inputValue());
        await field.getByRole('button', { name: 'Open the calendar' }).click();
        await picker.evaluate((el: HTMLInputElement) => {
          const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
          set.call(el, '2021-11-02');
          el.dispatchEvent(new Event('input', { bubbles: true }));
          el.dispatchEvent(new Event('change', { bubbles: true }));
        });
        await page.waitForFunction(
          () => location.search.includes('2021-11-02') || document.querySelector('form'),
        );
        expect(await text.inputValue()).toBe('2021-11-02');
        expect(await field.innerText()).toContain('2 Nov 2021');
      });
    });
});
