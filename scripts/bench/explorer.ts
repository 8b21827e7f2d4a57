/**
 * `npm run bench:explorer`: the explorer's cost in Chromium on a built site (npm run build first;
 * DIST=/path/to/dist for another build, such as the grown one `npm run bench:scale -- <N> --keep`
 * leaves behind): bytes fetched for the first view of /campaigns/ and for a facet change after
 * it, and the time from ticking a facet value to its results and counts on screen. Timings are
 * medians of several runs; machines are noisy, so compare builds in one run rather than across days.
 */
import { launchChromium } from '../shared/chromium.ts';
import { serveDist } from '../shared/static-server.ts';
import { paths } from '../../src/lib/site/paths.ts';
import { parseCli } from '../cli.ts';
import { counted, recordTransfers, settled, type Transfer } from './browser.ts';
import { kB, median, sum } from './stats.ts';

const { values } = parseCli(
  `Usage: npm run bench:explorer [-- --runs N]   (after npm run build)

Bytes fetched for the first view of /campaigns/ and for a facet change, and the time from a
facet change to updated results and counts, in Chromium. DIST=/path/to/dist measures another build.`,
  { runs: { type: 'string' } },
);
const RUNS = Number(values.runs ?? 5);

const server = await serveDist(process.env.DIST);
const browser = await launchChromium();
try {
  const times: number[] = [];
  const secondTimes: number[] = [];
  let first: Transfer[] = [];
  let change: Transfer[] = [];
  let facets: string[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const load = await recordTransfers(page, async () => {
      await page.goto(server.url + paths.campaigns);
      await settled(page, '');
    });
    // The two causes with the most case studies: a realistic first and second choice.
    facets = await page.$$eval('input[data-facet="cause"]', (boxes) =>
      boxes
        .map((b) => ({ value: (b as HTMLInputElement).value, n: Number(b.closest('label')?.querySelector('[data-count]')?.textContent) }))
        .sort((a, b) => b.n - a.n)
        .slice(0, 2)
        .map((b) => b.value),
    );
    const tick = async (value: string) => {
      const box = page.locator(`input[data-facet="cause"][value="${value}"]`);
      await box.evaluate((el) => (el.closest('li')!.hidden = false));
      const t0 = await page.evaluate(() => performance.now());
      await box.check();
      const chosen = await page.$$eval('input[data-facet="cause"]:checked', (bs) => bs.map((b) => (b as HTMLInputElement).value).sort());
      const search = `?${chosen.map((v) => `cause=${v}`).join('&')}`;
      await settled(page, search);
      await counted(page, search);
      return (await page.evaluate(() => performance.now())) - t0;
    };
    let t = 0;
    const changed = await recordTransfers(page, async () => {
      t = await tick(facets[0]!);
    });
    times.push(t);
    secondTimes.push(await tick(facets[1]!));
    if (run === 0) [first, change] = [load, changed];
    await context.close();
  }
  const pagefind = (list: Transfer[]) => list.filter((x) => x.path.startsWith(paths.pagefind));
  console.log(`Explorer on ${paths.campaigns}${process.env.DIST ? ` (${process.env.DIST})` : ''}`);
  console.log(
    `  first view: ${kB(sum(first, 'raw'))} served, ${kB(sum(first, 'gzip'))} gzipped (Pagefind ${kB(sum(pagefind(first), 'gzip'))} gzipped)`,
  );
  console.log(`  a facet change (cause=${facets[0]}): ${kB(sum(change, 'raw'))} served, ${kB(sum(change, 'gzip'))} gzipped`);
  console.log(
    `  facet change to results and counts, median of ${RUNS}: ${Math.round(median(times))} ms (first value), ${Math.round(median(secondTimes))} ms (second value, OR)`,
  );
} finally {
  await browser.close();
  await server.close();
}
