/**
 * Shared set-up for browser tests: one Chromium and one static server per test file. Without
 * Chromium or the pinned fonts the tests skip and say how to install them; under CI=true a
 * missing one fails the run.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { axeViolations, COLOUR_RULES, openAllDetails } from '../../scripts/shared/axe.ts';
import { chromiumPath, INSTALL_HINT, launchChromium } from '../../scripts/shared/chromium.ts';
import { missingFonts, type FontSetName } from '../../scripts/shared/fonts.ts';
import { describeWith } from './requirements.ts';
import { serveDist, type StaticServer } from '../../scripts/shared/static-server.ts';
import { DIST, readPage, requireBuild } from './dist.ts';

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
  /** A new page that records console errors and page errors into `errors`. */
  open(
    path: string,
    options?: { width?: number; height?: number; colorScheme?: 'light' | 'dark'; javaScriptEnabled?: boolean },
  ): Promise<{ page: Page; errors: string[] }>;
}

/**
 * Starts Chromium and the server before the file's tests and stops them after. `dist` (read
 * when the tests start) or `root` serves another build than the project's, such as a fixture's;
 * `fonts` picks the font set (wide unless named).
 */
export function useBrowser(options: { dist?: () => string; root?: string; fonts?: FontSetName } = {}): BrowserContext {
  const ctx = { fonts: options.fonts ?? 'wide' } as BrowserContext;
  beforeAll(async () => {
    const dir = options.dist?.() ?? options.root;
    if (!dir) requireBuild();
    ctx.dist = dir ?? DIST;
    ctx.server = await serveDist(dir);
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
export async function axeLightAndDark(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const [i, colorScheme] of (['light', 'dark'] as const).entries()) {
    await page.emulateMedia({ colorScheme });
    found.push(...(await axeViolations(page, i === 0 ? undefined : COLOUR_RULES)).map((v) => `${colorScheme} ${v}`));
  }
  return found;
}

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
}

export const CLEAN_PAGE: PageReport = { status: 200, overflow: [], axe: [], errors: [], csp: [], foreign: [] };

export interface InspectOptions {
  /** Waits for what the page does after load, such as search results. */
  ready?: ((page: Page) => Promise<void>) | undefined;
  /** The colour schemes axe checks, `rules` in the first and the colour rules in the rest. */
  schemes?: readonly ('light' | 'dark')[];
  /** The axe rules of the first scheme; every WCAG rule unless named. */
  rules?: readonly string[] | undefined;
  /** The width axe sees the page at. */
  axeWidth?: number;
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
  { ready, schemes = ['light', 'dark'], axeWidth = 1280, rules }: InspectOptions = {},
): Promise<PageReport> {
  const report: PageReport = { ...CLEAN_PAGE, overflow: [], axe: [], errors: [], csp: [], foreign: [] };
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
    for (const [i, colorScheme] of schemes.entries()) {
      await page.emulateMedia({ colorScheme });
      report.axe.push(...(await axeViolations(page, i === 0 ? rules : COLOUR_RULES)).map((v) => `${colorScheme} ${v}`));
    }

    await page.focus('#site-search');
    await page.waitForLoadState('networkidle');
    report.csp = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  } finally {
    await context.close();
  }
  return report;
}
