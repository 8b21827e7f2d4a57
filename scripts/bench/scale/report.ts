/**
 * The figures of one `npm run bench:scale` run: as written to its JSON file, as printed (plain
 * tables with a verdict against each target), and as the Markdown section of docs/benchmarks.md.
 * The printed and the Markdown tables are made from the same rows, so the two cannot disagree.
 */
import { availableParallelism, totalmem } from 'node:os';
import { markdownTable } from '../../docs-section.ts';
import type { SearchBench } from '../first-search.ts';
import { formatLighthouse, lighthouseRows, type LighthouseResult } from '../lighthouse-audit.ts';
import { sum } from '../stats.ts';
import { folderSize, largestOtherFiles, pagefindSize, type BuildRun, type RouteReport } from './measure.ts';

/** The targets a grown catalogue must meet: ratios to the twin, page limits, Lighthouse, first search. */
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

interface Measured {
  cold: BuildRun;
  warm: BuildRun;
  dist: string;
  routes: RouteReport[];
}

const summary = ({ wallS, peakRssMB, warnings }: BuildRun) => ({ wallS, peakRssMB, warnings });
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

/** The figures of one run, as written to the JSON file. */
export function makeReport({
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

const kB = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)} MB` : `${(n / 1e3).toFixed(1)} kB`);
const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER');

/** A plain-text table; `align` has one letter a column, l or r. */
function table(align: string, rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) =>
    r.map((cell, i) => (align[i] === 'r' ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ');
  return rows.map((r) => line(r).trimEnd()).join('\n');
}

/** A table row: a figure for Causeway and the twin, their ratio, and the target ratio. */
const compared = (label: string, ours: number, twin: number, ratio: number, target: number, unit: string) => [
  label,
  `${ours}${unit}`,
  `${twin}${unit}`,
  `${ratio}×`,
  `≤ ${target}×`,
  verdict(ratio <= target),
];

/** Builds beside the twin: times, memory, warnings, pages and the search index. */
function buildRows({ causeway: c, twin: t, ratios }: Report): string[][] {
  return [
    ['Build', 'Causeway', 'Twin', 'Ratio', 'Target', ''],
    compared('cold, wall time', c.cold.wallS, t.cold.wallS, ratios.coldWall, TARGETS.coldWall, ' s'),
    compared('warm, wall time', c.warm.wallS, t.warm.wallS, ratios.warmWall, TARGETS.warmWall, ' s'),
    compared('cold, peak RSS', c.cold.peakRssMB, t.cold.peakRssMB, ratios.coldPeakRss, TARGETS.peakRss, ' MB'),
    compared('warm, peak RSS', c.warm.peakRssMB, t.warm.peakRssMB, ratios.warmPeakRss, TARGETS.peakRss, ' MB'),
    ['warning lines (cold)', `${c.cold.warnings}`, `${t.cold.warnings}`, '', '', ''],
    ['pages', `${c.pages}`, `${t.pages}`, '', '', ''],
    ['Pagefind index', `${kB(c.pagefind.bytes)} in ${c.pagefind.files}`, `${kB(t.pagefind.bytes)} in ${t.pagefind.files}`, '', '', ''],
  ];
}

/** The largest page of each route, by bytes and by elements, against the page limits. */
function routeRows({ causeway: c }: Report, code = (s: string) => s): string[][] {
  return [
    ['Route', 'Pages', 'Largest', 'Raw', 'gzip', 'Elements', 'Most elements', ''],
    ...c.routes.map((route) => [
      code(route.route),
      `${route.pages}`,
      code(route.largest.url),
      kB(route.largest.raw),
      kB(route.largest.gzip),
      `${route.largest.elements}`,
      route.mostElements.url === route.largest.url ? '' : `${route.mostElements.elements} (${code(route.mostElements.url)})`,
      verdict(route.largest.raw <= TARGETS.pageBytes && route.mostElements.elements <= TARGETS.pageElements),
    ]),
  ];
}

/** The cost of a first search for each query, against the search targets. */
function searchRows(r: Report): string[][] {
  return [
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
  ];
}

const machine = ({ machine: m }: Report) =>
  `${m.cores} cores, ${m.memoryGB} GB, Node ${m.node}, load average ${m.load.start} → ${m.load.end}`;
const pageTargets = `target ≤ ${kB(TARGETS.pageBytes)} raw and ≤ ${TARGETS.pageElements} elements`;
const searchTargets = `target ≤ ${kB(TARGETS.searchBytes)} of Pagefind and ≤ ${TARGETS.searchMs} ms once loaded`;
const SEARCH_NOTE =
  '(bytes gzipped; Pagefind = its library, wasm, index, fragments and filter chunks for the page load and the first query, until the network is quiet; "of it to results" = what it had fetched when the first results were shown; "in page" = typed→results timed in the page, without the test driver\'s round trips)';
const incremental = ({ causeway: c }: Report) =>
  `Incremental build: the warm build reused ${c.copiedInWarmBuild} of its ${c.generatedInWarmBuild} generated files (pages, cards, data) instead of rendering them.`;

/** The report as printed: tables of builds, pages, files and searches. */
export function formatReport(r: Report): string {
  const out: string[] = [];
  const { causeway: c, twin: t } = r;
  out.push(`\nbench:scale, ${r.n} case studies: Causeway vs a bare Astro + MDX + Pagefind twin (${machine(r)})\n`);
  out.push(table('lrrrrl', buildRows(r)));
  out.push(
    `\nSocial cards: ${c.cards.cache.files} cached (${kB(c.cards.cache.bytes)}), ${c.cards.renderedInWarmBuild} rendered in the warm build.`,
    incremental(r),
  );
  out.push(`\nLargest page of each route (Causeway); ${pageTargets}:\n`);
  out.push(table('lrlrrrll', routeRows(r)));
  const twinLargest = t.routes[0];
  if (twinLargest)
    out.push(
      `\nTwin's largest page: ${twinLargest.largest.url}, ${kB(twinLargest.largest.raw)}, ${twinLargest.largest.elements} elements.`,
    );
  out.push('\nLargest other files (Causeway):\n');
  out.push(table('lrr', [['File', 'Raw', 'gzip'], ...c.otherFiles.map((f) => [f.path, kB(f.raw), kB(f.gzip)])]));
  if (r.search.length) {
    out.push(`\nFirst search on /search/ (Causeway); ${searchTargets}:\n`);
    out.push(table('lrrrrrrrl', searchRows(r)));
    out.push(SEARCH_NOTE);
  }
  if (r.lighthouse.length) {
    out.push(`\nLighthouse, mobile (target ${TARGETS.lighthouse} in every category):\n`);
    out.push(formatLighthouse(r.lighthouse));
  }
  return out.join('\n');
}

/** The report as the bench:scale section of docs/benchmarks.md: the same tables, in Markdown. */
export function reportMarkdown(r: Report): string {
  const code = (s: string) => `\`${s}\``;
  const out = [
    `${r.n} case studies, ${r.date.slice(0, 10)}, on ${machine(r)}.`,
    markdownTable('lrrrrl', buildRows(r)),
    incremental(r),
    `Largest page of each route; ${pageTargets}:`,
    markdownTable('lrlrrrll', routeRows(r, code)),
  ];
  if (r.search.length) out.push(`First search on /search/; ${searchTargets}:`, markdownTable('lrrrrrrrl', searchRows(r)), SEARCH_NOTE);
  if (r.lighthouse.length)
    out.push(`Lighthouse, mobile (target ${TARGETS.lighthouse} in every category):`, markdownTable('lrrrrl', lighthouseRows(r.lighthouse)));
  return out.join('\n\n');
}
