/**
 * Search in Chromium on the fixture catalogue: organisations' names and aliases, facets and
 * their counts, sorting, URL state, the header box, keyboard use and the page without
 * JavaScript. Axe, CSP and console with results shown are in templates.test.ts.
 */
import { expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as yaml from 'js-yaml';
import type { Page } from 'playwright-core';
import { describeBrowser, useBrowser } from '../helpers/browser.ts';
import { catalogue } from '../helpers/catalogue.ts';

/** Waits until the page shows the results for its current URL. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const list = document.getElementById('search-list');
    return list?.dataset.resultsFor === location.search && document.getElementById('search-results')?.getAttribute('aria-busy') === 'false';
  });
}

/** Types a query into the search page's box and submits it; returns the result titles. */
async function search(page: Page, q: string): Promise<string[]> {
  await settled(page);
  await page.fill('#search-q', q);
  await page.press('#search-q', 'Enter');
  await page.waitForURL((url) => url.searchParams.get('q') === q);
  await settled(page);
  return titles(page);
}

const titles = (page: Page) =>
  page
    .locator('#search-list h3')
    .allTextContents()
    .then((t) => t.map((s) => s.trim()));

/** Campaigns per cause in a content folder, counted from the files themselves. */
function causeCounts(contentDir: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const name of readdirSync(join(contentDir, 'campaigns'))) {
    const front = yaml.load(readFileSync(join(contentDir, 'campaigns', name), 'utf8').split('---')[1]!) as {
      causes: string[];
      draft?: boolean;
    };
    if (front.draft) continue;
    for (const cause of front.causes) counts[cause] = (counts[cause] ?? 0) + 1;
  }
  return counts;
}

/** The facet's options as {value: count}, from their "Name (n)" labels. */
async function facetCounts(page: Page, name: string): Promise<Record<string, number>> {
  const options = await page
    .locator(`#search-${name} option`)
    .evaluateAll((els) => els.map((o) => [(o as HTMLOptionElement).value, (o as HTMLOptionElement).text] as const));
  return Object.fromEntries(options.filter(([value]) => value).map(([value, text]) => [value, Number(/\((\d+)\)$/.exec(text)?.[1])]));
}

/** Newest first: the IFRC led or joined three campaigns, and three are about climate. */
const IFRC_NEWEST = ['#FixtureClimatePledge', 'Fixture Delta', 'Fixture Beta'];
const CLIMATE_NEWEST = ['Fixture Gamma', '#FixtureClimatePledge', 'Fixture Alpha'];

