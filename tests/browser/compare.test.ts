/**
 * The compare page's picker and sorting in Chromium. They need several campaigns to mean
 * anything, so they run on the fixture catalogue: Fixture Alpha and Fixture Delta report views
 * and likes two orders of magnitude apart, and only #TheRealChallenge reports videos. Axe and
 * phone layout of /compare/ as it loads are in templates.test.ts.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../../scripts/shared/axe.ts';
import { describeBrowser, useBrowser } from '../helpers/browser.ts';
import { BY_VIEWS, catalogue } from '../helpers/fixtures/catalogue.ts';

const visibleRows = (page: Page) =>
  page
    .locator('tbody tr[data-campaign]')
    .evaluateAll((rows) => rows.filter((r) => (r as HTMLElement).offsetParent !== null).map((r) => r.getAttribute('data-campaign')));
const visibleBars = (page: Page, chart: string) =>
  page
    .locator(`figure[data-chart="${chart}"] li[data-campaign]`)
    .evaluateAll((bars) => bars.filter((b) => (b as HTMLElement).offsetParent !== null).map((b) => b.getAttribute('data-campaign')));
const search = (page: Page) => new URL(page.url()).search;

describeBrowser('/compare/ picker and sorting in Chromium', () => {
  const ctx = useBrowser({ root: catalogue().dist });

  const openFixture = async (path: string, javaScriptEnabled = true) => {
    const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(ctx.server.url + path);
    return { page, errors };
  };

  it('filters the table and charts to the ticked campaigns and keeps the choice in the URL', async () => {
    const { page, errors } = await openFixture('/compare/');
    expect(await visibleRows(page)).toHaveLength(7);
    await expect.poll(() => page.locator('[data-compare-status]').textContent()).toBe('Showing 7 of 7 campaigns.');

    await page.getByLabel('Fixture Alpha').check();
    expect(search(page)).toBe('?c=fixture-alpha');
    expect(await visibleRows(page)).toEqual(['fixture-alpha']);
    expect(await visibleBars(page, 'views')).toEqual(['fixture-alpha']);
    // A chart none of whose campaigns is chosen disappears rather than standing empty.
    expect(await page.locator('figure[data-chart="videos"]').isVisible()).toBe(false);

    await page.getByLabel('Fixture Delta').check();
    expect(search(page)).toBe('?c=fixture-alpha,fixture-delta');
    expect((await visibleRows(page)).sort()).toEqual(['fixture-alpha', 'fixture-delta']);
    expect(await page.locator('[data-compare-status]').textContent()).toBe('Showing 2 of 7 campaigns.');

    await page.goBack();
    await expect.poll(() => search(page)).toBe('?c=fixture-alpha');
    expect(await page.getByLabel('Fixture Delta').isChecked()).toBe(false);
    expect(await visibleRows(page)).toEqual(['fixture-alpha']);

    await page.getByRole('button', { name: 'Default selection' }).click();
    await expect.poll(() => search(page)).toBe('');
    expect(await visibleRows(page)).toHaveLength(7);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('restores a shared choice from the URL, in either form', async () => {
    const { page } = await openFixture('/compare/?c=fixture-delta,the-real-challenge');
    expect(await page.getByLabel('Fixture Delta').isChecked()).toBe(true);
    expect(await page.getByLabel('#TheRealChallenge').isChecked()).toBe(true);
    expect(await page.getByLabel('Fixture Alpha').isChecked()).toBe(false);
    expect((await visibleRows(page)).sort()).toEqual(['fixture-delta', 'the-real-challenge']);
    // What the form submits without JavaScript is rewritten to the short form.
    await page.goto(`${ctx.server.url}/compare/?c=fixture-alpha&c=fixture-delta`);
    expect(search(page)).toBe('?c=fixture-alpha,fixture-delta');
    expect((await visibleRows(page)).sort()).toEqual(['fixture-alpha', 'fixture-delta']);
    await page.context().close();
  });

  it('filters without JavaScript too', async () => {
    const { page } = await openFixture('/compare/', false);
    // The box that needs the script is not shown, and no button would reload the page and clear the boxes.
    expect(await page.getByRole('combobox', { includeHidden: true }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Compare' }).count()).toBe(0);
    await page.getByLabel('Fixture Delta').check();
    expect(await visibleRows(page)).toEqual(['fixture-delta']);
    expect(await visibleBars(page, 'likes')).toEqual(['fixture-delta']);
    // Enter on a ticked box submits nothing: the choice stays.
    await page.getByLabel('Fixture Delta').press('Enter');
    expect(search(page)).toBe('');
    expect(await page.getByLabel('Fixture Delta').isChecked()).toBe(true);
    // "Default selection" clears the boxes without a script too.
    await page.getByRole('button', { name: 'Default selection' }).click();
    expect(await visibleRows(page)).toHaveLength(7);
    await page.context().close();
  });

  it('draws a log scale, labelled, when figures span orders of magnitude', async () => {
    const { page } = await openFixture('/compare/');
    const views = page.locator('figure[data-chart="views"]');
    expect(await views.getAttribute('data-scale')).toBe('log');
    expect(await views.locator('figcaption').textContent()).toMatch(/Logarithmic scale/);
    await page.context().close();
  });

  it('sorts a column from the keyboard and says so with aria-sort', async () => {
    const { page } = await openFixture('/compare/');
    const header = page.locator('thead th').nth(1);
    const button = header.getByRole('button', { name: /Views/ });
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(await visibleRows(page)).toEqual(BY_VIEWS);
    await page.keyboard.press('Space');
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    // Campaigns without a figure stay last, whichever way the column runs.
    expect(await visibleRows(page)).toEqual([...BY_VIEWS.slice(0, 5).reverse(), ...BY_VIEWS.slice(5)]);

    // Sorting another column moves aria-sort to it.
    const campaign = page.locator('thead th').first();
    await campaign.getByRole('button').focus();
    await page.keyboard.press('Enter');
    expect(await campaign.getAttribute('aria-sort')).toBe('ascending');
    expect(await header.getAttribute('aria-sort')).toBeNull();
    expect(await visibleRows(page)).toEqual([
      'fixture-climate-pledge',
      'fixture-skills-week',
      'the-real-challenge',
      'fixture-alpha',
      'fixture-beta',
      'fixture-delta',
      'fixture-gamma',
    ]);
    await page.context().close();
  });

  it('stays free of axe violations with several campaigns chosen and sorted, in both schemes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await ctx.browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme });
      const page = await context.newPage();
      await page.goto(`${ctx.server.url}/compare/?c=fixture-alpha,fixture-delta`);
      await page.getByRole('button', { name: /Likes/ }).click();
      expect((await axeViolations(page)).map((v) => `${colorScheme} ${v}`)).toEqual([]);
      await context.close();
    }
  });
});
