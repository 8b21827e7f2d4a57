/**
 * The font sets are really the fonts Chromium lays pages out in: under each, text in the
 * generic families the site's CSS names (sans-serif, system-ui) is as wide as in the set's own
 * family, and the two sets differ, so the template pass does see two kinds of metrics.
 */
import { expect, it } from 'vitest';
import { describeBrowser, useBrowser } from '../helpers/browser.ts';
import { FONT_SETS } from '../helpers/fonts.ts';

const SAMPLE = 'Reported by UNICEF, 20 November 2019: 1,000,000 views';

const widths: Record<string, Record<string, number>> = {};

for (const fonts of FONT_SETS) {
  describeBrowser(`Chromium under the ${fonts.name} font set`, () => {
    const ctx = useBrowser({ fonts: fonts.name });
    it(`lays out sans-serif and system-ui in ${fonts.sans}`, async () => {
      const { page } = await ctx.open('/404.html');
      const measured = await page.evaluate(
        ({ text, families }) =>
          Object.fromEntries(
            families.map((family) => {
              const span = document.body.appendChild(document.createElement('span'));
              span.style.cssText = `font: 16px ${family}; white-space: nowrap; position: absolute`;
              span.textContent = text;
              return [family, span.getBoundingClientRect().width];
            }),
          ),
        { text: SAMPLE, families: ['sans-serif', 'system-ui', `"${fonts.sans}"`, 'monospace'] },
      );
      expect(measured['sans-serif']).toBe(measured[`"${fonts.sans}"`]);
      expect(measured['system-ui']).toBe(measured[`"${fonts.sans}"`]);
      expect(measured['sans-serif']).not.toBe(measured['monospace']);
      widths[fonts.name] = measured;
    });
  });
}

describeBrowser('the two font sets', () => {
  it('differ in width, so a layout is tried with wide and with narrow metrics', () => {
    const [wide, narrow] = FONT_SETS.map((set) => widths[set.name]?.['sans-serif']);
    expect(wide).toBeGreaterThan(narrow!);
  });
});
