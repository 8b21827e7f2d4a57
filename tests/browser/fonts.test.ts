/**
 * The font sets are really the fonts Chromium lays pages out in: under each, text in the site's
 * own font stack (the body's, Tailwind's system stack) is as wide as in the set's family, and
 * the two sets differ, so the template pass does see two kinds of metrics.
 */
import { expect, it } from 'vitest';
import { describeBrowser, useBrowser } from '../helpers/browser.ts';
import { FONT_SETS } from '../../scripts/shared/fonts.ts';

const SAMPLE = 'Reported by UNICEF, 20 November 2019: 1,000,000 views';

/** Width of the sample in the body's font stack and in each named family, under one set. */
const widths: Record<string, Record<string, number>> = {};

for (const fonts of FONT_SETS) {
  describeBrowser(`Chromium under the ${fonts.name} font set`, () => {
    const ctx = useBrowser({ fonts: fonts.name });
    it(`lays out the site's text in ${fonts.sans}`, async () => {
      const { page } = await ctx.open('/');
      const measured = await page.evaluate(
        ({ text, families }) => {
          const width = (family: string) => {
            const span = document.body.appendChild(document.createElement('span'));
            span.style.cssText = `font-size: 16px; font-family: ${family}; white-space: nowrap; position: absolute`;
            span.textContent = text;
            return span.getBoundingClientRect().width;
          };
          return Object.fromEntries([
            ['site', width(getComputedStyle(document.body).fontFamily)],
            ...families.map((f) => [f, width(`"${f}"`)]),
          ]);
        },
        { text: SAMPLE, families: FONT_SETS.map((set) => set.sans) },
      );
      expect(measured.site).toBe(measured[fonts.sans]);
      widths[fonts.name] = measured;
    });
  });
}

describeBrowser('the two font sets', () => {
  it('differ in width, so a layout is tried with wide and with narrow metrics', () => {
    const [wide, narrow] = FONT_SETS.map((set) => widths[set.name]?.site);
    expect(wide).toBeGreaterThan(narrow!);
  });
});
