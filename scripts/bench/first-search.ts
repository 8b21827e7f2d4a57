/**
 * The cost of a first search in Chromium on a built site: bytes transferred for a first query
 * with a cold cache, and time from query to first results. The test server does not compress,
 * so bytes are given as served and gzipped (what a host with compression would send; Pagefind's
 * index files are already compressed and barely change). `npm run bench:search` prints it;
 * `npm run bench:scale` runs it on a grown catalogue.
 */
import { resolve } from 'node:path';
import { launchChromium } from '../shared/chromium.ts';
import { serveDist } from '../shared/static-server.ts';
import { recordTransfers, settled, type Transfer } from './browser.ts';
import { kB, median, sum } from './stats.ts';

export const DEFAULT_QUERIES = ['unicef', 'bullying', 'children rights'];

export interface SearchBench {
  query: string;
  /** The search page's first load (HTML, CSS, fonts, scripts, Pagefind init), in a fresh context. */
  pageLoad: Transfer[];
  /** What the first query fetches once the page has loaded (index chunks, fragments, filter chunks for the counts). */
  firstQuery: Transfer[];
  /** Of the page load and the first query, what Pagefind had fetched by the time the first results were shown. */
  toResults: Transfer[];
  /** Median time from typing the query (page loaded) to results shown, in ms, as the test driver sees it. */
  typedMs: number;
  /**
   * The same, timed inside the page: from the search form's submit event to the moment the
   * results are on the page. It leaves out the driver's own round trips (typing, polling), some
   * tens of milliseconds on a busy machine.
   */
  inPageMs: number;
  /** Median time from opening /search/?q=… in a fresh context to results shown, in ms. */
  coldMs: number;
}

/** Measures a first search for each query on the build in `dist`, `runs` times each (medians for times, the first run for bytes). */
export async function benchSearch(dist: string, queries = DEFAULT_QUERIES, runs = 5): Promise<SearchBench[]> {
  const server = await serveDist(resolve(dist));
  const browser = await launchChromium();
  const results: SearchBench[] = [];
  try {
    for (const query of queries) {
      const search = `?q=${encodeURIComponent(query)}`;
      const coldTimes: number[] = [];
      const typedTimes: number[] = [];
      const inPageTimes: number[] = [];
      let pageLoad: Transfer[] = [];
      let firstQuery: Transfer[] = [];
      let shownAt = 0;
      for (let run = 0; run < runs; run++) {
        // A fresh context has an empty cache: the first query of a first visit.
        const context = await browser.newContext();
        const page = await context.newPage();
        const load = await recordTransfers(page, async () => {
          await page.goto(`${server.url}/search/`);
          await settled(page, '');
        });
        await page.evaluate(
          (s) => {
            const clock = window as unknown as { submitted?: number; shown?: number };
            document
              .querySelector('#explorer-form')!
              .addEventListener('submit', () => (clock.submitted = performance.now()), { capture: true });
            const list = document.querySelector<HTMLElement>('[data-results-list]')!;
            new MutationObserver(() => {
              if (list.dataset.resultsFor === s) clock.shown ??= performance.now();
            }).observe(list, { attributes: true });
          },
          search.replace(/%20/g, '+'),
        );
        const started = Date.now();
        let shown = 0;
        const typed = await recordTransfers(page, async () => {
          await page.fill('#explorer-q', query);
          await page.press('#explorer-q', 'Enter');
          await settled(page, search.replace(/%20/g, '+'));
          shown = Date.now();
        });
        typedTimes.push(shown - started);
        inPageTimes.push(
          await page.evaluate(() => {
            const clock = window as unknown as { submitted: number; shown: number };
            return Math.round(clock.shown - clock.submitted);
          }),
        );
        // Cold: a shared link opened in a fresh context, from navigation to the first result.
        const cold = await browser.newContext();
        const coldPage = await cold.newPage();
        const t0 = Date.now();
        await coldPage.goto(`${server.url}/search/${search}`);
        await settled(coldPage, search.replace(/%20/g, '+'));
        coldTimes.push(Date.now() - t0);
        await cold.close();
        if (run === 0) [pageLoad, firstQuery, shownAt] = [load, typed, shown];
        await context.close();
      }
      const toResults = [...pageLoad, ...firstQuery].filter((t) => t.path.startsWith('/pagefind/') && t.at <= shownAt);
      results.push({
        query,
        pageLoad,
        firstQuery,
        toResults,
        typedMs: median(typedTimes),
        inPageMs: median(inPageTimes),
        coldMs: median(coldTimes),
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

export function formatSearchBench(results: readonly SearchBench[], runs: number): string {
  return results
    .flatMap(({ query, pageLoad, firstQuery, toResults, typedMs, inPageMs, coldMs }) => {
      const pagefind = [...pageLoad, ...firstQuery].filter((t) => t.path.startsWith('/pagefind/'));
      const site = pageLoad.filter((t) => !t.path.startsWith('/pagefind/'));
      return [
        `\n"${query}"`,
        `  search page load (HTML, CSS, fonts, scripts, Pagefind init): ${kB(sum(pageLoad, 'raw'))} served, ${kB(sum(pageLoad, 'gzip'))} gzipped`,
        `  first query after load (index chunks, fragments):          ${kB(sum(firstQuery, 'raw'))} served, ${kB(sum(firstQuery, 'gzip'))} gzipped`,
        `  of which Pagefind in total: ${kB(sum(pagefind, 'raw'))} served, ${kB(sum(pagefind, 'gzip'))} gzipped`,
        `  of which Pagefind by the time the first results were shown: ${kB(sum(toResults, 'gzip'))} gzipped`,
        `  the page itself: ${kB(sum(site, 'raw'))} served, ${kB(sum(site, 'gzip'))} gzipped`,
        ...[...site, ...pagefind].map((t) => `    ${t.path.padEnd(44)} ${kB(t.raw).padStart(9)} ${kB(t.gzip).padStart(9)}`),
        `  time from typed query to results (page loaded), median of ${runs}: ${typedMs} ms (${inPageMs} ms from submit to results, timed in the page)`,
        `  time from opening /search/${`?q=${encodeURIComponent(query)}`} cold to results shown, median of ${runs}: ${coldMs} ms`,
      ];
    })
    .join('\n');
}
