/**
 * `npm run bench:scale -- <N>`: how the build and the site grow with the catalogue. Copies the
 * project into a temporary folder, grows it to N case studies (scripts/scale/grow.ts), builds it
 * cold (no caches) and warm (nothing changed), and does the same for a bare Astro + MDX +
 * Pagefind twin of the same bodies (scripts/scale/twin.ts). Prints a table and writes the
 * figures as JSON: build time and peak memory with their ratios to the twin, the largest page of
 * each route, the largest other files, the search index, and the cost of a first search
 * (scripts/search-bench.ts). content/ is only read; the temporary folders are removed at the end.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumPath } from './shared/chromium.ts';
import { copyProject, growCampaigns } from './scale/grow.ts';
import { writeTwin } from './scale/twin.ts';
import {
  filesUnder,
  folderSize,
  largestOtherFiles,
  pageRoutes,
  pagefindSize,
  routeSizes,
  stopRunning,
  timedRun,
  type BuildRun,
  type RouteReport,
} from './scale/measure.ts';
import { benchSearch, DEFAULT_QUERIES, sum, type SearchBench } from './search-bench.ts';
import { defaultPaths, formatLighthouse, runLighthouse, type LighthouseResult } from './lighthouse.ts';

const ROOT = resolve(import.meta.dirname, '..');

export const USAGE = `Usage: npm run bench:scale -- <N> [options]

Grows a temporary copy of the project to N case studies (clones of the real ones, committed in
a temporary git repository), builds it cold and warm, builds a bare Astro + MDX + Pagefind twin
of the same MDX bodies, and reports build time, peak memory, page sizes, the search index and
the cost of a first search. content/ is never changed.

Options:
  --json <file>        where to write the figures (default: test-results/bench-scale-<N>.json)
  --search-runs <n>    runs per query of the first-search measure (default 5; 0 skips it)
  --lighthouse         also run Lighthouse (mobile) on the grown site's home page, /campaigns/,
                       /compare/, largest taxonomy term and largest case study
  --keep               keep the temporary folders and print where they are
  -h, --help           print this help`;

/** The issue's targets (issue 10): ratios to the twin, page limits, first search. */
export const TARGETS = {
  warmWall: 1.5,
  coldWall: 3,
  peakRss: 1.5,
  pageBytes: 250_000,
  pageElements: 1_500,
  lighthouse: 100,
  searchBytes: 150_000,
  searchMs: 150,
};

export interface Options {
  n: number;
  json: string;
  searchRuns: number;
  keep: boolean;
  lighthouse: boolean;
}

/** The options, or a one-line error; `help` when asked for. */
export function parseOptions(argv: readonly string[]): Options | 'help' | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'string' },
        'search-runs': { type: 'string' },
        keep: { type: 'boolean', default: false },
        lighthouse: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return { error: (error as Error).message.split(/\.\s/)[0]! };
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length !== 1) return { error: positionals.length ? `one N expected, got ${positionals.join(' ')}` : 'N is missing' };
  const n = Number(positionals[0]);
  if (!Number.isInteger(n) || n < 1) return { error: `N must be a whole number of case studies, 1 or more (got "${positionals[0]}")` };
  const searchRuns = Number(values['search-runs'] ?? 5);
  if (!Number.isInteger(searchRuns) || searchRuns < 0)
    return { error: `--search-runs must be a whole number, 0 or more (got "${values['search-runs']}")` };
  return {
    n,
    json: resolve(values.json ?? join(ROOT, 'test-results', `bench-scale-${n}.json`)),
    searchRuns,
    keep: values.keep,
    lighthouse: values.lighthouse,
  };
}

