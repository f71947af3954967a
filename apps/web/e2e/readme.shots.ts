import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { settled, watchedPage } from './support/browser';
import { useSuite } from './support/suite';
import { VIEWS, WIDTHS } from './support/views';

const SCREENSHOTS = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
const SHOWN = ['timeline', 'what-if', 'wall-map', 'ask', 'actor', 'sources', 'compliance', 'diff', 'edit'];

const suite = useSuite();

/** The README's screenshots, each page at a laptop's width (whole page) and a phone's (first screen). */
describe('README screenshots', () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const size of WIDTHS)
    for (const view of VIEWS.filter((v) => SHOWN.includes(v.name)))
      it(`${view.name} at ${size.width}px`, async () => {
        const { page, close } = await watchedPage(suite.browser, 'en-US', size);
        try {
          await page.goto(suite.url + view.path);
          await settled(page);
          await page.screenshot({
            path: `${SCREENSHOTS}${view.name}-${size.width}.png`,
            // The timeline (and the what-if beside it) runs to thousands of pixels: its first screen only.
            fullPage: size.name === 'desktop' && view.name !== 'timeline' && view.name !== 'what-if',
          });
        } finally {
          await close();
        }
      });
});
