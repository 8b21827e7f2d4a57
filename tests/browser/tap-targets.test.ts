/**
 * Tap targets a finger can hit on a phone, under both font sets: a citation marker in the prose
 * (about 15 × 17 px of text, which axe exempts as an inline link) answers a tap anywhere in a
 * 24 px square around its centre, and the links that stand alone are at least 24 px tall.
 */
import { expect, it } from 'vitest';
import { describeBrowser, useBrowser } from '../helpers/browser.ts';
import { catalogue } from '../helpers/fixtures/catalogue.ts';
import { FONT_SETS } from '../../scripts/shared/fonts.ts';

const PAGE = '/campaigns/the-real-challenge/';

for (const fonts of FONT_SETS) {
  describeBrowser(`tap targets of a case study at 390 px, ${fonts.name} fonts`, () => {
    const ctx = useBrowser({ root: catalogue().dist, fonts: fonts.name });

    it('a citation marker answers a tap 11 px above, below and beside its centre; a link standing alone is 24 px tall', async () => {
      const { page } = await ctx.open(PAGE, { width: 390, height: 844 });
      const missed = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.prose .cite')].flatMap((cite, i) => {
          cite.scrollIntoView({ block: 'center' });
          const box = cite.getBoundingClientRect();
          const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
          const points = [
            [x, y - 11],
            [x, y + 11],
            [x - 11, y],
            [x + 11, y],
          ] as const;
          // A marker right after another may share the side between them: the one on top wins.
          return points
            .filter(([px, py]) => {
              const hit = document.elementFromPoint(px, py)?.closest('a, button');
              return hit !== cite && !hit?.classList.contains('cite');
            })
            .map(([px, py]) => `marker ${i + 1} "${cite.textContent}" missed at (${Math.round(px - x)}, ${Math.round(py - y)})`);
        }),
      );
      expect(await page.locator('.prose .cite').count()).toBeGreaterThan(0);
      expect(missed).toEqual([]);

      // Every source link that stands alone is at least 24 px tall.
      await page.locator('details').evaluateAll((els) => els.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      const short = await page.evaluate(() =>
        // A link in a closed popover (the note a figure label opens) has no size until it opens.
        [...document.querySelectorAll<HTMLElement>('a.target')]
          .filter((a) => !a.closest('[popover]'))
          .map((a) => ({ text: a.textContent?.trim(), height: a.getBoundingClientRect().height }))
          .filter(({ height }) => height < 24),
      );
      expect(await page.locator('a.target').count()).toBeGreaterThan(10);
      expect(short).toEqual([]);
    });
  });
}
