/**
 * The fixture catalogue built as a fork's GitHub Pages project site, under /causeway-fork/ (FORK):
 * every address the build writes must carry the base path and resolve to a file of the build.
 * It crawls every built page and every other file, so it covers pages and files added later.
 * What browser code fetches from addresses it builds itself is checked in the browser
 * (tests/browser/base-path.test.ts), whose server answers nothing outside the base.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { fileFor } from '../helpers/dist.ts';
import { forked } from '../helpers/fixtures/catalogue.ts';
import { FORK } from '../helpers/fixtures/catalogue-build.ts';
import { linkChecker, type LinkReport } from '../helpers/links.ts';
import { scanPages } from '../helpers/site-scan.ts';

/** The files of the build other than pages, as paths in it (/rss.xml); Pagefind's own index is compressed, and addressed by its script. */
function otherFiles(dist: string, dir = dist): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' && dir === dist ? [] : otherFiles(dist, path);
    return /\.(xml|txt|json|jsonl|csv|css)$/.test(entry.name) ? [`/${relative(dist, path).split(sep).join('/')}`] : [];
  });
}

/** Every address a text file holds: the site's absolute URLs, and `url(…)` in a stylesheet. */
function textAddresses(file: string, text: string): string[] {
  const absolute = text.match(new RegExp(`${FORK.url.replaceAll('.', '\\.')}[^\\s"'<>,)]*`, 'g')) ?? [];
  const css =
    extname(file) === '.css' ? [...text.matchAll(/url\(\s*['"]?([^'")]+)/g)].map((m) => m[1]!).filter((u) => !u.startsWith('data:')) : [];
  return [...absolute, ...css];
}

/** Every string of a JSON value. */
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : typeof value === 'object' && value ? Object.values(value).flatMap(strings) : [];

describe('the catalogue built under a base path', () => {
  const dist = () => forked().dist;
  let report: LinkReport;
  let pages: string[];
  /** How many addresses each file other than a page gave the checker. */
  const found = new Map<string, number>();
  const canonical: string[] = [];

  beforeAll(async () => {
    const links = linkChecker(dist(), FORK.url, { base: FORK.base });
    ({ pages } = await scanPages(dist(), {
      links: ({ path, file, root }) => {
        links.visit(`/${relative(dist(), file).split(sep).join('/')}`, root);
        const own = `${FORK.url}${FORK.base}${path.slice(1)}`;
        const href = root.querySelector('link[rel="canonical"]')?.getAttribute('href');
        if (href !== undefined && href !== own) canonical.push(`${path}: canonical ${href}, not ${own}`);
        return [];
      },
    }));
    for (const file of otherFiles(dist())) {
      const text = readFileSync(fileFor(file, dist()), 'utf8');
      const addresses = /\.jsonl?$/.test(file)
        ? (file.endsWith('.jsonl') ? text.split('\n').filter((line) => line.trim()) : [text])
            .flatMap((json) => strings(JSON.parse(json) as unknown))
            .flatMap((value) => {
              // Markup that browser code puts into a page (the compare page's rows): its links are checked as a page's.
              if (/<[a-z][^>]*\b(href|src)=/.test(value)) links.fragment(file, '/', parse(value));
              return value.startsWith(FORK.url) || /^\/(?!\/)\S*$/.test(value) ? [value] : [];
            })
        : textAddresses(file, text);
      for (const address of addresses) links.address(file, address, file);
      found.set(file, addresses.length);
    }
    report = links.finish();
  }, 120_000);

  it('crawls every page', () => {
    expect(pages.length).toBeGreaterThan(20);
    expect(pages).toContain('/404.html');
  });

  it('has every link, asset, srcset, script, stylesheet, data-* address and JSON-LD URL of every page resolve under the base', () => {
    expect(report.checked).toBeGreaterThan(pages.length * 10);
    expect(report.broken).toEqual([]);
  });

  it('gives every indexable page its own address under the base as canonical', () => {
    expect(canonical).toEqual([]);
  });

  it('has the sitemap, the feeds, robots.txt and the open data point under the base, at files that exist', () => {
    for (const file of [
      '/sitemap-index.xml',
      '/sitemap-0.xml',
      '/rss.xml',
      '/corrections.xml',
      '/robots.txt',
      '/data/campaigns.json',
      '/data/case-studies.csv',
    ])
      expect(found.get(file), file).toBeGreaterThan(0);
    expect(report.broken).toEqual([]);
  });
});
