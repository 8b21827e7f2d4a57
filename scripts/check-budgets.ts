/**
 * `npm run check:budgets`: the budgets of case-study pages, measured on the built site (run
 * `npm run build` first): no JavaScript loaded eagerly, and HTML plus CSS under 30 kB
 * compressed. Prints a table and exits non-zero when a page breaks a budget; with --docs it also
 * writes the largest pages into docs/benchmarks.md. Sizes, not timings: they do not flake, so CI
 * runs it as a gate.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parseCli } from './cli.ts';
import { BENCHMARKS, markdownTable, writeSection } from './docs-section.ts';
import { paths, withoutBase } from '../src/lib/site/paths.ts';
import { parse, type HTMLElement } from 'node-html-parser';

/** 30 kB, in bytes (SI kilobytes, the stricter reading). */
export const BUDGET_BYTES = 30_000;

/** Script types that are data, not code: JSON-LD and friends never run. */
const DATA_TYPES = /^(application\/(ld\+)?json|importmap|speculationrules|text\/template)$/i;

/**
 * JavaScript a page fetches as it loads: external scripts and module preloads. This is what the
 * budget forbids on case-study pages.
 */
export function eagerScripts(html: HTMLElement): string[] {
  const code = html.querySelectorAll('script').filter((s) => !DATA_TYPES.test(s.getAttribute('type')?.trim() ?? ''));
  const external = code.flatMap((s) => s.getAttribute('src') ?? []);
  const preloads = html.querySelectorAll('link[rel="modulepreload"]').map((l) => `modulepreload ${l.getAttribute('href')}`);
  return [...external, ...preloads];
}

/**
 * Bytes of inline code (not data blocks). Inline code fetches nothing and is already counted in
 * the HTML size; the header's `/` shortcut, on every page, and a case study's copy and share
 * buttons are the only such code, and they must stay within INLINE_ALLOWANCE so that "no
 * JavaScript" keeps its meaning.
 */
export function inlineScriptBytes(html: HTMLElement): number {
  return html
    .querySelectorAll('script:not([src])')
    .filter((s) => !DATA_TYPES.test(s.getAttribute('type')?.trim() ?? ''))
    .reduce((n, s) => n + Buffer.byteLength(s.textContent), 0);
}

/** Inline code a page may carry: enough for a keyboard shortcut and a copy button, not for an application. */
export const INLINE_ALLOWANCE = 2_000;

/** Local stylesheets a page links to, as paths under dist/ (their addresses without the base path). */
export function stylesheets(html: HTMLElement): string[] {
  return html
    .querySelectorAll('link[rel="stylesheet"]')
    .map((l) => l.getAttribute('href') ?? '')
    .filter((href) => href.startsWith('/') && !href.startsWith('//'))
    .map(withoutBase);
}

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

/** Size of each file compressed on its own, as a server sends them, summed. */
export function compressedSizes(files: readonly Buffer[]): Sizes {
  const sum = (f: (b: Buffer) => number) => files.reduce((n, b) => n + f(b), 0);
  return {
    raw: sum((b) => b.length),
    gzip: sum((b) => gzipSync(b, { level: 9 }).length),
    brotli: sum((b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length),
  };
}

export interface PageReport {
  path: string;
  scripts: string[];
  inlineBytes: number;
  sizes: Sizes;
  ok: boolean;
}

export function measurePage(dist: string, path: string): PageReport {
  const text = readFileSync(join(dist, path, 'index.html'));
  const html = parse(text.toString('utf8'));
  const css = stylesheets(html).map((href) => readFileSync(join(dist, href)));
  const sizes = compressedSizes([text, ...css]);
  const scripts = eagerScripts(html);
  const inlineBytes = inlineScriptBytes(html);
  // gzip is the budget's measure: every server and CDN offers it, brotli is a bonus.
  return { path, scripts, inlineBytes, sizes, ok: scripts.length === 0 && inlineBytes <= INLINE_ALLOWANCE && sizes.gzip <= BUDGET_BYTES };
}

/** The case-study pages as paths under dist/, read from the open-data export so none is missed. */
export function caseStudyPaths(dist: string): string[] {
  const file = join(dist, 'data', 'campaigns.json');
  if (!existsSync(file)) throw new Error(`${file} not found: run \`npm run build\` first.`);
  const { campaigns } = JSON.parse(readFileSync(file, 'utf8')) as { campaigns: { slug: string }[] };
  return campaigns.map((c) => withoutBase(paths.campaign(c.slug)));
}

const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;

/** One row per page, the header first. */
function budgetRows(reports: readonly PageReport[]): string[][] {
  return [
    ['Page', 'Eager JS', 'Inline JS', 'HTML+CSS', 'gzip', 'brotli', 'Budget'],
    ...reports.map((r) => [
      r.path,
      r.scripts.length ? r.scripts.join(', ') : 'none',
      `${r.inlineBytes} B`,
      kb(r.sizes.raw),
      kb(r.sizes.gzip),
      kb(r.sizes.brotli),
      r.ok ? 'ok' : 'BROKEN',
    ]),
  ];
}

export function formatReport(reports: readonly PageReport[]): string {
  const rows = budgetRows(reports);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(rows[0]!), line(widths.map((w) => '-'.repeat(w))), ...rows.slice(1).map(line)].join('\n');
}

const verdict = (reports: readonly PageReport[]) => {
  const broken = reports.filter((r) => !r.ok).length;
  return broken ? `${broken} of ${reports.length} pages break a budget.` : `All ${reports.length} pages within budget.`;
};

/** How many pages the docs table shows: the largest ones, where a budget would break first. */
export const LARGEST = 5;

/** The check:budgets section of docs/benchmarks.md: the verdict, and the largest pages by gzipped size. */
export function budgetsMarkdown(reports: readonly PageReport[], date: string): string {
  const largest = [...reports].sort((a, b) => b.sizes.gzip - a.sizes.gzip).slice(0, LARGEST);
  return [
    `${date}: ${verdict(reports)} The ${largest.length} largest, by HTML + CSS gzipped:`,
    markdownTable('llrrrrl', budgetRows(largest)),
  ].join('\n\n');
}

if (import.meta.main) {
  const { values } = parseCli(
    `Usage: npm run check:budgets [-- --docs]   (after npm run build)

Checks the budgets of every case-study page in dist/: no JavaScript fetched eagerly, inline
code within ${INLINE_ALLOWANCE} B, and HTML + CSS within ${kb(BUDGET_BYTES)} gzipped. Exits 1 if a page breaks one.

  --docs       also write the verdict and the largest pages into docs/benchmarks.md`,
    { docs: { type: 'boolean', default: false } },
  );
  const dist = join(import.meta.dirname, '..', 'dist');
  const reports = caseStudyPaths(dist).map((path) => measurePage(dist, path));
  console.log(
    `Case-study budgets: no JavaScript fetched eagerly, inline code ≤ ${INLINE_ALLOWANCE} B; HTML + CSS ≤ ${kb(BUDGET_BYTES)} gzipped.\n`,
  );
  console.log(formatReport(reports));
  console.log(`\n${verdict(reports)}`);
  if (values.docs) {
    await writeSection(BENCHMARKS, 'check:budgets', budgetsMarkdown(reports, new Date().toISOString().slice(0, 10)));
    console.log(`Table written to ${BENCHMARKS}`);
  }
  process.exitCode = reports.every((r) => r.ok) ? 0 : 1;
}