const started = performance.now();
const progress = (message: string) =>
  console.log(`[bench:scale ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

/** Caches a cold build must not have: Astro's and Vite's, the build output, the card cache. */
function clearCaches(root: string): void {
  for (const path of ['node_modules/.astro', 'node_modules/.vite', 'node_modules/.cache', '.astro', 'dist', '.cache']) {
    rmSync(join(root, path), { recursive: true, force: true });
  }
}

const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const PAGEFIND = join(ROOT, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');

async function build(label: string, root: string, logs: string, twin: boolean): Promise<BuildRun> {
  progress(`${label}…`);
  const file = join(logs, `${label.replace(/\W+/g, '-')}.log`);
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  // Node 24 (this script's) for both; the twin runs the Pagefind CLI after Astro, in the same measured child.
  const run = twin
    ? await timedRun(
        '/bin/sh',
        ['-c', `${quote(process.execPath)} ${quote(ASTRO)} build && ${quote(process.execPath)} ${quote(PAGEFIND)} --site dist`],
        root,
        file,
      )
    : await timedRun(process.execPath, [ASTRO, 'build'], root, file);
  if (!run.ok)
    throw new Error(`${label} failed; the last lines of its log (--keep keeps it: ${file}):\n${run.log.split('\n').slice(-40).join('\n')}`);
  progress(`${label}: ${run.wallS.toFixed(1)} s, peak ${run.peakRssMB} MB, ${run.warnings} warning lines`);
  return run;
}

const summary = ({ wallS, peakRssMB, warnings }: BuildRun) => ({ wallS, peakRssMB, warnings });
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
const kB = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)} MB` : `${(n / 1e3).toFixed(1)} kB`);

