/**
 * Shared set-up for browser tests: one Chromium and one static server per test file. Without
 * Chromium or the pinned fonts the tests skip and say how to install them; under CI=true a
 * missing one fails the run.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { axeInSchemes, openAllDetails } from '../../scripts/shared/axe.ts';
import { chromiumPath, INSTALL_HINT, launchChromium } from '../../scripts/shared/chromium.ts';
import { missingFonts, type FontSetName } from '../../scripts/shared/fonts.ts';
import { describeWith } from './requirements.ts';
import { serveDist, type StaticServer } from '../../scripts/shared/static-server.ts';
import { readFileSync } from 'node:fs';
import { DIST, fileFor, readPage, requireBuild } from './dist.ts';

const fonts = missingFonts();
const lacking = [
  ...(chromiumPath() === undefined ? [`Chromium was not found. Install it with: ${INSTALL_HINT}`] : []),
  ...(fonts ? [`the fonts the tests lay pages out in were not found: ${fonts.missing.join('; ')}. Install them with: ${fonts.hint}`] : []),
];
/** `describe` for browser tests: skipped, with the reason printed, when Chromium or a font set is missing. */
export const describeBrowser = describeWith('Browser tests', lacking);

export interface BrowserContext {
  browser: Browser;
  server: StaticServer;
  /** The font set the browser lays pages out in. */
  fonts: FontSetName;
  /** The build the server serves. */
  dist: string;
  /** A new page that records console errors and page errors into `errors`; `path` is from the build's root (`/campaigns/`), under the base path if the build has one. */
  open(
    path: string,
    options?: { width?: number; height?: number; colorScheme?: 'light' | 'dark'; javaScriptEnabled?: boolean },
  ): Promise<{ page: Page; errors: string[] }>;
}

/**
 * Starts Chromium and the server before the file's tests and stops them after. `dist` (read
 * when the tests start) or `root` serves another build than the project's, such as a fixture's;
 * `fonts` picks the font set (wide unless named); `base` is the base path the build was made
 * under, which the server then serves it under (and answers nothing outside).
 */
