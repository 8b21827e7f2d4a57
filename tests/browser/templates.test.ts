/**
 * Every page template in Chromium (tests/helpers/browser.ts `inspectPage`: axe in light and
 * dark mode, phone widths, console, CSP and other hosts), under both pinned font sets
 * (scripts/shared/fonts.ts), on pages whose number does not grow with the catalogue: one page per
 * route of the real build (its largest), the fixture catalogue's case studies, whose made-up
 * content reaches the template branches real content may not, with a page of each route the
 * real site lacks, and page 2 of each paginated template from the pagination fixture, whose listings run to
 * three pages where the real ones do not yet. The search page is seen with results too. Each
 * layout is also seen once with JavaScript off, at 390 px in light and dark, where no control
 * may show that would do nothing (tests/helpers/browser.ts `deadControls`). The static checks cover every page of the real build and the catalogue's
 * (tests/site/every-page.test.ts); keyboard and no-JavaScript use of the paged listings are in
 * pagination.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CLEAN_PAGE, describeBrowser, inspectPage, useBrowser, type InspectOptions } from '../helpers/browser.ts';
import { allPages, DIST, requireBuild } from '../helpers/dist.ts';
import { catalogue, paginated } from '../helpers/fixtures/catalogue.ts';
import { LATER_PAGES, pageRoutes, routeOf, templateSample } from '../helpers/routes.ts';
import { FONT_SETS, type FontSet } from '../../scripts/shared/fonts.ts';
import { paths } from '../../src/lib/site/paths.ts';
import { LAYOUT_RULES } from '../../scripts/shared/axe.ts';

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
/**
 * Pages of the fixture catalogue that hold what the real site's may not yet: awards by show and
 * year, and an objective's case studies.
 */
const FILLED = [paths.awards, paths.objective('awareness')];
/**
 * The fixture catalogue's case studies, whose made-up content reaches the template branches real
 * content may not, those FILLED pages, and one page of each route the real site's sample does not reach.
 */
const { fixturePages, unseen } = (() => {
  const pages = allPages(catalogue().dist);
  const caseStudy = (path: string) => routeOf(pageRoutes(), path)?.route === 'campaigns/[slug]';
  const unseen = [...templateSample(pages, catalogue().dist)].filter(([route]) => !sample.has(route)).map(([, path]) => path);
  return { fixturePages: [...new Set([...pages.filter(caseStudy), ...FILLED, ...unseen])].sort(), unseen: new Set(unseen) };
})();
/** Page 2 of each of those layouts (its largest), from the pagination fixture, whose listings run to three pages. */
const pagedSample = (() => {
  const byRoute = templateSample(
    allPages(paginated().dist).filter((path) => path.endsWith('/page/2/')),
    paginated().dist,
  );
  const byLayout = new Map<string, [string, string]>();
  for (const [route, path] of byRoute)
    if (LATER_PAGES[route] && !byLayout.has(LATER_PAGES[route])) byLayout.set(LATER_PAGES[route], [route, path]);
  return new Map([...byLayout.values()]);
})();

describe('the pages the browser visits', () => {
  it('cover every route in src/pages/, in the real sample, the fixture catalogue or the paged sample', () => {
    const seen = new Set([...sample.keys(), ...pagedSample.keys(), ...fixturePages.map((path) => routeOf(pageRoutes(), path)?.route)]);
    expect(pageRoutes().filter((r) => !seen.has(r.route))).toEqual([]);
  });

  it('see page 2 of every layout that draws later pages of a listing, and know the layout of every paged route', () => {
    const paged = pageRoutes().filter((r) => r.route.endsWith('/[...page]'));
    expect(paged.length).toBeGreaterThanOrEqual(16);
    expect(paged.map((r) => r.route).filter((route) => !LATER_PAGES[route])).toEqual([]);
    expect(
      [...new Set(Object.values(LATER_PAGES))].filter((layout) => ![...pagedSample.keys()].some((r) => LATER_PAGES[r] === layout)),
    ).toEqual([]);
  });

  it('stay few: one per route on the real site, and at most 20 pages of the fixture catalogue', () => {
    expect(sample.size).toBe(new Set(allPages().map((path) => routeOf(pageRoutes(), path)!.route)).size);
    // Under the second font set, one route per shared layout, each layout still seen.
    expect(new Set([...perLayout.keys()].map((route) => LATER_PAGES[route] ?? route)).size).toBe(
      new Set([...sample.keys()].map((route) => LATER_PAGES[route] ?? route)).size,
    );
    expect(perLayout.size).toBeLessThan(sample.size);
    expect(fixturePages.length).toBeLessThanOrEqual(20);
  });
});

