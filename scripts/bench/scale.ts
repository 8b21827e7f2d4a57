/**
 * `npm run bench:scale -- <N>`: how the build and the site grow with the catalogue. Copies the
 * project into a temporary folder, grows it to N case studies (scale/grow.ts), builds it cold
 * (no caches) and warm (nothing changed), and does the same for a bare Astro + MDX + Pagefind
 * twin of the same bodies (scale/twin.ts). Prints the figures (scale/report.ts) and writes them
 * as JSON, and with --docs as a table in docs/benchmarks.md. content/ is only read; the
 * temporary folders are removed at the end.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseCli, usageError } from '../cli.ts';
import { assertSection, BENCHMARKS, writeSection } from '../docs-section.ts';
import { chromiumPath } from '../shared/chromium.ts';
import { benchSearch, DEFAULT_QUERIES, type SearchBench } from './first-search.ts';
import { defaultPaths, runLighthouse, type LighthouseResult } from './lighthouse-audit.ts';
import { copyProject, growCampaigns } from './scale/grow.ts';
import { filesUnder, pageRoutes, routeSizes, stopRunning, timedRun, type BuildRun } from './scale/measure.ts';
import { formatReport, makeReport, reportMarkdown } from './scale/report.ts';
import { writeTwin } from './scale/twin.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');

const USAGE = `Usage: npm run bench:scale -- <N> [options]

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
  --docs               also write the figures as a table into docs/benchmarks.md
  -h, --help           print this help`;

export interface Options {
  n: number;
  json: string;
  searchRuns: number;
  keep: boolean;
  lighthouse: boolean;
  docs: boolean;
}

export const FLAGS = {
  json: { type: 'string' },
  'search-runs': { type: 'string' },
  keep: { type: 'boolean', default: false },
  lighthouse: { type: 'boolean', default: false },
  docs: { type: 'boolean', default: false },
} as const;

/** The options of a run, from the flags and arguments parseCli read; or, in one line, what is wrong with them. */
export function readOptions({ values, positionals }: ReturnType<typeof parseCli<typeof FLAGS>>): Options | { error: string } {
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
    docs: values.docs,
  };
}

/** The section of docs/benchmarks.md that --docs writes. */
const SECTION = 'bench:scale';

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
    if (options.docs) {
      await writeSection(BENCHMARKS, SECTION, reportMarkdown(report));
      console.log(`Table written to ${BENCHMARKS}`);
    }
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    cleanup();
  }
}

if (import.meta.main) {
  const options = readOptions(parseCli(USAGE, FLAGS, { positionals: true }));
  if ('error' in options) usageError(USAGE, options.error);
  // Before the builds, not after them: a run that cannot write its table should not take minutes to say so.
  if (options.docs) assertSection(BENCHMARKS, SECTION);
  try {
    await main(options);
  } catch (error) {
    console.error(`bench:scale: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