export function useBrowser(options: { dist?: () => string; root?: string; fonts?: FontSetName; base?: string } = {}): BrowserContext {
  const ctx = { fonts: options.fonts ?? 'wide' } as BrowserContext;
  beforeAll(async () => {
    const dir = options.dist?.() ?? options.root;
    if (!dir) requireBuild();
    ctx.dist = dir ?? DIST;
    ctx.server = await serveDist(dir, { base: options.base ?? '/' });
    ctx.browser = await launchChromium(ctx.fonts);
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

/**
 * Scrolls to the end of the explorer's results until their page is filled: past the first few,
 * results load as the reader nears the end of the list. Call once the results are shown.
 */
export async function fillResults(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      if (document.querySelector<HTMLElement>('[data-results-list]')?.dataset.filled !== 'false') return true;
      document.querySelector('[data-sentinel]')?.scrollIntoView({ block: 'center' });
      return false;
    },
    undefined,
    { polling: 100 },
  );
}

/** axe's violations on the page as it is now, every WCAG rule in light mode and the colour rules in dark, each line named by its scheme. */
export const axeLightAndDark = (page: Page): Promise<string[]> => axeInSchemes(page, ['light', 'dark']);

/** What a visit to a page found; every list is empty on a good page. */
export interface PageReport {
  status: number | undefined;
  /** Widths at which the page scrolls sideways. */
  overflow: string[];
  /** axe violations, in light and in dark mode. */
  axe: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Content-Security-Policy violations, on load and once the header search box is used. */
  csp: string[];
  /** Requests to another host. */
  foreign: string[];
  /** With JavaScript off: controls shown that would do nothing, sideways scrolling, and axe violations in light and dark. */
  noScript: string[];
}

export const CLEAN_PAGE: PageReport = { status: 200, overflow: [], axe: [], errors: [], csp: [], foreign: [], noScript: [] };

export interface InspectOptions {
  /** Waits for what the page does after load, such as search results. */
  ready?: ((page: Page) => Promise<void>) | undefined;
  /** The colour schemes axe checks, `rules` in the first and the colour rules in the rest. */
  schemes?: readonly ('light' | 'dark')[];
  /** The axe rules of the first scheme; every WCAG rule unless named. */
  rules?: readonly string[] | undefined;
  /** The width axe sees the page at. */
  axeWidth?: number;
  /** Also visit the page with JavaScript off (`noScriptReport`). */
  noScript?: boolean;
}

/**
 * Everything the browser checks on a page template, in one visit under the production headers:
 * no sideways scrolling at 320 and 390 px; axe (WCAG 2.2 AA) at 1280 px in light and dark mode
 * with every <details> open; no console error; no CSP violation, on load and after focusing the
 * header search box (which prefetches search code); no request to another host.
 */
export async function inspectPage(
  ctx: BrowserContext,
  path: string,
  { ready, schemes = ['light', 'dark'], axeWidth = 1280, rules, noScript = false }: InspectOptions = {},
): Promise<PageReport> {
  const report: PageReport = { ...CLEAN_PAGE, overflow: [], axe: [], errors: [], csp: [], foreign: [], noScript: [] };
  if (noScript) report.noScript = await noScriptReport(ctx, path, schemes);
  const context = await ctx.browser.newContext({ viewport: { width: 320, height: 800 } });
  try {
    await context.addInitScript(() => {
      const seen: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = []);
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`));
    });
    // A worker obeys the policy sent with its own script, not the page's <meta>: send it the
    // page's policy as a header, as a host that sets the policy in headers would, so that
    // Pagefind's WebAssembly runs under the same policy in its worker as on the main thread.
    const policy =
      readPage(path.split('?')[0]!, ctx.dist).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    await context.route('**/pagefind/pagefind-worker.js', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
    });
    const page = await context.newPage();
    const origin = new URL(ctx.server.url).origin;
    page.on('console', (msg) => msg.type() === 'error' && report.errors.push(msg.text()));
    page.on('pageerror', (error) => report.errors.push(String(error)));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:') report.foreign.push(request.url());
    });

    report.status = (await page.goto(ctx.server.url + path, { waitUntil: 'load' }))?.status();
    for (const width of [320, 390]) {
      await page.setViewportSize({ width, height: 800 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) report.overflow.push(`${overflow}px too wide at ${width}px`);
    }
    await page.setViewportSize({ width: axeWidth, height: 900 });
    await ready?.(page);

    await openAllDetails(page);
    // The rules asked for in the first scheme; in the next, only those that colours decide.
    report.axe.push(...(await axeInSchemes(page, schemes, rules)));

    // The first use of a search box loads the search code, whose CSP must hold too (the search
    // page has no header box: its own box is the one).
    await page.locator('#site-search, #explorer-q').first().focus();
    await page.waitForLoadState('networkidle');
    report.csp = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  } finally {
    await context.close();
  }
  return report;
}

/**
 * Every control a page shows that could do nothing without JavaScript, described. Without a
 * script a control works only if the browser or a style sheet gives it its effect: a reset
 * button, a button that opens a popover, or a checkbox or radio button that a `:checked` rule
 * of the page's CSS reads (the compare picker's). Anything else shown (a submit button, whose
 * form needs a script to show its result on a static site; a text box; a sort button) is dead
 * and must be marked data-needs-js, which public/noscript.css hides.
 */
export async function deadControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selectors: string[] = [];
    const collect = (rules: CSSRuleList) => {
      for (const rule of rules) {
        if (rule instanceof CSSStyleRule) selectors.push(rule.selectorText);
        if ('cssRules' in rule) collect((rule as CSSGroupingRule).cssRules);
      }
    };
    for (const sheet of document.styleSheets) collect(sheet.cssRules);
    const readByCss = (box: HTMLInputElement) => selectors.some((s) => s.includes(':checked') && s.includes(`[name="${box.name}"]`));
    const works = (el: Element) =>
      (el instanceof HTMLButtonElement && (el.type === 'reset' || el.hasAttribute('popovertarget'))) ||
      (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio') && readByCss(el));
    const controls =
      'button, input:not([type="hidden"]), select, textarea, [role="button"], [role="combobox"], [role="switch"], [role="tab"]';
    return [...document.querySelectorAll(controls)]
      .filter((el) => el.checkVisibility() && !works(el))
      .map((el) => {
        const name = el.getAttribute('aria-label') ?? el.getAttribute('name') ?? el.textContent?.trim().slice(0, 40);
        return `a dead ${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} (${name ?? ''})`;
      });
  });
}

/**
 * A built page as a browser without JavaScript renders it, for a browser with it: no script,
 * and the contents of each <noscript> as plain markup. axe runs in the page, and never finishes
 * where scripts are off, so the checks without JavaScript see this copy instead.
 */
function withoutScripts(html: string): string {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '').replace(/<\/?noscript>/g, '');
}

/**
 * The page as a reader without JavaScript gets it (`withoutScripts`), on a 390 px phone: no
 * dead control (`deadControls`), no sideways scrolling, and axe in each colour scheme (every
 * rule in the first, the colour rules in the rest), since what stands in for the hidden
 * controls is seen only then.
 */
async function noScriptReport(ctx: BrowserContext, path: string, schemes: readonly ('light' | 'dark')[]): Promise<string[]> {
  const context = await ctx.browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    const url = ctx.server.url + path;
    const body = withoutScripts(readFileSync(fileFor(path, ctx.dist), 'utf8'));
    await context.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }));
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const problems = await deadControls(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) problems.push(`${overflow}px too wide at 390px`);
    await openAllDetails(page);
    return [...problems, ...(await axeInSchemes(page, schemes))];
  } finally {
    await context.close();
  }
}
