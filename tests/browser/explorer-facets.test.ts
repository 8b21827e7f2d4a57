/**
 * The explorer in Chromium, on the fixture catalogue (its counts and orders never change as
 * content/ grows): OR within a facet, AND across facets, counts that match the taxonomy pages,
 * zero-result values, browsing without words, every sort, Back and Forward, keyboard-only use,
 * axe in both schemes, phone widths (the region facet, the sticky button back to the results,
 * "Skip to results"), and the page with JavaScript off. The default view is the
 * page as built, with no search and no layout shift; the index loads once a control is used.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { parse } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { WCAG_TAGS } from '../../scripts/shared/axe.ts';
import { axeLightAndDark, describeBrowser, fillResults, useBrowser } from '../helpers/browser.ts';
import { catalogue } from '../helpers/fixtures/catalogue.ts';
import { paths } from '../../src/lib/site/paths.ts';

const ctx = useBrowser({ dist: () => catalogue().dist });

/** The case studies a built taxonomy page lists, by slug. */
function listedOn(path: string): Set<string> {
  const html = parse(readFileSync(join(catalogue().dist, path, 'index.html'), 'utf8'));
  return new Set(
    html
      .querySelectorAll('main article h2 a, main article h3 a')
      .map((a) => /\/campaigns\/([^/]+)\//.exec(a.getAttribute('href') ?? '')?.[1])
      .filter((s): s is string => Boolean(s)),
  );
}

/**
 * Waits for the results and counts of the state the URL now holds, and returns the slugs shown,
 * in order: the live results, or the page's own listing in the default view.
 */
async function results(page: Page): Promise<string[]> {
  await page.waitForFunction(() => {
    const list = document.querySelector<HTMLElement>('[data-results-list]');
    return (
      list?.dataset.resultsFor === location.search &&
      list.closest('[data-results]')?.getAttribute('aria-busy') === 'false' &&
      document.querySelector<HTMLElement>('[data-facets]')?.dataset.countsFor === location.search
    );
  });
  await fillResults(page);
  return page.$$eval(
    '[data-results]:not([hidden]) a[data-field="title"], [data-fallback]:not([hidden]) #campaign-list > li h3 a',
    (links) => links.map((a) => /\/campaigns\/([^/]+)\//.exec((a as HTMLAnchorElement).pathname)![1]!),
  );
}

/** The paths of the search index's files the page has fetched so far. */
const indexFiles = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.startsWith('/pagefind/')),
  );

const box = (page: Page, facet: string, value: string) => page.locator(`input[data-facet="${facet}"][value="${value}"]`);
async function choose(page: Page, facet: string, value: string): Promise<void> {
  await page
    .locator(`[data-facet-group="${facet}"] [data-show-all]:not([hidden])`)
    .click({ timeout: 500 })
    .catch(() => undefined);
  await box(page, facet, value).check();
}
const count = (page: Page, facet: string, value: string) =>
  box(page, facet, value).evaluate((el) => Number(el.closest('label')!.querySelector('[data-count]')!.textContent));

/** The case studies /awards/ lists under a show, by slug. */
function awardedAt(show: string): Set<string> {
  const html = parse(readFileSync(join(catalogue().dist, 'awards', 'index.html'), 'utf8'));
  return new Set(html.querySelectorAll(`#show-${show} li[data-award] > a`).map((a) => a.getAttribute('href')!.split('/')[2]!));
}

/** Two causes of the catalogue whose case studies differ, so their union is larger than either. */
function twoCauses(): [string, string] {
  const html = parse(readFileSync(join(catalogue().dist, 'causes', 'index.html'), 'utf8'));
  const ids = html
    .querySelectorAll('main a[href^="/causes/"]')
    .map((a) => a.getAttribute('href')!.split('/')[2]!)
    .filter(Boolean);
  for (const a of ids)
    for (const b of ids) if (a < b && [...listedOn(paths.cause(a))].some((s) => !listedOn(paths.cause(b)).has(s))) return [a, b];
  throw new Error('the fixture catalogue needs two causes with different case studies');
}