describeBrowser('search on the fixture catalogue', () => {
  const ctx = useBrowser({ root: catalogue().dist });

  it('"UNICEF" finds every campaign UNICEF took part in, with hashtag, organisations, year and a highlighted excerpt', async () => {
    const { page, errors } = await ctx.open('/search/');
    expect((await search(page, 'UNICEF')).sort()).toEqual(['#TheRealChallenge', 'Fixture Alpha', 'Fixture Gamma']);
    const result = page.locator('#search-list li', { hasText: '#TheRealChallenge' });
    expect(await result.textContent()).toContain('UNICEF × EU · 2019');
    expect((await result.locator('mark').allTextContents()).join(' ')).toMatch(/UNICEF/i);
    expect(await page.locator('#search-status').textContent()).toBe('3 case studies found for “UNICEF”.');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('without JavaScript offers the form, the browse links and a plain message', async () => {
    const { page } = await ctx.open('/search/?q=unicef', { javaScriptEnabled: false });
    expect(await page.locator('form[action="/search/"] input[name="q"]#search-q').isVisible()).toBe(true);
    expect(await page.locator('#search-nojs').isVisible()).toBe(true);
    expect(await page.locator('#search-nojs').textContent()).toContain('needs JavaScript');
    expect(await page.locator('#search-facets').isVisible()).toBe(false);
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
    await page.focus('#search-q');
    await page.keyboard.type('a/b');
    expect(await page.inputValue('#search-q')).toBe('a/b');
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

  it('"bullying" finds both campaigns about it', async () => {
    const { page } = await ctx.open('/search/?q=bullying');
    await settled(page);
    expect((await titles(page)).sort()).toEqual(['#FixtureSkillsWeek', '#TheRealChallenge']);
    await page.context().close();
  });

  it('the cause filter narrows the results, and every count matches the collections', async () => {
    const { page } = await ctx.open('/search/');
    await settled(page);
    const expected = causeCounts(join(catalogue().root, 'content'));
    expect(await facetCounts(page, 'cause')).toEqual(expected);
    for (const [cause, count] of Object.entries(expected)) {
      await page.selectOption('#search-cause', cause);
      await page.waitForURL((url) => url.searchParams.get('cause') === cause);
      await settled(page);
      expect(await page.locator('#search-list li').count(), cause).toBe(count);
    }
    // With words, counts follow the words: only one campaign mentions bullying under this cause.
    await page.goto(`${ctx.server.url}/search/?q=bullying`);
    await settled(page);
    expect(await facetCounts(page, 'cause')).toMatchObject({
      'kindness-and-anti-bullying': 2,
      'child-rights': 1,
      'skills-and-employment': 1,
    });
    await page.context().close();
  });

  it('sorts by launch date and by views (a campaign without views comes last)', async () => {
    const { page } = await ctx.open('/search/?cause=climate-action&sort=newest');
    await settled(page);
    expect(await titles(page)).toEqual(['Fixture Gamma', '#FixtureClimatePledge', 'Fixture Alpha']);
    await page.selectOption('#search-sort', 'oldest');
    await page.waitForURL(/sort=oldest/);
    await settled(page);
    expect(await titles(page)).toEqual(['Fixture Alpha', '#FixtureClimatePledge', 'Fixture Gamma']);
    await page.selectOption('#search-sort', 'views');
    await page.waitForURL(/sort=views/);
    await settled(page);
    expect(await titles(page)).toEqual(['Fixture Alpha', 'Fixture Gamma', '#FixtureClimatePledge']);
    await page.context().close();
  });

  it('keeps the state in the URL through reload and the back button', async () => {
    const { page } = await ctx.open('/search/');
    await search(page, 'tiktok');
    const all = await titles(page);
    expect(all.length).toBe(7);
    await page.selectOption('#search-org', 'ifrc');
    await page.waitForURL((url) => url.searchParams.get('org') === 'ifrc');
    await page.selectOption('#search-sort', 'newest');
    await page.waitForURL(/sort=newest/);
    await settled(page);
    expect(new URL(page.url()).search).toBe('?q=tiktok&org=ifrc&sort=newest');
    expect(await titles(page)).toEqual(IFRC_NEWEST);
    await page.reload();
    await settled(page);
    expect(await page.inputValue('#search-q')).toBe('tiktok');
    expect(await page.inputValue('#search-org')).toBe('ifrc');
    expect(await page.inputValue('#search-sort')).toBe('newest');
    expect(await titles(page)).toEqual(IFRC_NEWEST);
    await page.goBack();
    await settled(page);
    expect(new URL(page.url()).search).toBe('?q=tiktok&org=ifrc');
    await page.goBack();
    await settled(page);
    expect(await page.inputValue('#search-org')).toBe('');
    expect((await titles(page)).sort()).toEqual([...all].sort());
    await page.context().close();
  });

  it('opens pre-filtered from a link, with an empty query listing every matching campaign', async () => {
    const { page } = await ctx.open('/search/?cause=climate-action');
    await settled(page);
    expect(await page.inputValue('#search-cause')).toBe('climate-action');
    expect(await titles(page)).toEqual(CLIMATE_NEWEST);
    expect(await page.locator('#search-status').textContent()).toBe('3 case studies match the filters.');
    await page.context().close();
  });

  it('suggests the nearest causes and organisations when nothing matches', async () => {
    const { page } = await ctx.open('/search/');
    expect(await search(page, 'climte')).toEqual([]);
    expect(await page.locator('#search-status').textContent()).toBe('No case studies found for “climte”.');
    expect(await page.locator('[data-nearest="cause"] a').allTextContents()).toEqual(['Climate action']);
    await page.locator('[data-nearest="cause"] a').click();
    await page.waitForURL(/\?cause=climate-action$/);
    await settled(page);
    expect(await titles(page)).toEqual(CLIMATE_NEWEST);
    await page.context().close();
  });

  it('works by keyboard alone, and focus goes where the reader needs it', async () => {
    const { page, errors } = await ctx.open('/');
    await page.keyboard.press('/');
    await page.keyboard.type('bullying');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=bullying$/);
    await settled(page);
    // Refine in the page: "/" now goes to the page's own box.
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.keyboard.press('Tab'); // the Search button
    await page.keyboard.press('Tab'); // the cause facet
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-cause');
    await page.keyboard.press('ArrowDown');
    await page.waitForURL(/cause=/);
    await settled(page);
    const narrowed = await titles(page);
    expect(narrowed.length).toBeGreaterThan(0);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.keyboard.press('Enter'); // submit: focus moves to the results
    await settled(page);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('results-heading');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(narrowed[0]);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/campaigns\/[^/]+\/$/);
    expect(await page.locator('h1').textContent()).toContain(narrowed[0]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('announces the count politely and labels every control', async () => {
    const { page } = await ctx.open('/search/?q=tiktok');
    await settled(page);
    expect(await page.locator('#search-status').getAttribute('role')).toBe('status');
    expect(await page.locator('#search-status').textContent()).toBe('7 case studies found for “tiktok”.');
    const unlabelled = await page
      .locator('#search-form :is(input, select, button)')
      .evaluateAll((els) =>
        els.filter((el) => !(el as HTMLInputElement).labels?.length && !el.textContent?.trim()).map((el) => el.outerHTML),
      );
    expect(unlabelled).toEqual([]);
    await page.context().close();
  });
});
