/**
 * Every page of the build in Chromium, under the production headers (dist/_headers, applied
 * by the test server): zero axe WCAG 2.2 AA violations in light and dark mode, no console
 * error, no Content-Security-Policy violation, and not one request to another host.
 * The pages are those of the sitemap when the build has one, plus every other HTML file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { describeBrowser, useBrowser } from '../helpers/browser.ts';
import { allPages, DIST } from '../helpers/dist.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The URL paths a sitemap (index) lists, following nested sitemaps. */
function sitemapPaths(file: string): string[] {
  if (!existsSync(file)) return [];
  const locs = [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!.trim()).pathname);
  return locs.flatMap((path) => (path.endsWith('.xml') ? sitemapPaths(join(DIST, path)) : [path]));
}

const pages = [...new Set([...sitemapPaths(join(DIST, 'sitemap-index.xml')), ...allPages()])].sort();

describeBrowser('every page in Chromium', () => {
  const ctx = useBrowser();

  it.each(pages)('%s: no axe violation, console error, CSP violation or third-party request', async (path) => {
    const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`));
    });
    const page = await context.newPage();
    const errors: string[] = [];
    const foreign: string[] = [];
    const origin = new URL(ctx.server.url).origin;
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:') foreign.push(request.url());
    });
    try {
      const response = await page.goto(ctx.server.url + path, { waitUntil: 'load' });
      expect(response?.status(), 'status').toBe(200);
      await page.locator('details').evaluateAll((els) => els.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      const violations: string[] = [];
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        // Dark mode changes colours only: after the full run in light mode, check contrast again.
        const axe = new AxeBuilder({ page });
        const results = await (colorScheme === 'light' ? axe.withTags(WCAG) : axe.withRules(['color-contrast'])).analyze();
        violations.push(...results.violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
      }
      expect(violations, 'axe').toEqual([]);
      expect(errors, 'console errors').toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations), 'CSP violations').toEqual([]);
      expect(foreign, 'requests to other hosts').toEqual([]);
    } finally {
      await context.close();
    }
  });
});
