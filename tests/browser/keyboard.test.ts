/**
 * Keyboard and phone use of the case-study page in Chromium, on the fixture catalogue's copy of
 * #TheRealChallenge (seven view figures that disagree): the contents strip, the folded facts
 * panel and the results as cards at 390 px, and the same page at the desktop breakpoint. Axe,
 * phone layout, console and CSP of every template are in templates.test.ts.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, useBrowser } from '../helpers/browser.ts';
import { catalogue } from '../helpers/fixtures/catalogue.ts';
import { axeViolations, COLOUR_RULES, openAllDetails } from '../../scripts/shared/axe.ts';

/**
 * Words of the results split across two lines, which the card and the table must never do. A
 * word with a hyphen or a slash may break there; the citation's addresses may break anywhere.
 */
const brokenWords = (page: Page) =>
  page.evaluate(() => {
    const broken: string[] = [];
    const cells = document.querySelectorAll('.metric-table > tbody > tr[data-metric-kind] > :is(th, td)');
    for (const cell of cells) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('[data-figure-citation]') || !node.parentElement?.checkVisibility()) continue;
        for (const match of (node.textContent ?? '').matchAll(/[^\s\-/–]+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  });

/** Parts of an element drawn outside it, by the element's selector and theirs. */
const outside = (page: Page, container: string, parts: string) =>
  page.locator(container).evaluate((box, parts) => {
    const outer = box.getBoundingClientRect();
    return [...box.querySelectorAll(parts)]
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && (r.left < outer.left - 0.5 || r.right > outer.right + 0.5))
      .map((r) => `${Math.round(r.left)}–${Math.round(r.right)} outside ${Math.round(outer.left)}–${Math.round(outer.right)}`);
  }, parts);

describeBrowser('the case-study page from the keyboard', () => {
  const ctx = useBrowser({ root: catalogue().dist });

  it('shows a visible focus ring, and the skip link comes first', async () => {
    const { page } = await ctx.open('/campaigns/the-real-challenge/');
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return {
        text: el.textContent?.trim(),
        outline: style.outlineStyle,
        width: parseFloat(style.outlineWidth),
        visible: box.width > 0 && box.height > 0,
      };
    });
    expect(skip.text).toBe('Skip to content');
    expect(skip.visible).toBe(true);
    expect(skip.outline).not.toBe('none');
    expect(skip.width).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(next).not.toBe('none');
    await page.context().close();
  });

  it('opens the list of conflicting figures from the keyboard', async () => {
    const { page } = await ctx.open('/campaigns/the-real-challenge/');
    // The campaign-scope views row; its first <details> lists every figure with its source.
    const details = page.locator('tr#views td details').first();
    await details.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await details.getAttribute('open')).not.toBeNull();
    expect(await details.locator('li[data-claim-value]').count()).toBe(5);
    // "Cite this figure" opens from the keyboard too.
    const cite = page.locator('tr#views details:has([data-figure-citation])');
    await cite.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await cite.locator('[data-figure-citation]').first().isVisible()).toBe(true);
    await page.context().close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`at 390 px in ${colorScheme}: contents links, folded facts, a results card that fits`, async () => {
      const { page } = await ctx.open('/campaigns/the-real-challenge/', { width: 390, height: 844, colorScheme });
      // The facts fold under their summary, and the contents strip is on the first screen.
      const facts = page.locator('aside[aria-labelledby="facts-heading"]');
      expect(await facts.locator('dl').isVisible()).toBe(false);
      const strip = page.locator('nav[data-contents]');
      expect((await strip.boundingBox())!.y + (await strip.boundingBox())!.height).toBeLessThan(844);
      // Each link of the strip, from the keyboard, brings its section to the top of the screen.
      for (const name of ['Lessons', 'Results']) {
        await strip.getByRole('link', { name, exact: true }).focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${name.toLowerCase()}`);
        const top = await page.locator(`h2#${name.toLowerCase()}`).evaluate((h) => h.getBoundingClientRect().top);
        expect(top, name).toBeGreaterThan(-1);
        expect(top, name).toBeLessThan(100);
      }
      await facts.locator('summary').click();
      expect(await facts.locator('dl').isVisible()).toBe(true);

      // The views card, every part of it open: its sources, its citation and its drift chart.
      const card = page.locator('.metric-table > tbody:has(tr#views)');
      await card.locator('details').evaluateAll((els) => els.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      expect(await card.locator('li[data-claim-value] a[href^="#source-"]').first().isVisible()).toBe(true);
      expect(await card.locator('[data-figure-citation]').first().isVisible()).toBe(true);
      const box = (await card.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      expect(await outside(page, '.metric-table > tbody:has(tr#views)', '*')).toEqual([]);
      // The drift chart's marks and labels stay inside its box.
      expect(await outside(page, 'figure[data-drift="views"]', 'text, [data-mark] > *, span, table')).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await brokenWords(page)).toEqual([]);
      // Stacked as a card, a figure is still a row of the table to a screen reader: its name the
      // row header, its value and sources cells under the column names.
      expect(await page.getByRole('table', { name: 'Results' }).getByRole('columnheader').allTextContents()).toEqual(
        expect.arrayContaining([expect.stringContaining('Value'), expect.stringContaining('Source')]),
      );
      expect((await card.getByRole('rowheader').first().textContent())?.trim()).toMatch(/^Views/);
      expect(await card.locator('tr#views').getByRole('cell').count()).toBe(2);
      // And on the narrowest phone.
      await page.setViewportSize({ width: 320, height: 700 });
      expect(await outside(page, '.metric-table > tbody:has(tr#views)', '*')).toEqual([]);

      // Every rule in light; in dark, the rules colours decide.
      await openAllDetails(page);
      expect(await axeViolations(page, colorScheme === 'light' ? undefined : COLOUR_RULES)).toEqual([]);
      await page.context().close();
    });
  }

  it('at 390 px without JavaScript, the contents links and the facts still open', async () => {
    const { page } = await ctx.open('/campaigns/the-real-challenge/', { width: 390, height: 844, javaScriptEnabled: false });
    await page.locator('nav[data-contents]').getByRole('link', { name: 'Lessons', exact: true }).click();
    expect(new URL(page.url()).hash).toBe('#lessons');
    const facts = page.locator('aside[aria-labelledby="facts-heading"]');
    await facts.locator('summary').click();
    expect(await facts.locator('dl').isVisible()).toBe(true);
    await page.context().close();
  });

  it('at the desktop breakpoint, shows the facts open beside the story and the results as a table with whole words', async () => {
    const { page } = await ctx.open('/campaigns/the-real-challenge/', { width: 1024, height: 800 });
    const facts = page.locator('aside[aria-labelledby="facts-heading"]');
    expect(await facts.locator('details').getAttribute('open')).toBeNull();
    expect(await facts.locator('dl').isVisible()).toBe(true);
    expect(await facts.locator('[data-facts-toggle]').first().isVisible()).toBe(false);
    // The summary is only a heading here, so Tab goes straight to the facts' first link.
    expect(await facts.locator('summary').evaluate((s) => getComputedStyle(s).display)).toBe('contents');
    expect(await page.locator('tr#views').evaluate((tr) => getComputedStyle(tr).display)).toBe('table-row');
    expect(await brokenWords(page)).toEqual([]);
    await page.context().close();
  });
});
