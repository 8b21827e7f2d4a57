/** Core pages in a real Chromium: no console errors, visible focus, axe, phone layout. */
import { expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { describeBrowser, useBrowser } from '../helpers/browser.ts';

const PAGES = ['/', '/campaigns/the-real-challenge/', '/campaigns/', '/search/', '/404.html'];
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

describeBrowser('core pages in Chromium', () => {
  const ctx = useBrowser();

  for (const path of PAGES) {
    it(`${path} loads without console errors`, async () => {
      const { page, errors } = await ctx.open(path);
      await page.waitForLoadState('networkidle');
      // The 404 page is served with status 404, which Chromium logs as a failed resource.
      expect(errors.filter((e) => !(path === '/404.html' && /404/.test(e)))).toEqual([]);
      await page.context().close();
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      it(`${path} has no WCAG 2.2 AA violations in ${colorScheme} mode`, async () => {
        const { page } = await ctx.open(path, { colorScheme });
        await page.locator('details').evaluateAll((els) => els.forEach((d) => ((d as HTMLDetailsElement).open = true)));
        const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        await page.context().close();
      });
    }

    it(`${path} does not scroll sideways at 320 px and 390 px`, async () => {
      for (const width of [320, 390]) {
        const { page } = await ctx.open(path, { width, height: 800 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `horizontal overflow at ${width}px`).toBeLessThanOrEqual(0);
        await page.context().close();
      }
    });
  }

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
    const summary = page.locator('tr[data-metric-kind="views"] summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('tr[data-metric-kind="views"] details').getAttribute('open')).not.toBeNull();
    expect(await page.locator('tr[data-metric-kind="views"] li[data-claim-value]').count()).toBe(7);
    await page.context().close();
  });
});
