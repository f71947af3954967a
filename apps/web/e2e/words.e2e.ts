import { beforeAll, describe, expect, it } from 'vitest';
import { settled, watchedPage } from './support/browser';
import { useSuite } from './support/suite';
import { VIEWS, WIDTHS } from './support/views';

const suite = useSuite();

// Issue 26: every page names events, rules, sources, regulations and figures by title.
let IDS: string[] = [];
beforeAll(async () => {
  const get = async (path: string) => (await fetch(`${suite.url}/api${path}`)).json();
  const [events, sources, regulations, figures] = await Promise.all([
    get('/events?limit=5000'),
    get('/sources'),
    get('/regulations'),
    get('/figures'),
  ]);
  IDS = [
    ...events.items.map((i: { event: { id: string } }) => i.event.id),
    ...[...sources, ...regulations, ...figures].map((x: { id: string }) => x.id),
  ];
  expect(IDS.length).toBeGreaterThan(100);
});
/** The views, and the pages where ids used to show: a company's page, an answer with parts, compliance's unconfirmed list. */
const PAGES = [
  ...VIEWS.map((v) => v.path),
  '/actors/alibaba',
  '/ask?host=wechat&surface=*&capability=link.open&target=alibaba&at=2021-10-15',
  '/compliance?at=2022-02-07',
];

describe('no page shows a ledger id where a title exists', () => {
  for (const size of WIDTHS)
    for (const path of PAGES)
      it(`${path} at ${size.width}px`, async () => {
        const { page, close } = await watchedPage(suite.browser, 'en-US', size);
        try {
          await page.goto(suite.url + path);
          await settled(page);
          // biome-ignore lint/performance/useDomNodeTextContent: what a reader sees, not hidden text
          const text = await page.evaluate(() => document.body.innerText);
          expect(IDS.filter((id) => text.includes(id))).toEqual([]);
          expect(text).not.toMatch(/#\d+\b/);
        } finally {
          await close();
        }
      });
});
