/**
 * A long facet in Chromium, on the real build (it names more organisations than a facet
 * renders): "show all" fetches the values the page left out, a value from that tail filters like
 * any other, a link that chooses one restores it, box and chip, and the facet's find box finds
 * one by name. On the pagination fixture, whose organisations outnumber what a facet puts in the
 * page at once, "show all" stays bounded and the find box reaches the rest.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, useBrowser } from '../helpers/browser.ts';
import { DIST } from '../helpers/dist.ts';
import { FACET_RENDERED, type FacetValue } from '../../src/data/facets.ts';
import { paths } from '../../src/lib/site/paths.ts';
import { FACET_SHOWN_MAX, FILTER_PARAMS, matchesFind } from '../../src/lib/search/state.ts';
import { paginated } from '../helpers/fixtures/catalogue.ts';

const ctx = useBrowser();
const organisations = (dist = DIST) => JSON.parse(readFileSync(join(dist, 'data', 'facets', 'organisation.json'), 'utf8')) as FacetValue[];
/** The organisations' boxes a reader can see. */
const visible = (page: Page) =>
  boxes(page).evaluateAll((list) => list.filter((b) => !b.closest('li')!.hidden).map((b) => (b as HTMLInputElement).value));
const boxes = (page: Page) => page.locator('input[data-facet="organisation"]');

/** Waits until the results and counts shown are those of the URL's state. */
const settled = (page: Page) =>
  page.waitForFunction(
    () =>
      document.querySelector<HTMLElement>('[data-results-list]')?.dataset.resultsFor === location.search &&
      document.querySelector<HTMLElement>('[data-facets]')?.dataset.countsFor === location.search,
  );

describeBrowser('a facet longer than the page renders', () => {
  it('shows every value after "show all", up to its limit, and filters by one the page had left out', async () => {
    const all = organisations();
    expect(all.length).toBeGreaterThan(FACET_RENDERED);
    const { page, errors } = await ctx.open(paths.campaigns);
    expect(await boxes(page).count()).toBe(FACET_RENDERED);
    await page.locator('[data-show-all="organisation"]').click();
    // "Show all" puts up to FACET_SHOWN_MAX values in the page; the real catalogue may name more.
    const shown = Math.min(all.length, FACET_SHOWN_MAX);
    await expect.poll(() => boxes(page).count()).toBe(shown);
    await expect.poll(() => boxes(page).evaluateAll((list) => list.filter((b) => !b.closest('li')!.hidden).length)).toBe(shown);
    const tail = all[shown - 1]!;
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

describeBrowser("a long facet's find box", () => {
  it('shows the values whose names match what is typed, from the whole facet, and filters by one', async () => {
    const all = organisations();
    const tail = all.at(-1)!;
    const { page, errors } = await ctx.open(paths.campaigns);
    const find = page.getByRole('searchbox', { name: /find organisation/i });
    await find.fill(tail.label);
    const matching = all.filter((v) => matchesFind(v, tail.label)).map((v) => v.value);
    await expect.poll(() => visible(page)).toEqual(expect.arrayContaining([tail.value]));
    expect((await visible(page)).sort()).toEqual(matching.sort());
    await expect.poll(() => page.locator('[data-show-all="organisation"]').isHidden()).toBe(true);
    await page.locator(`input[data-facet="organisation"][value="${tail.value}"]`).check();
    await page.waitForURL((url) => url.searchParams.getAll(FILTER_PARAMS.organisation).includes(tail.value));
    await settled(page);
    expect(await page.locator('[data-results-list] > li').count()).toBe(tail.count);
    // Emptied, the box gives the folded facet back, with the chosen value kept in view.
    await find.fill('');
    await expect.poll(() => visible(page)).toContain(tail.value);
    expect((await visible(page)).length).toBeLessThan(FACET_RENDERED);
    expect(errors).toEqual([]);
  });

  // The report of December 2026: "Red Cross" found only the British Red Cross, "World Health"
  // nothing, and "UN" matched "Foundation" and "Hungry".
  it("matches an organisation's full name, short name and aliases, at the start of words", async () => {
    const { page } = await ctx.open(paths.campaigns);
    const find = page.getByRole('searchbox', { name: /find organisation/i });
    for (const [typed, found, notFound] of [
      ['Red Cross', 'ifrc', undefined],
      ['World Health', 'who', undefined],
      ['Procter', 'procter-and-gamble', undefined],
      ['UN', 'unicef', 'cdc-foundation'],
    ] as const) {
      await find.fill(typed);
      await expect.poll(() => visible(page), { message: typed }).toContain(found);
      if (notFound) expect(await visible(page), typed).not.toContain(notFound);
    }
  });

  describe('on a catalogue with more organisations than a facet shows at once', () => {
    const fixture = useBrowser({ dist: () => paginated().dist });

    it(`shows the first ${FACET_SHOWN_MAX} after "show all", says how to find the rest, and finds one of them`, async () => {
      const all = organisations(paginated().dist);
      expect(all.length).toBeGreaterThan(FACET_SHOWN_MAX);
      const { page, errors } = await fixture.open(paths.campaigns);
      await page.locator('[data-show-all="organisation"]').click();
      await expect.poll(() => visible(page).then((v) => v.length)).toBe(FACET_SHOWN_MAX);
      expect(await boxes(page).count()).toBe(FACET_SHOWN_MAX);
      const hint = page.locator('[data-facet-group="organisation"] [data-find-hint]');
      await expect.poll(() => hint.isVisible()).toBe(true);
      expect(await hint.textContent()).toContain(String(all.length - FACET_SHOWN_MAX));
      const last = all.at(-1)!;
      await page.getByRole('searchbox', { name: /find organisation/i }).fill(last.label);
      await expect.poll(() => visible(page)).toContain(last.value);
      expect(errors).toEqual([]);
    });
  });
});
