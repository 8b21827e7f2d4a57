/**
 * Search in Chromium on the fixture catalogue: organisations' names and aliases, facets and
 * their counts, sorting, URL state, the header box, keyboard use and the page without
 * JavaScript. Axe, CSP and console with results shown are in templates.test.ts.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, fillResults, useBrowser } from '../helpers/browser.ts';
import { catalogue } from '../helpers/fixtures/catalogue.ts';

/** Waits until the page shows the results for its current URL, the whole first page of them. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const list = document.querySelector<HTMLElement>('[data-results-list]');
    return list?.dataset.resultsFor === location.search && document.querySelector('[data-results]')?.getAttribute('aria-busy') === 'false';
  });
  await fillResults(page);
}

/** Types a query into the search page's box and submits it; returns the result titles. */
async function search(page: Page, q: string): Promise<string[]> {
  await settled(page);
  await page.fill('#explorer-q', q);
  await page.press('#explorer-q', 'Enter');
  await page.waitForURL((url) => url.searchParams.get('q') === q);
  await settled(page);
  return titles(page);
}

const titles = (page: Page) =>
  page
    .locator('[data-results-list] h3')
    .allTextContents()
    .then((t) => t.map((s) => s.trim()));

describeBrowser('search on the fixture catalogue', () => {
  const ctx = useBrowser({ root: catalogue().dist });

  it('"UNICEF" finds every campaign UNICEF took part in, with hashtag, organisations, year and a highlighted excerpt', async () => {
    const { page, errors } = await ctx.open('/search/');
    expect((await search(page, 'UNICEF')).sort()).toEqual(['#TheRealChallenge', 'Fixture Alpha', 'Fixture Gamma']);
    const result = page.locator('[data-results-list] li', { hasText: '#TheRealChallenge' });
    expect(await result.textContent()).toContain('2019 · UNICEF × EU');
    expect((await result.locator('mark').allTextContents()).join(' ')).toMatch(/UNICEF/i);
    expect(await page.locator('[data-status]').textContent()).toBe('3 case studies found for “UNICEF”.');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('without JavaScript offers the browse links and a plain message, and no control that needs a script', async () => {
    const { page } = await ctx.open('/search/?q=unicef', { javaScriptEnabled: false });
    expect(await page.locator('#explorer-form').isVisible()).toBe(false);
    expect(await page.locator('#explorer-facets').isVisible()).toBe(false);
    expect(await page.locator('main').textContent()).toContain('needs JavaScript');
    for (const prefix of ['/causes/', '/organisations/', '/mechanics/']) {
      expect(await page.locator(`#browse-heading ~ div a[href^="${prefix}"]`).count(), prefix).toBeGreaterThan(0);
    }
    await page.context().close();
  });

  it('the header box loads no search code until used, then submits to /search/?q=', async () => {
    const { page } = await ctx.open('/campaigns/the-real-challenge/');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.waitForLoadState('networkidle');
    expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    expect(await page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('/pagefind/')))).toBe(false);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('unicef');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=unicef$/);
    await settled(page);
    expect(await titles(page)).toContain('#TheRealChallenge');
    await page.context().close();
  });

  it('"/" does not steal a slash typed into a field', async () => {
    const { page } = await ctx.open('/search/');
    await settled(page);
    await page.focus('#explorer-q');
    await page.keyboard.type('a/b');
    expect(await page.inputValue('#explorer-q')).toBe('a/b');
    await page.focus('#site-search');
    await page.keyboard.type('x/');
    expect(await page.inputValue('#site-search')).toBe('x/');
    await page.context().close();
  });

  for (const [q, title] of [
    ['Red Cross', '#FixtureClimatePledge'],
    ['climate', '#FixtureClimatePledge'],
    ['WEF', '#FixtureSkillsWeek'],
    ['World Economic Forum', '#FixtureSkillsWeek'],
  ] as const) {
    it(`"${q}" finds ${title} through the organisation's names`, async () => {
      const { page } = await ctx.open(`/search/?q=${encodeURIComponent(q)}`);
      await settled(page);
      expect(await titles(page)).toContain(title);
      await page.context().close();
    });
  }

  // The facts panel, results table and source list are out of the index: words of the prose,
  // the quotations and the names of causes must still find a case study.
  for (const [q, title, through] of [
    ['Myanmar', '#TheRealChallenge', 'a word of its text'],
    ['sceptical', '#TheRealChallenge', 'a word of a quotation'],
    ['kindness', '#TheRealChallenge', 'the name of its cause'],
  ] as const) {
    it(`"${q}" finds ${title} through ${through}`, async () => {
      const { page } = await ctx.open(`/search/?q=${encodeURIComponent(q)}`);
      await settled(page);
      expect(await titles(page)).toContain(title);
      await page.context().close();
    });
  }

  it('"bullying" finds both campaigns about it', async () => {
    const { page } = await ctx.open('/search/?q=bullying');
    await settled(page);
    expect((await titles(page)).sort()).toEqual(['#FixtureSkillsWeek', '#TheRealChallenge']);
    await page.context().close();
  });
});
