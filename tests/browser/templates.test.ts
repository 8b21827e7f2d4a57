/**
 * Every page template in Chromium (tests/helpers/browser.ts `inspectPage`: axe in light and
 * dark mode, phone widths, console, CSP and other hosts), on pages whose number does not grow
 * with the catalogue: one page per route of the real build (its largest), and every page of the
 * fixture catalogue, whose made-up case studies reach the template branches real content may
 * not. The search page is seen with results too. The static checks cover every page of both
 * builds (tests/site/every-page.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CLEAN_PAGE, describeBrowser, inspectPage, useBrowser } from '../helpers/browser.ts';
import { allPages, DIST, requireBuild } from '../helpers/dist.ts';
import { catalogue } from '../helpers/catalogue.ts';
import { pageRoutes, routeOf, templateSample } from '../helpers/routes.ts';

/** Search with a query that finds case studies in either build, once its results are shown. */
const SEARCH_WITH_RESULTS = '/search/?q=unicef';
async function searchResults(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('[data-results]')?.getAttribute('aria-busy') === 'false' && document.querySelector('[data-results-list] li'),
  );
}
const readyFor = (path: string) => (path === SEARCH_WITH_RESULTS ? searchResults : undefined);

requireBuild();
const sample = templateSample(allPages(), DIST);
const fixturePages = allPages(catalogue().dist);

describe('the pages the browser visits', () => {
  it('cover every route in src/pages/, in the real sample or the fixture catalogue', () => {
    const seen = new Set([...sample.keys(), ...fixturePages.map((path) => routeOf(pageRoutes(), path)?.route)]);
    // Later pages of a playbook theme exist only past 24 lessons on one theme, which neither
    // build reaches; the route renders playbook/[theme].astro (visited) with a page number,
    // and `npm run bench:scale` builds and measures its pages. Likewise later pages of an index
    // (organisations past 100), which render TermIndexLayout like the visited first pages.
    const onlyAtScale = new Set(['playbook/[theme]/page/[page]', '[section]/page/[page]']);
    expect(pageRoutes().filter((r) => !seen.has(r.route) && !onlyAtScale.has(r.route))).toEqual([]);
  });

  it('stay few: one per route on the real site, and a fixture catalogue of at most 75 pages', () => {
    expect(sample.size).toBe(new Set(allPages().map((path) => routeOf(pageRoutes(), path)!.route)).size);
    expect(fixturePages.length).toBeLessThanOrEqual(75);
  });
});

describeBrowser('one page per template of the real site in Chromium', () => {
  const ctx = useBrowser();
  for (const [route, path] of [...sample, ['search (with results)', SEARCH_WITH_RESULTS] as const]) {
    it.concurrent(`${route}: ${path}`, async ({ expect }) => {
      expect(await inspectPage(ctx, path, readyFor(path))).toEqual(CLEAN_PAGE);
    });
  }
});

describeBrowser('every page of the fixture catalogue in Chromium', () => {
  const ctx = useBrowser({ root: catalogue().dist });
  for (const path of [...fixturePages, SEARCH_WITH_RESULTS]) {
    it.concurrent(path, async ({ expect }) => {
      expect(await inspectPage(ctx, path, readyFor(path))).toEqual(CLEAN_PAGE);
    });
  }
});
