import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { settled, watchedPage } from './support/browser';
import { horizontalOverflow } from './support/overflow';
import { useSuite } from './support/suite';
import { VIEWS, WIDTHS } from './support/views';

const suite = useSuite();

/** Every page at a laptop's and a phone's width: no console error, no axe violation, nothing sideways. */
describe('every view', () => {
  for (const size of WIDTHS)
    for (const view of VIEWS)
      it(`${view.name} at ${size.width}px: renders, accessible, no horizontal overflow`, async () => {
        const { page, errors, close } = await watchedPage(suite.browser, 'en-US', size);
        try {
          await page.goto(suite.url + view.path);
          await settled(page);
          await expect(
            page.getByRole('heading', { level: 1, name: view.heading }).first().isVisible(),
          ).resolves.toBe(true);
          expect(await horizontalOverflow(page)).toBe(0);
          expect(await axeViolations(page)).toEqual([]);
          expect(errors).toEqual([]);
        } finally {
          await close();
        }
      });
});
