/**
 * Search cost in Chromium on the built site (npm run build first): bytes transferred for a first
 * query with a cold cache, and time from query to first results. Usage:
 * npm run bench:search [-- query ...]; DIST=/path/to/dist measures another build. Our test server does not compress, so bytes are given
 * as served and gzipped (what a host with compression would send; Pagefind's index files are
 * already compressed and barely change).
 */
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { launchChromium } from '../tests/helpers/chromium.ts';
import { serveDist } from '../tests/helpers/server.ts';
import { parseCli } from './cli.ts';

const { positionals } = parseCli(
  `Usage: npm run bench:search [-- query ...]   (after npm run build)

Bytes transferred and time to first results for a first search in Chromium, on the built
site. Default queries: unicef, bullying, "children rights". DIST=/path/to/dist measures
another build.`,
  {},
  { positionals: true },
);
const queries = positionals.length ? positionals : ['unicef', 'bullying', 'children rights'];
const RUNS = 5;

interface Transfer {
  path: string;
  raw: number;
  gzip: number;
}

/** Records every response's size while `action` runs. */
async function measure(page: Page, action: () => Promise<void>): Promise<Transfer[]> {
  const pending: Promise<Transfer>[] = [];
  const onResponse = (response: Response) => {
    pending.push(
      response.body().then(
        (body) => ({ path: new URL(response.url()).pathname, raw: body.length, gzip: gzipSync(body).length }),
        () => ({ path: new URL(response.url()).pathname, raw: 0, gzip: 0 }),
      ),
    );
  };
  page.on('response', onResponse);
  await action();
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  return Promise.all(pending);
}

const settled = (page: Page, search: string) =>
  page.waitForFunction((s) => document.querySelector<HTMLElement>('[data-results-list]')?.dataset.resultsFor === s, search, {
    timeout: 30_000,
  });

const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const sum = (list: Transfer[], key: 'raw' | 'gzip') => list.reduce((total, t) => total + t[key], 0);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const server = await serveDist(process.env.DIST);
const browser = await launchChromium();
try {
  for (const q of queries) {
    const search = `?q=${encodeURIComponent(q)}`;
    const coldTimes: number[] = [];
    const typedTimes: number[] = [];
    let page1: Transfer[] = [];
    let query1: Transfer[] = [];
    for (let run = 0; run < RUNS; run++) {
      // A fresh context has an empty cache: the first query of a first visit.
      const context = await browser.newContext();
      const page = await context.newPage();
      const load = await measure(page, async () => {
        await page.goto(`${server.url}/search/`);
        await settled(page, '');
      });
      const started = Date.now();
      const query = await measure(page, async () => {
        await page.fill('#explorer-q', q);
        await page.press('#explorer-q', 'Enter');
        await settled(page, search.replace(/%20/g, '+'));
      });
      typedTimes.push(Date.now() - started);
      // Cold: a shared link opened in a fresh context, from navigation to the first result.
      const cold = await browser.newContext();
      const coldPage = await cold.newPage();
      const t0 = Date.now();
      await coldPage.goto(`${server.url}/search/${search}`);
      await settled(coldPage, search.replace(/%20/g, '+'));
      coldTimes.push(Date.now() - t0);
      await cold.close();
      if (run === 0) [page1, query1] = [load, query];
      await context.close();
    }
    const pagefind = [...page1, ...query1].filter((t) => t.path.startsWith('/pagefind/'));
    const site = page1.filter((t) => !t.path.startsWith('/pagefind/'));
    console.log(`\n"${q}"`);
    console.log(
      `  search page load (HTML, CSS, fonts, scripts, Pagefind init): ${kB(sum(page1, 'raw'))} served, ${kB(sum(page1, 'gzip'))} gzipped`,
    );
    console.log(
      `  first query after load (index chunks, fragments):          ${kB(sum(query1, 'raw'))} served, ${kB(sum(query1, 'gzip'))} gzipped`,
    );
    console.log(`  of which Pagefind in total: ${kB(sum(pagefind, 'raw'))} served, ${kB(sum(pagefind, 'gzip'))} gzipped`);
    console.log(`  the page itself: ${kB(sum(site, 'raw'))} served, ${kB(sum(site, 'gzip'))} gzipped`);
    for (const t of [...site, ...pagefind]) console.log(`    ${t.path.padEnd(44)} ${kB(t.raw).padStart(9)} ${kB(t.gzip).padStart(9)}`);
    console.log(`  time from typed query to results (page loaded), median of ${RUNS}: ${median(typedTimes)} ms`);
    console.log(`  time from opening /search/${search} cold to results shown, median of ${RUNS}: ${median(coldTimes)} ms`);
  }
} finally {
  await browser.close();
  await server.close();
}
