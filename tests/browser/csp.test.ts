/** The Content Security Policy: on every page, strict, and never in the way of the site itself. */
import { expect, it } from 'vitest';
import { describeBrowser, useBrowser } from '../helpers/browser.ts';
import { allPages, readPage } from '../helpers/dist.ts';

describeBrowser('Content Security Policy in Chromium', () => {
  const ctx = useBrowser();

  it('every page carries a policy without unsafe-inline or unsafe-eval for scripts', () => {
    for (const path of allPages()) {
      const policy = readPage(path).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      const script = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
      expect(script, path).toContain("'self'");
      expect(script, path).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
      for (const directive of [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self' blob:",
      ]) {
        expect(policy, path).toContain(directive);
      }
    }
  });

  for (const path of [...allPages(), '/search/?q=unicef']) {
    it(`${path} loads with no policy violation`, async () => {
      const { page, errors } = await ctx.open('/404.html');
      await page.addInitScript(() => {
        const seen: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = []);
        document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      // A worker obeys the policy sent with its own script, not the page's <meta>: send it the
      // page's policy as a header, as a host that sets the policy in headers would, so that
      // Pagefind's WebAssembly runs under the same policy in its worker as on the main thread.
      const policy = readPage(path).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      await page.route('**/pagefind/pagefind-worker.js', async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
      });
      errors.length = 0;
      await page.goto(ctx.server.url + path);
      await page.waitForLoadState('networkidle');
      if (path.includes('?q=')) {
        await page.waitForFunction(() => document.getElementById('search-results')?.getAttribute('aria-busy') === 'false');
        expect(await page.locator('#search-list li').count()).toBeGreaterThan(0);
      }
      await page.focus('#site-search'); // the header box's prefetch must be allowed too
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
      expect(errors.filter((e) => !(path === '/404.html' && /404/.test(e)))).toEqual([]);
      await page.context().close();
    });
  }
});
