/**
 * Shared set-up for browser tests: one Chromium and one static server per test file. Without
 * Chromium the tests skip and say how to install it; under CI=true a missing Chromium fails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { chromiumPath, INSTALL_HINT, launchChromium } from './chromium.ts';
import { serveDist, type StaticServer } from './server.ts';
import { requireBuild } from './dist.ts';

const available = chromiumPath() !== undefined;
if (!available) {
  if (process.env.CI === 'true') throw new Error(`Chromium is required under CI=true but was not found. Install it with: ${INSTALL_HINT}`);
  console.warn(`Browser tests skipped: Chromium not found. Install it with: ${INSTALL_HINT}`);
}

/** `describe` for browser tests: skipped, with the reason printed, when Chromium is missing. */
export const describeBrowser = available ? describe : describe.skip;

export interface BrowserContext {
  browser: Browser;
  server: StaticServer;
  /** A new page that records console errors and page errors into `errors`. */
  open(
    path: string,
    options?: { width?: number; height?: number; colorScheme?: 'light' | 'dark'; javaScriptEnabled?: boolean },
  ): Promise<{ page: Page; errors: string[] }>;
}

/**
 * Starts Chromium and the server before the file's tests and stops them after. `dist` (read
 * when the tests start) or `root` serves another build than the project's, such as a fixture's.
 */
export function useBrowser(options: { dist?: () => string; root?: string } = {}): BrowserContext {
  const ctx = {} as BrowserContext;
  beforeAll(async () => {
    const dir = options.dist?.() ?? options.root;
    if (!dir) requireBuild();
    ctx.server = await serveDist(dir);
    ctx.browser = await launchChromium();
    ctx.open = async (path, options = {}) => {
      const context = await ctx.browser.newContext({
        viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
        colorScheme: options.colorScheme ?? 'light',
        javaScriptEnabled: options.javaScriptEnabled ?? true,
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (msg: ConsoleMessage) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(ctx.server.url + path);
      return { page, errors };
    };
  });
  afterAll(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
  });
  return ctx;
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The checks every page template gets: axe (WCAG 2.2 AA) in light and dark mode with every
 * <details> opened, and no sideways scrolling at 320 and 390 px.
 */
export function templateTests(ctx: BrowserContext, path: string): void {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`${path} has no WCAG 2.2 AA violations in ${colorScheme} mode`, async () => {
      const { page } = await ctx.open(path, { colorScheme });
      await page.locator('details').evaluateAll((els) => els.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
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
