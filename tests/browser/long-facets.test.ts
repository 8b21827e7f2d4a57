/**
 * A long facet in Chromium, on the real build (it names more organisations than a facet
 * renders): "show all" fetches the values the page left out, a value from that tail filters like
 * any other, and a link that chooses one restores it, box and chip.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, useBrowser } from '../helpers/browser.ts';
import { DIST } from '../helpers/dist.ts';
import { FACET_RENDERED, type FacetValue } from '../../src/data/facets.ts';
import { paths } from '../../src/lib/paths.ts';
import { FILTER_PARAMS } from '../../src/lib/search-state.ts';

const ctx = useBrowser();
const organisations = () => JSON.parse(readFileSync(join(DIST, 'data', 'facets', 'organisation.json'), 'utf8')) as FacetValue[];
const boxes = (page: Page) => page.locator('input[data-facet="organisation"]');

/** Waits until the results and counts shown are those of the URL's state. */
const settled = (page: Page) =>
  page.waitForFunction(
    () =>
      document.querySelector<HTMLElement>('[data-results-list]')?.dataset.resultsFor === location.search &&
      document.querySelector<HTMLElement>('[data-facets]')?.dataset.countsFor === location.search,
  );

describeBrowser('a facet longer than the page renders', () => {
  it('shows every value after "show all", and filters by one the page had left out', async () => {
    const all = organisations();
    expect(all.length).toBeGreaterThan(FACET_RENDERED);
    const { page, errors } = await ctx.open(paths.campaigns);
    expect(await boxes(page).count()).toBe(FACET_RENDERED);
    await page.locator('[data-show-all="organisation"]').click();
    await expect.poll(() => boxes(page).count()).toBe(all.length);
    await expect.poll(() => boxes(page).evaluateAll((list) => list.filter((b) => !b.closest('li')!.hidden).length)).toBe(all.length);
    const tail = all.at(-1)!;
    await page.locator(`input[data-facet="organisation"][value="${tail.value}"]`).check();
    await page.waitForURL((url) => url.searchParams.getAll(FILTER_PARAMS.organisation).includes(tail.value));
    await settled(page);
    await expect.poll(() => page.locator('[data-chips] button').allTextContents()).toEqual([expect.stringContaining(tail.label)]);
    expect(await page.locator('[data-results-list] > li').count()).toBe(tail.count);
    expect(errors).toEqual([]);
  });

  it('restores a value from the tail that a link chose, with its box ticked and its label on the chip', async () => {
    const tail = organisations().at(-1)!;
    const { page, errors } = await ctx.open(`${paths.campaigns}?${FILTER_PARAMS.organisation}=${encodeURIComponent(tail.value)}`);
    await settled(page);
    await expect.poll(() => page.locator(`input[data-facet="organisation"][value="${tail.value}"]`).isChecked()).toBe(true);
    await expect.poll(() => page.locator('[data-chips] button').allTextContents()).toEqual([expect.stringContaining(tail.label)]);
    expect(errors).toEqual([]);
  });
});
