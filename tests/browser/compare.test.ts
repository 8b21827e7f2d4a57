/**
 * The compare page's picker and sorting in Chromium. They need several campaigns to mean
 * anything, so they run on a throw-away build with two extra test-only case studies (never
 * published). Axe and phone layout for /compare/ and /data/ are in pages.test.ts.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describeBrowser, useBrowser } from '../helpers/browser.ts';
import { fixtureProject, type FixtureProject } from '../helpers/fixture-project.ts';
import { serveDist, type StaticServer } from '../helpers/server.ts';

/** A minimal case study; its figures exist only in this test build. */
const fixtureCampaign = (title: string, launched: string, views: number, likes: number) => `---
title: ${title}
summary: A test-only case study used by the browser tests.
organisations: [{ id: unicef, role: lead }]
causes: [child-rights]
launched: ${launched}
metrics:
  - { kind: views, value: ${views}, source: caples-2020-the-real-challenge }
  - { kind: likes, value: ${likes}, source: caples-2020-the-real-challenge }
---

Test fixture.
`;

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
  const ctx = useBrowser();
  let project: FixtureProject;
  let fixture: StaticServer;

  beforeAll(() => {
    project = fixtureProject();
    project.keepOnlyCampaigns(['the-real-challenge']);
    project.write('content/campaigns/test-alpha.mdx', fixtureCampaign('Test Alpha', '2021-03-01', 2_000_000, 90_000));
    project.write('content/campaigns/test-beta.mdx', fixtureCampaign('Test Beta', '2020-06-01', 900_000_000, 5_000));
    project.pruneUncitedSources();
    const result = project.build();
    if (result.status !== 0) throw new Error(`fixture build failed:\n${result.output}`);
  }, 180_000);
  beforeAll(async () => {
    fixture = await serveDist(`${project.root}/dist`);
  });
  afterAll(async () => {
    await fixture?.close();
    project?.remove();
  });

  const openFixture = async (path: string, javaScriptEnabled = true) => {
    const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(fixture.url + path);
    return { page, errors };
  };

  it('filters the table and charts to the ticked campaigns and keeps the choice in the URL', async () => {
    const { page, errors } = await openFixture('/compare/');
    expect(await visibleRows(page)).toHaveLength(3);
    await expect.poll(() => page.locator('[data-compare-status]').textContent()).toBe('Showing 3 of 3 campaigns.');

    await page.getByLabel('Test Alpha').check();
    expect(search(page)).toBe('?c=test-alpha');
    expect(await visibleRows(page)).toEqual(['test-alpha']);
    expect(await visibleBars(page, 'views')).toEqual(['test-alpha']);
    // A chart none of whose campaigns is chosen disappears rather than standing empty.
    expect(await page.locator('figure[data-chart="videos"]').isVisible()).toBe(false);

    await page.getByLabel('Test Beta').check();
    expect(search(page)).toBe('?c=test-alpha,test-beta');
    expect((await visibleRows(page)).sort()).toEqual(['test-alpha', 'test-beta']);
    expect(await page.locator('[data-compare-status]').textContent()).toBe('Showing 2 of 3 campaigns.');

    await page.goBack();
    await expect.poll(() => search(page)).toBe('?c=test-alpha');
    expect(await page.getByLabel('Test Beta').isChecked()).toBe(false);
    expect(await visibleRows(page)).toEqual(['test-alpha']);

    await page.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(() => search(page)).toBe('');
    expect(await visibleRows(page)).toHaveLength(3);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('restores a shared choice from the URL, in either form', async () => {
    const { page } = await openFixture('/compare/?c=test-beta,the-real-challenge');
    expect(await page.getByLabel('Test Beta').isChecked()).toBe(true);
    expect(await page.getByLabel('#TheRealChallenge').isChecked()).toBe(true);
    expect(await page.getByLabel('Test Alpha').isChecked()).toBe(false);
    expect((await visibleRows(page)).sort()).toEqual(['test-beta', 'the-real-challenge']);
    // What the form submits without JavaScript is rewritten to the short form.
    await page.goto(`${fixture.url}/compare/?c=test-alpha&c=test-beta`);
    expect(search(page)).toBe('?c=test-alpha,test-beta');
    expect((await visibleRows(page)).sort()).toEqual(['test-alpha', 'test-beta']);
    await page.context().close();
  });

  it('filters without JavaScript too', async () => {
    const { page } = await openFixture('/compare/', false);
    await page.getByLabel('Test Beta').check();
    expect(await visibleRows(page)).toEqual(['test-beta']);
    expect(await visibleBars(page, 'likes')).toEqual(['test-beta']);
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
    expect(await visibleRows(page)).toEqual(['test-beta', 'the-real-challenge', 'test-alpha']);
    await page.keyboard.press('Space');
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    expect(await visibleRows(page)).toEqual(['test-alpha', 'the-real-challenge', 'test-beta']);

    // Sorting another column moves aria-sort to it.
    const campaign = page.locator('thead th').first();
    await campaign.getByRole('button').focus();
    await page.keyboard.press('Enter');
    expect(await campaign.getAttribute('aria-sort')).toBe('ascending');
    expect(await header.getAttribute('aria-sort')).toBeNull();
    expect(await visibleRows(page)).toEqual(['the-real-challenge', 'test-alpha', 'test-beta']);
    await page.context().close();
  });

  it('stays free of axe violations with several campaigns chosen and sorted, in both schemes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await ctx.browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme });
      const page = await context.newPage();
      await page.goto(`${fixture.url}/compare/?c=test-alpha,test-beta`);
      await page.getByRole('button', { name: /Likes/ }).click();
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await context.close();
    }
  });
});
