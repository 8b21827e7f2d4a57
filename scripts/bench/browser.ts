/**
 * What the browser benches watch in Chromium: the bytes a page fetches while something happens,
 * and the moment the explorer shows its results and its facet counts.
 */
import { gzipSync } from 'node:zlib';
import type { Page, Request } from 'playwright-core';

export interface Transfer {
  path: string;
  raw: number;
  gzip: number;
  /** When it finished (Date.now()). */
  at: number;
}

/** How long the network must stay quiet for `recordTransfers` to stop listening. */
const QUIET_MS = 500;

/**
 * Records every response's size, and when it finished, while `action` runs and until no request
 * has been in flight for QUIET_MS: what a page fetches after showing results (such as the counts
 * of the explorer's facets) counts too. (Playwright's `networkidle` state is reached once per
 * page load, so waiting for it after the first does not wait.)
 */
export async function recordTransfers(page: Page, action: () => Promise<void>): Promise<Transfer[]> {
  const pending: Promise<Transfer>[] = [];
  let inFlight = 0;
  let lastDone = Date.now();
  const onRequest = () => inFlight++;
  const onFailed = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastDone = Date.now();
  };
  const onFinished = (request: Request) => {
    onFailed();
    const at = Date.now();
    const path = new URL(request.url()).pathname;
    pending.push(
      request
        .response()
        .then((response) => response?.body())
        .then(
          (body) => ({ path, raw: body?.length ?? 0, gzip: body ? gzipSync(body).length : 0, at }),
          () => ({ path, raw: 0, gzip: 0, at }),
        ),
    );
  };
  page.on('request', onRequest);
  page.on('requestfinished', onFinished);
  page.on('requestfailed', onFailed);
  await action();
  while (inFlight > 0 || Date.now() - lastDone < QUIET_MS) await new Promise((r) => setTimeout(r, 50));
  page.off('request', onRequest);
  page.off('requestfinished', onFinished);
  page.off('requestfailed', onFailed);
  return Promise.all(pending);
}

/** Waits until the explorer shows the results for the query string `search`. */
export const settled = (page: Page, search: string) =>
  page.waitForFunction((s) => document.querySelector<HTMLElement>('[data-results-list]')?.dataset.resultsFor === s, search, {
    timeout: 30_000,
  });

/** Waits until the explorer's facets show the counts for the query string `search` (they follow the results). */
export const counted = (page: Page, search: string) =>
  page.waitForFunction((s) => document.querySelector<HTMLElement>('[data-facets]')?.dataset.countsFor === s, search, {
    timeout: 30_000,
  });