/**
 * Fonts change sizes and line breaks, so every layout is seen under each font set: the whole
 * pass under the first, at desktop width, on every template; under the second, at phone width
 * with the axe rules that sizes decide (the others do not depend on the font), one page per
 * layout: the term routes that share a layout (LATER_PAGES) differ only in data, which the first
 * pass sees on each of them. Without JavaScript, too, one page per layout is seen (its controls
 * are the layout's), and page 2 of a listing not again (page 1 is the same template). That keeps
 * `npm test` fast; `npm run check:a11y` runs every rule on every page at both widths under both.
 */
const [first, ...others] = FONT_SETS;
/** The real sample with one route per shared layout, for the second font set. */
const perLayout = (() => {
  const layouts = new Set<string>();
  return new Map(
    [...sample].filter(([route]) => {
      const layout = LATER_PAGES[route];
      if (!layout) return true;
      if (layouts.has(layout)) return false;
      layouts.add(layout);
      return true;
    }),
  );
})();
const pass = (fonts: FontSet): InspectOptions =>
  fonts === first ? { noScript: true } : { schemes: ['light'], axeWidth: 390, rules: LAYOUT_RULES };
/** A page seen with and without JavaScript runs axe twice as often, so it gets twice the browser project's time. */
const timeout = (options: InspectOptions) => (options.noScript ? 120_000 : undefined);

for (const fonts of [first!, ...others]) {
  describeBrowser(`one page per template of the real site in Chromium, ${fonts.name} fonts (${fonts.sans})`, () => {
    const ctx = useBrowser({ fonts: fonts.name });
    for (const [route, path] of [...(fonts === first ? sample : perLayout), ['search (with results)', SEARCH_WITH_RESULTS] as const]) {
      // The search page with results is the search template again: without JavaScript it is seen once, at /search/.
      const noScript = Boolean(pass(fonts).noScript) && path !== SEARCH_WITH_RESULTS && perLayout.has(route);
      const options = { ...pass(fonts), ready: readyFor(path), noScript };
      it.concurrent(
        `${route}: ${path}`,
        async ({ expect }) => {
          expect(await inspectPage(ctx, path, options)).toEqual(CLEAN_PAGE);
        },
        timeout(options),
      );
    }
  });

  describeBrowser(`page 2 of every paginated template of the pagination fixture in Chromium, ${fonts.name} fonts`, () => {
    const ctx = useBrowser({ root: paginated().dist, fonts: fonts.name });
    const options = { ...pass(fonts), noScript: false };
    for (const [route, path] of pagedSample) {
      it.concurrent(
        `${route}: ${path}`,
        async ({ expect }) => {
          expect(await inspectPage(ctx, path, options)).toEqual(CLEAN_PAGE);
        },
        timeout(options),
      );
    }
  });
}

describeBrowser(`the fixture catalogue's case studies and the routes the real site lacks in Chromium, ${first!.name} fonts`, () => {
  const ctx = useBrowser({ root: catalogue().dist, fonts: first!.name });
  for (const path of [...fixturePages, SEARCH_WITH_RESULTS]) {
    // Without JavaScript, only the routes the real sample lacks: the case-study template is seen there.
    const options = { ready: readyFor(path), noScript: unseen.has(path) };
    it.concurrent(
      path,
      async ({ expect }) => {
        expect(await inspectPage(ctx, path, options)).toEqual(CLEAN_PAGE);
      },
      timeout(options),
    );
  }
});
