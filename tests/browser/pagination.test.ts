/**
 * Paged listings in Chromium, on the pagination fixture (tests/helpers/fixtures/pagination-build.ts),
 * for the deepest listing of each section. From the keyboard alone a reader reaches the page
 * nav's Next link, sees where focus is, lands on the next page and comes back by Previous (one
 * listing per layout); without JavaScript every section's pages show their items and their links
 * lead on. axe
 * in light and dark mode, phone widths, console and CSP of page 2 of every template are checked
 * in templates.test.ts; what each page lists, over the HTML, in tests/site/pagination.test.ts.
 */
import { expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import type { Locator, Page } from 'playwright-core';
import { describeBrowser, useBrowser } from '../helpers/browser.ts';
import { paginated } from '../helpers/fixtures/catalogue.ts';
import { LATER_PAGES, pageRoutes, routeOf } from '../helpers/routes.ts';
import { ui } from '../../src/i18n/ui.ts';
import {
  deepestListings,
  expectedListings,
  itemsOf,
  ITEM_SELECTOR,
  listedOn,
  PAGE_NAV,
  pagesFor,
  pageSlice,
  pageUrl,
  type ExpectedListing as Listing,
} from '../helpers/listings.ts';

const samples = [...deepestListings(expectedListings(paginated().root))];
/**
 * The keyboard's way through the pages depends on the layout (its focus order and page links),
 * not on what it lists: one listing per layout (LATER_PAGES), where the page without JavaScript
 * is seen for every section.
 */
const layouts = new Set<string>();
const keyboardSamples = samples.filter(([, listing]) => {
  const route = routeOf(pageRoutes(), listing.base)?.route ?? listing.base;
  const layout = LATER_PAGES[route] ?? route;
  if (layouts.has(layout)) return false;
  layouts.add(layout);
  return true;
});

/** Presses Tab until the focused element matches `selector`; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 150): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector} in ${limit} presses on ${page.url()}`);
}

/** How the focused element shows its focus: the keyboard's ring, and whether it is on screen. */
const focusRing = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
      focusVisible: el.matches(':focus-visible'),
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      onScreen: box.width > 0 && box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight,
    };
  });
const RING = { focusVisible: true, outline: true, onScreen: true };

describeBrowser('paged listings from the keyboard', () => {
  const ctx = useBrowser({ dist: () => paginated().dist });

  it('are one per layout, and fewer than the sections', () => {
    expect(keyboardSamples.length).toBe(layouts.size);
    expect(keyboardSamples.length).toBeLessThan(samples.length);
  });

  for (const [section, listing] of keyboardSamples) {
    it.concurrent(`${section}: Tab reaches Next, Enter opens the next page, and Previous leads back (${listing.base})`, async () => {
      // With JavaScript, /campaigns/ swaps its first page for the explorer's results, which grow
      // by "Show more" instead of pages: there the page links start on page 2.
      const start = listing.kind === 'campaigns' ? 2 : 1;
      const { page, errors } = await ctx.open(pageUrl(listing.base, start));
      await tabTo(page, `${PAGE_NAV} a[rel="next"]`);
      expect(await focusRing(page)).toEqual(RING);
      await Promise.all([page.waitForURL(ctx.server.url + pageUrl(listing.base, start + 1)), page.keyboard.press('Enter')]);
      expect(await page.locator('main h1').textContent()).toContain(`page ${start + 1}`);

      await tabTo(page, `${PAGE_NAV} a[rel="prev"]`);
      expect(await focusRing(page)).toEqual(RING);
      await Promise.all([page.waitForURL(ctx.server.url + pageUrl(listing.base, start)), page.keyboard.press('Enter')]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});

describeBrowser('paged listings without JavaScript', () => {
  const ctx = useBrowser({ dist: () => paginated().dist });

  /** Page `n`'s items as the reader sees them: as many visible as the page should hold, and those. */
  async function expectItems(page: Page, listing: Listing, n: number): Promise<void> {
    const items = page.locator(ITEM_SELECTOR[listing.kind]);
    expect(await items.evaluateAll((els) => els.filter((el) => el.checkVisibility()).length)).toBe(pageSlice(listing, n).length);
    expect(listedOn(parse(await page.content()), listing.kind)).toEqual(pageSlice(listing, n));
    expect(await page.locator(PAGE_NAV).isVisible()).toBe(true);
  }

  for (const [section, listing] of samples) {
    it.concurrent(`${section}: every page shows its items, and Next, a page number and Previous lead on (${listing.base})`, async () => {
      const last = pagesFor(itemsOf(listing).length);
      const { page } = await ctx.open(listing.base, { javaScriptEnabled: false });
      const nav = page.locator(PAGE_NAV);
      /** Clicks `link` and waits for page `n` of the listing; then checks what it shows. */
      const follow = async (link: Locator, n: number) => {
        await Promise.all([page.waitForURL(ctx.server.url + pageUrl(listing.base, n)), link.click()]);
        await expectItems(page, listing, n);
      };
      await expectItems(page, listing, 1);
      await follow(nav.locator('a[rel="next"]'), 2);
      await follow(nav.getByRole('link', { name: ui.pagination.page(last), exact: true }), last);
      await follow(nav.locator('a[rel="prev"]'), last - 1);
      await page.context().close();
    });
  }
});
