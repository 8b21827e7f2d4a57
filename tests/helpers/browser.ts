/**
 * Shared set-up for browser tests: one Chromium and one static server per test file. Without
 * Chromium the tests skip and say how to install it; under CI=true a missing Chromium fails.
 */
import { afterAll, beforeAll, describe } from 'vitest';
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

/** Starts Chromium and the server before the file's tests and stops them after; `root` serves another build than dist/. */
export function useBrowser(options: { root?: string } = {}): BrowserContext {
  const ctx = {} as BrowserContext;
  beforeAll(async () => {
    if (!options.root) requireBuild();
    ctx.server = await serveDist(options.root);
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