describeBrowser('the explorer on /campaigns/', () => {
  it('browses without words: every case study, newest first, as the static listing orders them', async () => {
    const { page, errors } = await ctx.open(paths.campaigns);
    const listing = parse(readFileSync(join(catalogue().dist, 'campaigns', 'index.html'), 'utf8'))
      .querySelectorAll('#campaign-list > li')
      .map((li) => li.getAttribute('data-campaign'));
    expect(await results(page)).toEqual(listing);
    // The same order from the index, asked for newest first.
    await page.selectOption('select[name="sort"]', 'newest');
    const shown = await results(page);
    expect(shown).toEqual(listing.slice(0, shown.length));
    expect(errors).toEqual([]);
  });

  it('shows its own listing and counts in the default view, and fetches the index only once a control is used', async () => {
    const { page, errors } = await ctx.open(paths.campaigns);
    await results(page);
    await page.waitForLoadState('networkidle');
    expect(await indexFiles(page)).toEqual([]);
    expect(await page.locator('#campaign-list').isVisible()).toBe(true);
    expect(await page.textContent('[data-status]')).toBe(`${listedOn(paths.campaigns).size} case studies match.`);
    const script = page.waitForRequest((r) => r.url().endsWith('/pagefind/pagefind.js'));
    await page.focus('#explorer-q');
    await script;
    expect(errors).toEqual([]);
  });

  it('on the search page, loads the index in idle time, but runs no search and fetches no result', async () => {
    const { page } = await ctx.open(paths.search);
    await results(page);
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('.pf_meta')));
    await page.waitForLoadState('networkidle');
    expect((await indexFiles(page)).filter((p) => /\/(fragment|index|filter)\//.test(p))).toEqual([]);
  });

  it('fetches the data of the first few results only, and the rest as the reader nears or passes the end of the list', async () => {
    const { page } = await ctx.open(`${paths.campaigns}?sort=newest`, { height: 500 });
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-results-list]')?.dataset.resultsFor === '?sort=newest');
    const all = listedOn(paths.campaigns).size;
    const fragments = async () => (await indexFiles(page)).filter((p) => p.includes('/fragment/')).length;
    const cards = () => page.locator('[data-results-list] > li').count();
    expect(await cards()).toBeLessThan(all);
    expect(await fragments()).toBe(await cards());
    expect(await page.locator('[data-more]').isVisible()).toBe(false);
    // A jump to the end of the page passes the end of the list: the rest loads all the same.
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
    await page.waitForFunction(() => document.querySelector('[data-results-list]')!.getBoundingClientRect().bottom < 0);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-results-list]')?.dataset.filled === 'true');
    expect(await cards()).toBe(all);
    expect(await fragments()).toBe(all);
  });

  it('does not move when its script starts: the default view is the page as built', async () => {
    const geometry = async (blockScripts: boolean) => {
      const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 900 } });
      if (blockScripts) await context.route(/\.js$/, (route) => route.abort());
      const page = await context.newPage();
      await page.goto(ctx.server.url + paths.campaigns);
      if (!blockScripts) await results(page);
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => document.fonts.ready);
      const boxes = await page.$$eval(
        '#campaign-list > li:first-child, [data-status], [data-facet-group], [data-results-area], #browse-heading',
        (els) =>
          els.map((el) => ({ what: el.getAttribute('data-facet-group') ?? el.id ?? el.tagName, ...el.getBoundingClientRect().toJSON() })),
      );
      await context.close();
      return boxes.map(({ what, top, left, height, width }) => ({
        what,
        top: Math.round(top),
        left: Math.round(left),
        height: Math.round(height),
        width: Math.round(width),
      }));
    };
    expect(await geometry(false)).toEqual(await geometry(true));
  });

  it('shows the listing and the built counts again on Back to the default view', async () => {
    const [a] = twoCauses();
    const { page } = await ctx.open(paths.campaigns);
    const listing = await results(page);
    const counts = () => page.$$eval('[data-facets] [data-count]', (els) => els.map((e) => e.textContent));
    const built = await counts();
    await choose(page, 'cause', a);
    expect(new Set(await results(page))).toEqual(listedOn(paths.cause(a)));
    expect(await counts()).not.toEqual(built);
    await page.goBack();
    expect(await results(page)).toEqual(listing);
    expect(await page.locator('[data-results]').isVisible()).toBe(false);
    expect(await box(page, 'cause', a).isChecked()).toBe(false);
    expect(await counts()).toEqual(built);
  });

  it('combines two values of one facet with OR: the union of the two cause pages', async () => {
    const [a, b] = twoCauses();
    const { page } = await ctx.open(paths.campaigns);
    await results(page);
    await choose(page, 'cause', a);
    expect(new Set(await results(page))).toEqual(listedOn(paths.cause(a)));
    await choose(page, 'cause', b);
    expect(new Set(await results(page))).toEqual(new Set([...listedOn(paths.cause(a)), ...listedOn(paths.cause(b))]));
    expect(new URL(page.url()).searchParams.getAll('cause').sort()).toEqual([a, b].sort());
    expect(await page.locator('[data-chips] button').count()).toBe(2);
  });

  it('writes the strings the page gave it: chips named after their filter, and a facet folded and unfolded', async () => {
    const [a] = twoCauses();
    const { page, errors } = await ctx.open(paths.campaigns);
    await results(page);
    const button = page.locator('[data-show-all]:not([hidden])').first();
    const folded = (await button.textContent())!;
    expect(folded).toMatch(/^Show \d+ more$/);
    await button.click();
    expect(await button.textContent()).toBe('Show fewer');
    await button.click();
    expect(await button.textContent()).toBe(folded);
    await choose(page, 'cause', a);
    await results(page);
    const label = await box(page, 'cause', a).getAttribute('data-label');
    const chip = page.locator('[data-chips] button');
    expect(await chip.getAttribute('aria-label')).toBe(`Remove filter Cause: ${label}`);
    expect(await chip.locator('[data-chip-text]').textContent()).toBe(`Cause: ${label}`);
    expect(errors).toEqual([]);
  });

  it('combines facets with AND, counts each value alongside the other facets, and disables values with none', async () => {
    const [a] = twoCauses();
    const { page } = await ctx.open(paths.campaigns);
    await results(page);
    // With nothing chosen, every count is the number of case studies on that value's page.
    for (const value of await page.$$eval('input[data-facet="cause"]', (bs) => bs.map((b) => (b as HTMLInputElement).value)))
      expect(await count(page, 'cause', value), value).toBe(listedOn(paths.cause(value)).size);
    const cause = listedOn(paths.cause(a));
    const years = await page.$$eval('input[data-facet="year"]', (bs) => bs.map((b) => (b as HTMLInputElement).value));
    const year = years.find((y) => [...listedOn(paths.year(y))].some((s) => cause.has(s)))!;
    await choose(page, 'cause', a);
    await results(page);
    await choose(page, 'year', year);
    const both = [...cause].filter((s) => listedOn(paths.year(year)).has(s));
    expect(new Set(await results(page))).toEqual(new Set(both));
    // A cause value's count is what it would give with the year chosen (its own facet left out).
    for (const value of await page.$$eval('input[data-facet="cause"]', (bs) => bs.map((b) => (b as HTMLInputElement).value))) {
      const n = [...listedOn(paths.cause(value))].filter((s) => listedOn(paths.year(year)).has(s)).length;
      expect(await count(page, 'cause', value), value).toBe(n);
      if (n === 0 && value !== a) expect(await box(page, 'cause', value).isDisabled(), value).toBe(true);
    }
  });

  it('sorts newest, oldest and by most campaign views, and by best match with words', async () => {
    const { page } = await ctx.open(paths.campaigns);
    await results(page);
    await page.selectOption('select[name="sort"]', 'newest');
    const newest = await results(page);
    await page.selectOption('select[name="sort"]', 'oldest');
    expect(await results(page)).toEqual([...newest].reverse());
    await page.selectOption('select[name="sort"]', 'views');
    const byViews = await results(page);
    expect(new Set(byViews)).toEqual(new Set(newest));
    const figures = await page.$$eval('[data-results-list] [data-field="figure"]', (els) => els.map((e) => e.textContent));
    expect(figures.length).toBeGreaterThan(0);
    await page.fill('#explorer-q', 'challenge');
    await page.press('#explorer-q', 'Enter');
    await page.selectOption('select[name="sort"]', 'relevance');
    expect((await results(page)).length).toBeGreaterThan(0);
    expect(await page.textContent('[data-status]')).toMatch(/found for “challenge”/);
  });

  it('restores words, filters, sort and scroll on Back and Forward', async () => {
    const [a, b] = twoCauses();
    const { page } = await ctx.open(paths.campaigns, { height: 500 });
    await results(page);
    await choose(page, 'cause', a);
    const first = await results(page);
    await page.selectOption('select[name="sort"]', 'oldest');
    await results(page);
    await choose(page, 'cause', b);
    await results(page);
    await page.goBack();
    expect(await results(page)).toEqual([...first].reverse());
    expect(await box(page, 'cause', b).isChecked()).toBe(false);
    expect(await page.inputValue('select[name="sort"]')).toBe('oldest');
    await page.goBack();
    expect(await results(page)).toEqual(first);
    await page.goForward();
    await page.goForward();
    await results(page);
    expect(await box(page, 'cause', b).isChecked()).toBe(true);
    // Scroll: leave for a case study from far down the page, come back to the same place.
    await page.evaluate(() => window.scrollTo(0, 300));
    const y = await page.evaluate(() => window.scrollY);
    await page.locator('[data-results-list] a[data-field="title"]').first().click();
    await page.waitForURL(/\/campaigns\/[^/]+\/$/);
    await page.goBack();
    await results(page);
    await page.waitForFunction((want) => Math.abs(window.scrollY - want) < 5, y);
  });

  it('works from the keyboard alone', async () => {
    const { page } = await ctx.open(paths.campaigns);
    await results(page);
    await page.focus('#explorer-q');
    await page.keyboard.insertText('challenge');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === 'challenge');
    await results(page);
    // A submitted search moves focus to the first result.
    await page.waitForFunction(() => document.activeElement?.closest('[data-results-list]') !== null, undefined, { timeout: 10_000 });
    // Tab reaches a facet value and Space ticks it.
    const year = page.locator('input[data-facet="year"]:not([disabled])').first();
    await year.focus();
    expect(await year.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Space');
    await page.waitForURL((url) => url.searchParams.has('year'), { timeout: 10_000 });
    await results(page);
    // A chip is a button: Enter removes its filter.
    await page.focus('[data-chips] button');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('year'));
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no WCAG 2.2 AA violations with filters chosen, in ${colorScheme} mode`, async () => {
      const [a] = twoCauses();
      const { page } = await ctx.open(`${paths.campaigns}?cause=${a}&q=challenge`, { colorScheme });
      await results(page);
      const found = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(found.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`keeps its buttons readable under the pointer, as after a tap on a phone, in ${colorScheme} mode`, async () => {
      const { page } = await ctx.open(paths.campaigns, { width: 390, colorScheme });
      const toggle = page.locator('[data-filters-toggle]');
      await toggle.click();
      await toggle.hover();
      const found = await new AxeBuilder({ page }).withRules(['color-contrast']).include('[data-filters-toggle]').analyze();
      expect(found.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.failureSummary).join(', ')}`)).toEqual([]);
    });
  }

  for (const width of [320, 390]) {
    it(`keeps the results on the first screen of a ${width} px phone, filters behind a button`, async () => {
      const [a] = twoCauses();
      const { page } = await ctx.open(`${paths.campaigns}?cause=${a}`, { width, height: 740 });
      await results(page);
      const toggle = page.locator('[data-filters-toggle]');
      expect(await toggle.textContent()).toMatch(/Filters \(1\)/);
      expect(await page.locator('#explorer-facets').isVisible()).toBe(false);
      const top = await page
        .locator('[data-results-list] li')
        .first()
        .evaluate((el) => el.getBoundingClientRect().top);
      expect(top).toBeLessThan(740);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      expect(await page.locator('#explorer-facets').isVisible()).toBe(true);
    });
  }

  it('filters by region at 390 px: Europe is the campaign naming France, Global those naming no country', async () => {
    const { page, errors } = await ctx.open(paths.campaigns, { width: 390, height: 844 });
    await results(page);
    await page.locator('[data-filters-toggle]').click();
    const labels = await page.$$eval('[data-facet-group="region"] li:not([hidden]) [data-value-label]', (els) =>
      els.map((e) => e.textContent.trim()),
    );
    expect(labels).toEqual(['Europe', 'Latin America and the Caribbean', 'Global (no country named)']);
    await box(page, 'region', 'europe').check();
    expect(await results(page)).toEqual(['fixture-alpha']);
    await box(page, 'region', 'europe').uncheck();
    await box(page, 'region', 'global').check();
    const global = await results(page);
    expect(global).not.toContain('fixture-alpha');
    expect(global.length).toBe(listedOn(paths.campaigns).size - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await axeLightAndDark(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('on a phone, keeps a "Show N case studies" button in view in the filter panel, which leads back to the results', async () => {
    const [a] = twoCauses();
    const { page, errors } = await ctx.open(paths.campaigns, { width: 390, height: 844 });
    await results(page);
    await page.locator('[data-filters-toggle]').click();
    await choose(page, 'cause', a);
    await results(page);
    // Far down the panel, the button is still on screen, with the count of the results.
    await page.locator('[data-facet-group]:not([hidden])').last().scrollIntoViewIfNeeded();
    const button = page.locator('[data-show-results]');
    const { top, bottom } = await button.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    expect(top).toBeGreaterThan(0);
    expect(bottom).toBeLessThanOrEqual(844);
    expect(await button.textContent()).toBe(`Show ${listedOn(paths.cause(a)).size} case studies`);
    // Every facet row is a target of at least 24 px.
    const short = await page.$$eval('[data-facets] li:not([hidden]) label', (els) =>
      els.map((el) => el.getBoundingClientRect().height).filter((h) => h < 24),
    );
    expect(short).toEqual([]);
    expect(await axeLightAndDark(page)).toEqual([]);
    await button.click();
    expect(await page.locator('#explorer-facets').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('explorer-results');
    const first = await page
      .locator('[data-results-list] li')
      .first()
      .evaluate((el) => el.getBoundingClientRect().top);
    expect(first).toBeGreaterThanOrEqual(0);
    expect(first).toBeLessThan(844);
    expect(errors).toEqual([]);
  });

  it('offers "Skip to results" as the second Tab stop, and the next Tab reaches the first result, at 390 px', async () => {
    const { page, errors } = await ctx.open(paths.campaigns, { width: 390, height: 844 });
    await results(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      return { text: el.textContent?.trim(), visible: box.width > 0 && box.height > 0 };
    });
    expect(skip).toEqual({ text: 'Skip to results', visible: true });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('explorer-results');
    // Once followed (a focused skip link lies over the header, as skip links do).
    expect(await axeLightAndDark(page)).toEqual([]);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#campaign-list, [data-results-list]') !== null)).toBe(true);
    expect(errors).toEqual([]);
  });

  for (const width of [1280, 390]) {
    it(`filters by objective and by award show at ${width} px, as /objectives/ and /awards/ list them, without a WCAG 2.2 AA violation`, async () => {
      const { page, errors } = await ctx.open(paths.campaigns, { width, height: 900 });
      await results(page);
      if (width < 1024) await page.locator('[data-filters-toggle]').click();
      await choose(page, 'objective', 'awareness');
      const aware = listedOn(paths.objective('awareness'));
      expect(aware.size).toBeGreaterThan(1);
      expect(new Set(await results(page))).toEqual(aware);
      await choose(page, 'award', 'webby-awards');
      const both = [...aware].filter((slug) => awardedAt('webby-awards').has(slug));
      expect(both.length).toBeGreaterThan(0);
      expect(both.length).toBeLessThan(aware.size);
      expect(new Set(await results(page))).toEqual(new Set(both));
      expect(new URL(page.url()).search).toBe('?objective=awareness&award=webby-awards');
      expect(await page.locator('[data-chips] [data-chip-text]').allTextContents()).toEqual([
        'Objective: Awareness',
        'Awarded: Webby Awards',
      ]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      expect(await axeLightAndDark(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  it('"show all" opens only values some case study of the view has', async () => {
    const { page } = await ctx.open(`${paths.campaigns}?q=challenge`);
    await results(page);
    for (const button of await page.locator('[data-show-all]:not([hidden])').all()) await button.click();
    const hiddenEmpty = await page.$$eval(
      '[data-facets] li[data-empty="true"]',
      (els) => els.filter((li) => !(li as HTMLElement).hidden && !li.querySelector<HTMLInputElement>('input')!.checked).length,
    );
    expect(hiddenEmpty).toBe(0);
  });

  it('without JavaScript, is the listing with links to every taxonomy page, and shows no control that needs a script', async () => {
    const { page } = await ctx.open(paths.campaigns, { javaScriptEnabled: false });
    expect(await page.locator('#explorer-form').isVisible()).toBe(false);
    expect(await page.locator('#explorer-facets').isVisible()).toBe(false);
    expect(await page.locator('#campaign-list > li').count()).toBeGreaterThan(0);
    const [a] = twoCauses();
    const link = page.locator(`main a[href="${paths.cause(a)}"]`).first();
    expect(await link.isVisible()).toBe(true);
    // Every visible control is a link, or a button that opens a popover on this page: the
    // browser does that without a script (a figure label's note).
    const controls = await page.$$eval('main button, main input, main select', (els) =>
      els
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .filter((el) => !document.getElementById(el.getAttribute('popovertarget') ?? '')?.hasAttribute('popover'))
        .map((el) => el.outerHTML),
    );
    expect(controls).toEqual([]);
  });
});
