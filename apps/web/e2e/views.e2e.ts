import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { settled, watchedPage } from './support/browser';
import { SCREENSHOTS, useSuite } from './support/suite';

const suite = useSuite();

/** Every view, as a visitor lands on it: no console error, no axe violation, and a screenshot. */
const VIEWS = [
  { name: 'timeline', path: '/', heading: 'Timeline' },
  {
    name: 'event',
    path: '/events/2013-11-wechat-blocks-taobao-links',
    heading: /WeChat blocks Taobao links/,
  },
  {
    name: 'wall-map',
    path: '/wall?capability=link.open&surface=private-chat&axis=platforms&at=2021-12-01',
    heading: 'Wall map',
  },
  {
    name: 'ask',
    path: '/ask?host=wechat&surface=group-chat&capability=link.open&target=taobao&at=2021-10-15',
    heading: 'Ask',
  },
  { name: 'actors', path: '/actors', heading: 'Actors' },
  { name: 'actor', path: '/actors/wechat', heading: 'WeChat' },
  { name: 'compliance', path: '/compliance?at=2021-10-15', heading: 'Compliance' },
  { name: 'diff', path: '/diff?from=2021-06-01&to=2021-12-01', heading: 'Diff' },
  { name: 'edit', path: '/edit', heading: 'Record an event' },
  { name: 'not-found', path: '/no/such/page', heading: 'Nothing at this address' },
] as const;

describe('every view', () => {
  for (const view of VIEWS)
    it(`${view.name}: renders, with no console error and no accessibility violation`, async () => {
      const { page, errors, close } = await watchedPage(suite.browser);
      try {
        await page.goto(suite.url + view.path);
        await settled(page);
        await expect(
          page.getByRole('heading', { level: 1, name: view.heading }).first().isVisible(),
        ).resolves.toBe(true);
        if (view.name !== 'not-found' && view.name !== 'edit')
          await page.screenshot({
            path: `${SCREENSHOTS}${view.name}.png`,
            fullPage: view.name !== 'timeline' && view.name !== 'actors',
          });
        expect(await axeViolations(page)).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });
});
