/**
 * A citation marker opens the source's words in place (src/author-components/Cite.astro): by
 * keyboard, on a 390 px phone and at 1280 px, in light and dark, with and without JavaScript
 * (the note is a popover, which needs none), and free of axe violations while open.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeLightAndDark, describeBrowser, useBrowser } from '../helpers/browser.ts';
import { catalogue } from '../helpers/fixtures/catalogue.ts';
import { axeViolations } from '../../scripts/shared/axe.ts';
import { paths } from '../../src/lib/site/paths.ts';

const PAGE = '/campaigns/fixture-alpha/';

/** Presses Tab until the citation marker has focus, as a keyboard user gets there. */
async function tabToMarker(page: Page): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.matches('button.cite') ?? false)) return;
  }
  throw new Error('Tab never reached the citation marker');
}

const noteOpen = (page: Page) => page.locator('.cite-note').evaluate((note) => note.matches(':popover-open'));

describeBrowser('a citation note', () => {
  const ctx = useBrowser({ root: catalogue().dist });

  for (const [width, height] of [
    [390, 844],
    [1280, 900],
  ] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`opens by keyboard at ${width} px in ${colorScheme}, fits the screen, passes axe and closes with Escape`, async () => {
        const { page, errors } = await ctx.open(PAGE, { width, height, colorScheme });
        await tabToMarker(page);
        expect(await noteOpen(page)).toBe(false);
        await page.keyboard.press('Enter');
        expect(await noteOpen(page)).toBe(true);
        const note = page.locator('.cite-note');
        await expect.poll(() => note.isVisible()).toBe(true);
        expect(await note.locator('q').textContent()).toBe('A made-up passage … that stands for the words of the source.');
        const box = (await note.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        expect(box.y + box.height).toBeLessThanOrEqual(height);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        expect(await axeViolations(page)).toEqual([]);
        await page.keyboard.press('Escape');
        expect(await noteOpen(page)).toBe(false);
        expect(errors).toEqual([]);
        await page.context().close();
      });
    }
  }

  it('opens with a tap without JavaScript, and closes from its own button', async () => {
    const { page } = await ctx.open(PAGE, { width: 390, height: 844, javaScriptEnabled: false });
    await page.locator('.prose button.cite').click();
    expect(await noteOpen(page)).toBe(true);
    await page.locator('.cite-note button').click();
    expect(await noteOpen(page)).toBe(false);
    await page.context().close();
  });
});

/** Whether `locator`'s element lies inside the viewport. */
const inView = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  });

describeBrowser('the way back from a citation, at 390 px', () => {
  const ctx = useBrowser({ root: catalogue().dist });
  const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

  it('by keyboard: the note’s back button closes it and returns focus to the marker', async () => {
    const { page } = await ctx.open(PAGE, { width: 390, height: 844 });
    await tabToMarker(page);
    await page.keyboard.press('Enter');
    expect(await noteOpen(page)).toBe(true);
    // The note comes next in the tab order: its source link, then the way back.
    for (let i = 0; i < 5 && !(await page.evaluate(() => document.activeElement?.matches('.cite-note [popovertargetaction]'))); i++)
      await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('↩ Back to the text');
    await page.keyboard.press('Enter');
    expect(await noteOpen(page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.matches('button.cite'))).toBe(true);
    await page.context().close();
  });

  it('by tap: a tap beside the small marker opens the note, its back button closes it on the marker, and the source list leads back to the marker', async () => {
    const context = await ctx.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(ctx.server.url + PAGE);
    const marker = page.locator('.prose button.cite');
    await marker.scrollIntoViewIfNeeded();
    const box = (await marker.boundingBox())!;
    // 10 px below the centre: outside the glyphs, inside the 24 px target.
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2 + 10);
    expect(await noteOpen(page)).toBe(true);
    await page.locator('.cite-note [popovertargetaction="hide"]').tap();
    expect(await noteOpen(page)).toBe(false);
    expect(await inView(page, '.prose button.cite')).toBe(true);

    await page.locator('[data-cited-at] a').first().tap();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#cite-1');
    expect(await inView(page, '.prose button.cite')).toBe(true);
    await context.close();
  });
});