/** A plain-text table; `align` has one letter a column, l or r. */
function table(align: string, rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((cell, i) => (align[i] === 'r' ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ');
  return rows.map((r) => line(r).trimEnd()).join('\n');
}

async function main(options: Options): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'causeway-scale-'));
  const cleanup = () => {
    stopRunning();
    if (options.keep) console.log(`Kept the temporary folders in ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  };
  const interrupted = (signal: NodeJS.Signals) => {
    console.error(`\n${signal}: stopping the builds and removing ${tmp}`);
    cleanup();
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    const site = join(tmp, 'site');
    const twin = join(tmp, 'twin');
    const logs = join(tmp, 'logs');
    mkdirSync(logs);
    progress(`copying the project into ${site}`);
    const copied = copyProject(ROOT, site);
    progress(`${copied} files copied; growing to ${options.n} case studies and committing them`);
    const grown = growCampaigns(site, options.n, progress);
    progress(`${grown.campaigns} case studies in ${grown.commits} commits; writing the bare twin`);
    writeTwin(twin, join(site, 'content', 'campaigns'), join(ROOT, 'node_modules'));

    const loadStart = Math.round(loadavg()[0]! * 10) / 10;
    clearCaches(site);
    const siteCold = await build('Causeway, cold build', site, logs, false);
    const warmStart = Date.now();
    const siteWarm = await build('Causeway, warm build', site, logs, false);
    const cardDir = join(site, '.cache', 'cards');
    const cardsRenderedWarm = existsSync(cardDir)
      ? filesUnder(cardDir).filter((f) => statSync(join(cardDir, f)).mtimeMs >= warmStart).length
      : 0;
    clearCaches(twin);
    const twinCold = await build('Twin, cold build', twin, logs, true);
    const twinWarm = await build('Twin, warm build', twin, logs, true);

    progress('measuring pages, files and search indexes');
    const siteDist = join(site, 'dist');
    const twinDist = join(twin, 'dist');
    const siteRoutes = routeSizes(siteDist, pageRoutes(join(site, 'src', 'pages')));
    const twinRoutes = routeSizes(twinDist, pageRoutes(join(twin, 'src', 'pages')));

    let search: SearchBench[] = [];
    if (options.searchRuns === 0) progress('first search: skipped (--search-runs 0)');
    else if (!chromiumPath()) progress('first search: skipped, no Chromium (apt-get install -y chromium, or set CHROME_PATH)');
    else {
      progress(`first search in Chromium, ${options.searchRuns} runs per query`);
      search = await benchSearch(siteDist, DEFAULT_QUERIES, options.searchRuns);
    }

    let lighthouse: LighthouseResult[] = [];
    if (options.lighthouse) {
      if (!chromiumPath()) progress('Lighthouse: skipped, no Chromium (apt-get install -y chromium, or set CHROME_PATH)');
      else {
        progress('Lighthouse (mobile) on five pages');
        lighthouse = await runLighthouse(siteDist, defaultPaths(siteDist));
      }
    }

    const report = makeReport({
      n: options.n,
      load: { start: loadStart, end: Math.round(loadavg()[0]! * 10) / 10 },
      site: { cold: siteCold, warm: siteWarm, dist: siteDist, routes: siteRoutes, cardDir, cardsRenderedWarm },
      twin: { cold: twinCold, warm: twinWarm, dist: twinDist, routes: twinRoutes },
      search,
      lighthouse,
    });
    mkdirSync(dirname(options.json), { recursive: true });
    writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);
    console.log(formatReport(report));
    console.log(`\nFigures written to ${options.json}`);
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    cleanup();
  }
}

interface Measured {
  cold: BuildRun;
  warm: BuildRun;
  dist: string;
  routes: RouteReport[];
}

/** The figures of one run, as written to the JSON file. */
function makeReport({
  n,
  load,
  site,
  twin,
  search,
  lighthouse,
}: {
  n: number;
  load: { start: number; end: number };
  site: Measured & { cardDir: string; cardsRenderedWarm: number };
  twin: Measured;
  search: SearchBench[];
  lighthouse: LighthouseResult[];
}) {
  const pages = (routes: RouteReport[]) => routes.reduce((total, r) => total + r.pages, 0);
  return {
    n,
    date: new Date().toISOString(),
    // The load average at the start and end of the builds: timings on a busy machine are not comparable.
    machine: { cores: availableParallelism(), memoryGB: Math.round(totalmem() / 1e9), node: process.version, load },
    causeway: {
      cold: summary(site.cold),
      warm: summary(site.warm),
      pages: pages(site.routes),
      // Files (pages, cards, data) the warm build kept or restored from the incremental cache
      // instead of rendering them, of all the files it generated (one "├─" line each).
      copiedInWarmBuild: site.warm.log.match(/\((?:cached|restored)\)/g)?.length ?? 0,
      generatedInWarmBuild: site.warm.log.match(/├─/g)?.length ?? 0,
      routes: site.routes,
      otherFiles: largestOtherFiles(site.dist),
      pagefind: pagefindSize(site.dist),
      cards: { cache: folderSize(site.cardDir), renderedInWarmBuild: site.cardsRenderedWarm },
    },
    twin: {
      cold: summary(twin.cold),
      warm: summary(twin.warm),
      pages: pages(twin.routes),
      routes: twin.routes,
      pagefind: pagefindSize(twin.dist),
    },
    ratios: {
      coldWall: ratio(site.cold.wallS, twin.cold.wallS),
      warmWall: ratio(site.warm.wallS, twin.warm.wallS),
      coldPeakRss: ratio(site.cold.peakRssMB, twin.cold.peakRssMB),
      warmPeakRss: ratio(site.warm.peakRssMB, twin.warm.peakRssMB),
    },
    targets: TARGETS,
    search: search.map(({ query, pageLoad, firstQuery, toResults, typedMs, inPageMs, coldMs }) => ({
      query,
      pageLoadGzip: sum(pageLoad, 'gzip'),
      firstQueryGzip: sum(firstQuery, 'gzip'),
      pagefindGzip: sum(
        [...pageLoad, ...firstQuery].filter((t) => t.path.startsWith('/pagefind/')),
        'gzip',
      ),
      pagefindToResultsGzip: sum(toResults, 'gzip'),
      typedMs,
      inPageMs,
      coldMs,
      transfers: [...pageLoad, ...firstQuery],
    })),
    lighthouse,
  };
}
export type Report = ReturnType<typeof makeReport>;

const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER');

/** A table row: a figure for Causeway and the twin, their ratio, and the target ratio. */
const compared = (label: string, ours: number, twin: number, ratio: number, target: number, unit: string) => [
  label,
  `${ours}${unit}`,
  `${twin}${unit}`,
  `${ratio}×`,
  `≤ ${target}×`,
  verdict(ratio <= target),
];

/** The report as printed: tables of builds, pages, files and searches. */
export function formatReport(r: Report): string {
  const out: string[] = [];
  const { causeway: c, twin: t, ratios } = r;
  out.push(
    `\nbench:scale, ${r.n} case studies: Causeway vs a bare Astro + MDX + Pagefind twin (${r.machine.cores} cores, ${r.machine.memoryGB} GB, Node ${r.machine.node}, load average ${r.machine.load.start} → ${r.machine.load.end})\n`,
  );
  out.push(
    table('lrrrrl', [
      ['Build', 'Causeway', 'Twin', 'Ratio', 'Target', ''],
      compared('cold, wall time', c.cold.wallS, t.cold.wallS, ratios.coldWall, TARGETS.coldWall, ' s'),
      compared('warm, wall time', c.warm.wallS, t.warm.wallS, ratios.warmWall, TARGETS.warmWall, ' s'),
      compared('cold, peak RSS', c.cold.peakRssMB, t.cold.peakRssMB, ratios.coldPeakRss, TARGETS.peakRss, ' MB'),
      compared('warm, peak RSS', c.warm.peakRssMB, t.warm.peakRssMB, ratios.warmPeakRss, TARGETS.peakRss, ' MB'),
      ['warning lines (cold)', `${c.cold.warnings}`, `${t.cold.warnings}`, '', '', ''],
      ['pages', `${c.pages}`, `${t.pages}`, '', '', ''],
      ['Pagefind index', `${kB(c.pagefind.bytes)} in ${c.pagefind.files}`, `${kB(t.pagefind.bytes)} in ${t.pagefind.files}`, '', '', ''],
    ]),
  );
  out.push(
    `\nSocial cards: ${c.cards.cache.files} cached (${kB(c.cards.cache.bytes)}), ${c.cards.renderedInWarmBuild} rendered in the warm build.`,
    `Incremental build: the warm build reused ${c.copiedInWarmBuild} of its ${c.generatedInWarmBuild} generated files (pages, cards, data) instead of rendering them.`,
  );
  out.push(`\nLargest page of each route (Causeway); target ≤ ${kB(TARGETS.pageBytes)} raw and ≤ ${TARGETS.pageElements} elements:\n`);
  out.push(
    table('lrlrrrll', [
      ['Route', 'Pages', 'Largest', 'Raw', 'gzip', 'Elements', 'Most elements', ''],
      ...c.routes.map((route) => [
        route.route,
        `${route.pages}`,
        route.largest.url,
        kB(route.largest.raw),
        kB(route.largest.gzip),
        `${route.largest.elements}`,
        route.mostElements.url === route.largest.url ? '' : `${route.mostElements.elements} (${route.mostElements.url})`,
        verdict(route.largest.raw <= TARGETS.pageBytes && route.mostElements.elements <= TARGETS.pageElements),
      ]),
    ]),
  );
  const twinLargest = t.routes[0];
  if (twinLargest)
    out.push(
      `\nTwin's largest page: ${twinLargest.largest.url}, ${kB(twinLargest.largest.raw)}, ${twinLargest.largest.elements} elements.`,
    );
  out.push('\nLargest other files (Causeway):\n');
  out.push(table('lrr', [['File', 'Raw', 'gzip'], ...c.otherFiles.map((f) => [f.path, kB(f.raw), kB(f.gzip)])]));
  if (r.search.length) {
    out.push(
      `\nFirst search on /search/ (Causeway); target ≤ ${kB(TARGETS.searchBytes)} of Pagefind and ≤ ${TARGETS.searchMs} ms once loaded:\n`,
    );
    out.push(
      table('lrrrrrrrl', [
        ['Query', 'Page load', 'First query', 'Pagefind', 'of it to results', 'Typed→results', 'in page', 'Cold link', ''],
        ...r.search.map((s) => [
          `"${s.query}"`,
          kB(s.pageLoadGzip),
          kB(s.firstQueryGzip),
          kB(s.pagefindGzip),
          kB(s.pagefindToResultsGzip),
          `${s.typedMs} ms`,
          `${s.inPageMs} ms`,
          `${s.coldMs} ms`,
          verdict(s.pagefindGzip <= TARGETS.searchBytes && s.typedMs <= TARGETS.searchMs),
        ]),
      ]),
    );
    out.push(
      '(bytes gzipped; Pagefind = its library, wasm, index, fragments and filter chunks for the page load and the first query, until the network is quiet; "of it to results" = what it had fetched when the first results were shown; "in page" = typed→results timed in the page, without the test driver\'s round trips)',
    );
  }
  if (r.lighthouse.length) {
    out.push(`\nLighthouse, mobile (target ${TARGETS.lighthouse} in every category):\n`);
    out.push(formatLighthouse(r.lighthouse));
  }
  return out.join('\n');
}

if (import.meta.main) {
  const options = parseOptions(process.argv.slice(2));
  if (options === 'help') console.log(USAGE);
  else if ('error' in options) {
    console.error(`Error: ${options.error}.\n\n${USAGE}`);
    process.exitCode = 2;
  } else {
    try {
      await main(options);
    } catch (error) {
      console.error(`bench:scale: ${(error as Error).message}`);
      process.exitCode = 1;
    }
  }
}
