/**
 * A citation marker opens the source's words in place (src/author-components/Cite.astro): by
 * keyboard, on a 390 px phone and at 1280 px, in light and dark, with and without JavaScript
 * (the note is a popover, which needs none), and free of axe violations while open.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, useBrowser } from '../helpers/browser.ts';
import { catalogue } from '../helpers/fixtures/catalogue.ts';
import { axeViolations } from '../../scripts/shared/axe.ts';

const PAGE = '/campaigns/fixture-alpha/';

/** Presses Tab until the citation marker has focus, as a keyboard user gets there. */
async function tabToMarker(page: Page): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.matches('button.cite') ?? false)) return;
  }
  throw new Error('Tab never reached the citation marker');
}

const noteOpen = (page: Page) => page.locator('.cite-note').evaluate((note) => note.matches(':popover-open'));

describeBrowser('a citation note', () => {
  const ctx = useBrowser({ root: catalogue().dist });

  for (const [width, height] of [
    [390, 844],
    [1280, 900],
  ] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`opens by keyboard at ${width} px in ${colorScheme}, fits the screen, passes axe and closes with Escape`, async () => {
        const { page, errors } = await ctx.open(PAGE, { width, height, colorScheme });
        await tabToMarker(page);
        expect(await noteOpen(page)).toBe(false);
        await page.keyboard.press('Enter');
        expect(await noteOpen(page)).toBe(true);
        const note = page.locator('.cite-note');
        await expect.poll(() => note.isVisible()).toBe(true);
        expect(await note.locator('q').textContent()).toBe('A made-up passage … that stands for the words of the source.');
        const box = (await note.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        expect(box.y + box.height).toBeLessThanOrEqual(height);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        expect(await axeViolations(page)).toEqual([]);
        await page.keyboard.press('Escape');
        expect(await noteOpen(page)).toBe(false);
        expect(errors).toEqual([]);
        await page.context().close();
      });
    }
  }

  it('opens with a tap without JavaScript, and closes from its own button', async () => {
    const { page } = await ctx.open(PAGE, { width: 390, height: 844, javaScriptEnabled: false });
    await page.locator('.prose button.cite').click();
    expect(await noteOpen(page)).toBe(true);
    await page.locator('.cite-note button').click();
    expect(await noteOpen(page)).toBe(false);
    await page.context().close();
  });
});
