/**
 * The fixture catalogue built under a base path (FORK), served under it by a server that answers
 * nothing outside it, as GitHub Pages serves a project site: a search, a facet change and a
 * compare add work, with axe, and every request the pages make (scripts, styles, Pagefind's
 * bundle and index, the explorer's and the compare page's data) stays under the base and finds
 * its file. The addresses written into the built files are checked in tests/site/base-path.test.ts.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeLightAndDark, describeBrowser, fillResults, useBrowser } from '../helpers/browser.ts';
import { fileFor, readPage } from '../helpers/dist.ts';
import { forked } from '../helpers/fixtures/catalogue.ts';
import { FORK } from '../helpers/fixtures/catalogue-build.ts';
import type { CompareIndex } from '../../src/lib/compare/candidates.ts';

const ctx = useBrowser({ dist: () => forked().dist, base: FORK.base });

/** Opens `path` (from the build's root), recording from the start every request of the page that missed the base or its file. */
async function open(path: string): Promise<{ page: Page; errors: string[]; misses: string[] }> {
  const page = await (await ctx.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  const errors: string[] = [];
  const misses: string[] = [];
  const site = `${ctx.server.url}/`;
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('response', (response) => {
    const url = response.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (!url.startsWith(site)) misses.push(`${url} is outside ${site}`);
    else if (response.status() >= 400) misses.push(`${url}: HTTP ${response.status()}`);
  });
  page.on('requestfailed', (request) => misses.push(`${request.url()}: ${request.failure()?.errorText}`));
  await page.goto(ctx.server.url + path);
  return { page, errors, misses };
}

/** Waits until the explorer shows the results of the URL's state, the whole first page of them. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const list = document.querySelector<HTMLElement>('[data-results-list]');
    return list?.dataset.resultsFor === location.search && document.querySelector('[data-results]')?.getAttribute('aria-busy') === 'false';
  });
  await fillResults(page);
}

const resultLinks = (page: Page) =>
  page.$$eval('[data-results-list] a[data-field="title"]', (links) => links.map((a) => a.getAttribute('href')!));

describeBrowser('the site under a base path', () => {
  it('searches: Pagefind loads from under the base, and its results link to pages under it', async () => {
    const { page, errors, misses } = await open('/search/');
    await settled(page);
    await page.fill('#explorer-q', 'UNICEF');
    await page.press('#explorer-q', 'Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === 'UNICEF');
    await settled(page);
    const links = await resultLinks(page);
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href).toMatch(new RegExp(`^${FORK.base}campaigns/[^/]+/$`));
    expect(await axeLightAndDark(page)).toEqual([]);
    await Promise.all([
      page.waitForURL((url) => url.pathname === links[0]),
      page.locator('[data-results-list] a[data-field="title"]').first().click(),
    ]);
    expect(await page.locator('h1').textContent()).toBeTruthy();
    await page.waitForLoadState('networkidle');
    expect(misses).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('changes a facet on /campaigns/: the results follow, fetched from under the base', async () => {
    const { page, errors, misses } = await open('/campaigns/');
    await settled(page);
    const box = page.locator('input[data-facet="cause"]').first();
    const cause = (await box.getAttribute('value'))!;
    const listed = readPage(`/causes/${cause}/`, ctx.dist)
      .querySelectorAll('main article h2 a, main article h3 a')
      .map((a) => a.getAttribute('href'));
    await box.check();
    await page.waitForURL((url) => url.searchParams.get('cause') === cause);
    await settled(page);
    expect(new Set(await resultLinks(page))).toEqual(new Set(listed));
    expect(await axeLightAndDark(page)).toEqual([]);
    await page.waitForLoadState('networkidle');
    expect(misses).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('adds a case study to /compare/: the index and its row are fetched from under the base', async () => {
    const shown = readPage('/compare/', ctx.dist)
      .querySelectorAll('tbody tr[data-campaign]')
      .map((row) => row.getAttribute('data-campaign')!);
    const index = JSON.parse(readFileSync(fileFor('/data/compare-index.json', ctx.dist), 'utf8')) as CompareIndex;
    const [id, title] = index.campaigns.find(([slug]) => !shown.includes(slug))!;
    const { page, errors, misses } = await open('/compare/');
    await page.getByRole('combobox', { name: 'Add a case study' }).fill(title);
    const option = page.getByRole('listbox', { name: 'Case studies found' }).getByRole('option').first();
    await expect.poll(() => option.textContent()).toMatch(title);
    await option.click();
    await page.locator(`tbody tr[data-campaign="${id}"]`).waitFor({ state: 'visible' });
    expect(await axeLightAndDark(page)).toEqual([]);
    await page.waitForLoadState('networkidle');
    expect(misses).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('answers a missing page with the 404 page, whose styles and links work under the base', async () => {
    const { page, misses } = await open('/no-such-page/');
    expect(await page.locator('h1').textContent()).toBeTruthy();
    expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
    const home = page.locator('main a').first();
    expect(await home.getAttribute('href')).toBe(FORK.base);
    await Promise.all([page.waitForURL((url) => url.pathname === FORK.base), home.click()]);
    await page.waitForLoadState('networkidle');
    // The missing page itself is the one 404.
    expect(misses).toEqual([`${ctx.server.url}/no-such-page/: HTTP 404`]);
    await page.context().close();
  });
});
