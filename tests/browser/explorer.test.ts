/**
 * The case-study listing in Chromium, on the fixture catalogue's seven case studies: the filters
 * and sort, and their URL state through reload and the back button. Axe and phone layout of
 * the listing and taxonomy pages are in templates.test.ts.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, useBrowser } from '../helpers/browser.ts';
import { BY_VIEWS, catalogue } from '../helpers/catalogue.ts';

/** The case studies the listing shows, in order. */
const visible = (page: Page) =>
  page.locator('#campaign-list > li:not([hidden])').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.campaign));
const status = (page: Page) => page.locator('#listing-status').textContent();
/** Oldest first. */
const OLDEST = [
  'fixture-beta',
  'the-real-challenge',
  'fixture-delta',
  'fixture-alpha',
  'fixture-climate-pledge',
  'fixture-gamma',
  'fixture-skills-week',
];

describeBrowser('the case-study listing in Chromium', () => {
  const ctx = useBrowser({ root: catalogue().dist });

  it('filters by cause and year, and keeps the choice in the URL through reload and back', async () => {
    const { page, errors } = await ctx.open('/campaigns/');
    expect(await visible(page)).toHaveLength(7);
    expect(await status(page)).toBe('Showing all 7 case studies');

    await page.getByLabel('Cause', { exact: true }).selectOption('climate-action');
    expect(await visible(page)).toEqual(['fixture-gamma', 'fixture-climate-pledge', 'fixture-alpha']);
    expect(await status(page)).toBe('Showing 3 of 7 case studies');
    expect(new URL(page.url()).search).toBe('?cause=climate-action');

    await page.getByLabel('Organisation', { exact: true }).selectOption('world-economic-forum');
    expect(await visible(page)).toEqual(['fixture-gamma']);
    expect(new URL(page.url()).search).toBe('?cause=climate-action&organisation=world-economic-forum');

    await page.reload();
    expect(await visible(page)).toEqual(['fixture-gamma']);
    expect(await page.getByLabel('Cause', { exact: true }).inputValue()).toBe('climate-action');
    expect(await page.getByLabel('Organisation', { exact: true }).inputValue()).toBe('world-economic-forum');

    await page.goBack();
    expect(new URL(page.url()).search).toBe('?cause=climate-action');
    expect(await visible(page)).toEqual(['fixture-gamma', 'fixture-climate-pledge', 'fixture-alpha']);
    expect(await page.getByLabel('Organisation', { exact: true }).inputValue()).toBe('');

    await page.goForward();
    expect(await visible(page)).toEqual(['fixture-gamma']);

    await page.getByLabel('Year', { exact: true }).selectOption('2018');
    expect(await visible(page)).toEqual([]);
    expect(await page.locator('#listing-empty').isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => visible(page)).toHaveLength(7);
    expect(new URL(page.url()).search).toBe('');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('sorts by newest, oldest and most views, and restores the sort from a shared link', async () => {
    const { page } = await ctx.open('/campaigns/');
    await page.getByLabel('Sort by', { exact: true }).selectOption('oldest');
    expect(await visible(page)).toEqual(OLDEST);
    await page.getByLabel('Sort by', { exact: true }).selectOption('views');
    // #TheRealChallenge counts with the largest figure any source gives (380M).
    expect(await visible(page)).toEqual(BY_VIEWS);
    expect(new URL(page.url()).search).toBe('?sort=views');
    await page.goBack();
    expect(await visible(page)).toEqual(OLDEST);
    await page.context().close();

    const shared = await ctx.open('/campaigns/?mechanic=hashtag-challenge&sort=oldest');
    expect(await visible(shared.page)).toEqual(['the-real-challenge', 'fixture-alpha', 'fixture-climate-pledge', 'fixture-gamma']);
    expect(await shared.page.getByLabel('Mechanic', { exact: true }).inputValue()).toBe('hashtag-challenge');
    await shared.page.context().close();
  });

  it('ignores a filter value the page does not offer instead of hiding everything', async () => {
    const { page } = await ctx.open('/campaigns/?cause=no-such-cause');
    expect(await visible(page)).toHaveLength(7);
    await page.context().close();
  });

  it('works without JavaScript: every case study listed, the controls hidden', async () => {
    const { page } = await ctx.open('/campaigns/?cause=climate-action', { javaScriptEnabled: false });
    expect(await visible(page)).toHaveLength(7);
    expect(await page.locator('#listing-controls').isVisible()).toBe(false);
    expect(await page.locator('a[href="/causes/climate-action/"]').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('operates the filters from the keyboard', async () => {
    const { page } = await ctx.open('/campaigns/');
    await page.getByLabel('Cause', { exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    // Chromium changes a closed select with the arrow keys and fires change.
    await expect.poll(() => new URL(page.url()).search).toMatch(/^\?cause=/);
    expect((await visible(page)).length).toBeLessThan(7);
    await page.context().close();
  });
});
