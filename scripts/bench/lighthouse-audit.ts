/**
 * Lighthouse (mobile, its default simulated throttling) on a built site, served gzipped as a
 * host would serve it, in the system Chromium: the scores of each page and every audit that cost
 * a point. `npm run bench:lighthouse` prints them; `npm run bench:scale -- <N> --lighthouse` runs
 * them on a grown catalogue. Scores are figures to report, not a test: they vary with load.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath, INSTALL_HINT, LAUNCH_ARGS } from '../shared/chromium.ts';
import { serveDist } from '../shared/static-server.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  path: string;
  scores: Record<Category, number>;
  /** Audits that scored under 1 in a category that scored under 100, with what they measured. */
  lost: { category: Category; id: string; title: string; display?: string | undefined }[];
  metrics: { fcpMs: number; lcpMs: number; tbtMs: number; cls: number; domSize?: number | undefined };
}

const TAXONOMIES = ['causes', 'organisations', 'mechanics', 'countries', 'languages', 'years'];

/** The number of pages a listing has: its own and those in its page/ folder. */
const pageCount = (dir: string) => 1 + (existsSync(join(dir, 'page')) ? readdirSync(join(dir, 'page')).length : 0);

/** The taxonomy term with the most case studies (the most pages; then the most bytes on page 1), as a path. */
function largestTerm(dist: string): string | undefined {
  const terms = TAXONOMIES.flatMap((section) =>
    existsSync(join(dist, section))
      ? readdirSync(join(dist, section))
          .filter((term) => existsSync(join(dist, section, term, 'index.html')))
          .map((term) => ({
            path: `/${section}/${term}/`,
            pages: pageCount(join(dist, section, term)),
            size: statSync(join(dist, section, term, 'index.html')).size,
          }))
      : [],
  );
  return terms.sort((a, b) => b.pages - a.pages || b.size - a.size)[0]?.path;
}

/** The case study with the largest page. */
function largestCaseStudy(dist: string): string | undefined {
  const dir = join(dist, 'campaigns');
  const pages = existsSync(dir)
    ? readdirSync(dir)
        .filter((slug) => slug !== 'page' && existsSync(join(dir, slug, 'index.html')))
        .map((slug) => ({ path: `/campaigns/${slug}/`, size: statSync(join(dir, slug, 'index.html')).size }))
    : [];
  return pages.sort((a, b) => b.size - a.size)[0]?.path;
}

/** The pages that show the site at its largest, found in `dist`: the ones worth scoring by default. */
export function defaultPaths(dist: string): string[] {
  return ['/', '/campaigns/', '/compare/', largestTerm(dist), largestCaseStudy(dist)].filter((p): p is string => !!p);
}

export async function runLighthouse(dist: string, paths: readonly string[]): Promise<LighthouseResult[]> {
  const chromePath = chromiumPath();
  if (!chromePath) throw new Error(`Chromium not found. Install it with: ${INSTALL_HINT}`);
  const server = await serveDist(dist, { gzip: true });
  // chrome-launcher adds its own --headless; ours is the old flag, which Lighthouse does not need.
  const chrome = await launch({ chromePath, chromeFlags: LAUNCH_ARGS.filter((f) => f !== '--headless').concat('--headless=new') });
  const results: LighthouseResult[] = [];
  try {
    for (const path of paths) {
      // Lighthouse sometimes fails to record a trace (NO_NAVSTART) on a busy machine; a second
      // run of the same page nearly always records one.
      let lhr;
      for (let attempt = 1; ; attempt++) {
        const run = await lighthouse(new URL(path, server.url).href, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
        if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
        lhr = run.lhr;
        if (!lhr.runtimeError) break;
        if (attempt === 2) throw new Error(`Lighthouse failed on ${path}: ${lhr.runtimeError.message}`);
      }
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<
        Category,
        number
      >;
      const lost = CATEGORIES.filter((c) => scores[c] < 100).flatMap((category) =>
        lhr.categories[category]!.auditRefs.filter((ref) => ref.weight > 0 || category !== 'performance')
          .map((ref) => lhr.audits[ref.id]!)
          .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative')
          .map((audit) => ({ category, id: audit.id, title: audit.title, display: audit.displayValue })),
      );
      const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      results.push({
        path,
        scores,
        lost,
        metrics: {
          fcpMs: Math.round(numeric('first-contentful-paint')),
          lcpMs: Math.round(numeric('largest-contentful-paint')),
          tbtMs: Math.round(numeric('total-blocking-time')),
          cls: Number(numeric('cumulative-layout-shift').toFixed(3)),
          domSize: lhr.audits['dom-size']?.numericValue,
        },
      });
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  return results;
}

/** The scores and timings of each page as table rows, the header first. */
export function lighthouseRows(results: readonly LighthouseResult[]): string[][] {
  return [
    ['Page', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'FCP / LCP / TBT, CLS'],
    ...results.map((r) => [
      r.path,
      ...CATEGORIES.map((c) => String(r.scores[c])),
      `${r.metrics.fcpMs} / ${r.metrics.lcpMs} / ${r.metrics.tbtMs} ms, CLS ${r.metrics.cls}`,
    ]),
  ];
}

export function formatLighthouse(results: readonly LighthouseResult[]): string {
  const rows = results.map((r) =>
    [
      r.path.padEnd(36),
      ...CATEGORIES.map((c) => String(r.scores[c]).padStart(5)),
      `${r.metrics.fcpMs} / ${r.metrics.lcpMs} / ${r.metrics.tbtMs} ms, CLS ${r.metrics.cls}`.padStart(34),
      r.lost.length ? `\n${r.lost.map((l) => `      ${l.category}: ${l.title}${l.display ? ` (${l.display})` : ''}`).join('\n')}` : '',
    ].join(' '),
  );
  return [`${'Page'.padEnd(36)}  perf  a11y  best   SEO ${'FCP / LCP / TBT, CLS'.padStart(34)}`, ...rows].join('\n');
}