describeBrowser('sharing, copying and printing a case study, at 390 px', () => {
  const ctx = useBrowser({ root: catalogue().dist });
  const STUDY = '/campaigns/the-real-challenge/';

  it('copies a citation and says so; the share button shares or copies the link', async () => {
    const context = await ctx.browser.newContext({
      viewport: { width: 390, height: 844 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await context.newPage();
    await page.goto(ctx.server.url + STUDY);
    const plain = page.locator('causeway-copy[data-copy-from="cite-plain"]');
    await plain.locator('button').click();
    await expect.poll(() => plain.locator('[role="status"]').textContent()).toBe('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe((await page.locator('#cite-plain').textContent())!.trim());

    // One citation per source under "Cite this figure", each with its own button.
    const figure = page.locator('tr#views details:has([data-figure-citation])');
    await figure.locator('summary').click();
    const second = figure.locator('li').nth(1);
    await second.locator('causeway-copy button').click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe((await second.locator('[data-figure-citation]').textContent())!.trim());

    const share = page.locator('article header causeway-copy[data-share] button');
    const canShare = await page.evaluate(() => typeof navigator.share === 'function');
    expect((await share.textContent())?.trim()).toBe(canShare ? 'Share' : 'Copy link');
    if (!canShare) {
      await share.click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`https://causeway.example.org${STUDY}`);
      expect(await page.locator('article header causeway-copy [role="status"]').textContent()).toBe('Link copied.');
    }
    await context.close();
  });

  it('has no copy or share button without JavaScript', async () => {
    const { page } = await ctx.open(STUDY, { width: 390, height: 844, javaScriptEnabled: false });
    expect(await page.locator('causeway-copy').count()).toBeGreaterThan(3);
    expect(await page.locator('causeway-copy button').evaluateAll((els) => els.filter((b) => (b as HTMLElement).offsetParent).length)).toBe(
      0,
    );
    await page.context().close();
  });

  it('opens what a figure label means by tap, passes axe in light and dark, and links to the methodology', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await ctx.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, colorScheme });
      const page = await context.newPage();
      await page.goto(ctx.server.url + STUDY);
      await page.locator('tr#views .evidence-label').tap();
      const help = page.locator('#figure-label-help');
      await expect.poll(() => help.isVisible()).toBe(true);
      expect(await help.locator('a').getAttribute('href')).toBe(paths.figureLabels);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });

  it('prints without the site’s chrome or buttons, with every <details> open and each external link’s address', async () => {
    const { page } = await ctx.open(STUDY, { width: 390, height: 844, colorScheme: 'dark' });
    const onScreen = await page.evaluate(() => getComputedStyle(document.body).color);
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['body > header', 'body > footer', 'nav', 'causeway-copy'])
      expect(await page.locator(chrome).first().isVisible(), chrome).toBe(false);
    expect(await page.locator('[data-figure-citation]').first().isVisible()).toBe(true);
    expect(await page.locator('#sources-heading ~ ol details ul').first().isVisible()).toBe(true);
    const link = page.locator('#sources-heading ~ ol cite a[href^="https://"]').first();
    const href = await link.getAttribute('href');
    expect([`" (${href})"`, '" (" attr(href) ")"']).toContain(await link.evaluate((a) => getComputedStyle(a, '::after').content));
    // Dark on white, whatever the system's colour scheme: the dark scheme's light text is gone.
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).not.toBe(onScreen);
    await page.context().close();
  });
});

// The report of December 2026: a link to one figure (#views) opened with its sources folded away.
describeBrowser('a link to one figure of the results', () => {
  const ctx = useBrowser({ root: catalogue().dist });
  // The row's first <details> lists every figure with its source ("Cite this figure" comes after).
  const sources = (page: Page, id: string) => page.locator(`tr#${id} details`).first();
  const sourcesOpen = (page: Page, id: string) => sources(page, id).evaluate((d) => (d as HTMLDetailsElement).open);

  for (const [width, height] of [
    [390, 844],
    [1280, 900],
  ] as const) {
    it(`opens that figure's sources, on arrival and on a later link, at ${width} px, with axe in light and dark`, async () => {
      const { page, errors } = await ctx.open('/campaigns/the-real-challenge/#views', { width, height });
      expect(await sourcesOpen(page, 'views')).toBe(true);
      expect(await sources(page, 'views').locator('li').first().isVisible()).toBe(true);
      await sources(page, 'views').evaluate((d) => ((d as HTMLDetailsElement).open = false));
      await page.evaluate(() => (location.hash = ''));
      await page.evaluate(() => (location.hash = 'views'));
      await expect.poll(() => sourcesOpen(page, 'views')).toBe(true);
      expect(await axeLightAndDark(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
