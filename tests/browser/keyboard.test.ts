/**
 * Keyboard use of the case-study page in Chromium, on the fixture catalogue's copy of
 * #TheRealChallenge (seven view figures that disagree). Axe, phone layout, console and CSP of
 * every template are in templates.test.ts.
 */
import { expect, it } from 'vitest';
import { describeBrowser, useBrowser } from '../helpers/browser.ts';
import { catalogue } from '../helpers/fixtures/catalogue.ts';

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
    expect(await cite.locator('[data-figure-citation]').isVisible()).toBe(true);
    await page.context().close();
  });
});
