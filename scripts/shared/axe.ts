/**
 * axe-core with the WCAG 2.2 AA rules, for the browser tests and for `npm run check:a11y`
 * (which runs outside vitest, so this module imports nothing from it).
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The WCAG rules whose result depends on colour, the only thing a colour scheme changes. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** The WCAG rules whose result depends on sizes and line breaks, which the fonts change. */
export const LAYOUT_RULES = ['target-size', 'scrollable-region-focusable'];

/**
 * One line per violated rule, naming its elements. Legacy mode runs axe.run() in the page instead
 * of opening a blank page per run to merge per-frame results: our pages have no frames, and it
 * halves the time. (Not `resultTypes: ['violations']`: it hides target-size violations.)
 * `rules` runs only those rules, such as COLOUR_RULES for a second colour scheme.
 */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode();
  if (rules) builder.withRules([...rules]);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * axe in each colour scheme, one line per violation named by its scheme: `rules` (every WCAG
 * rule unless named) in the first, and in the rest only the rules that colours decide.
 */
export async function axeInSchemes(page: Page, schemes: readonly ('light' | 'dark')[], rules?: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const [i, colorScheme] of schemes.entries()) {
    await page.emulateMedia({ colorScheme });
    found.push(...(await axeViolations(page, i === 0 ? rules : COLOUR_RULES)).map((v) => `${colorScheme} ${v}`));
  }
  return found;
}

/** Opens every <details>, so that axe also sees what a reader would unfold. */
export async function openAllDetails(page: Page): Promise<void> {
  await page.locator('details').evaluateAll((els) => els.forEach((d) => ((d as HTMLDetailsElement).open = true)));
}
