/**
 * The parts of `npm run bench:scale` that decide what it measures: its options, the clones it
 * grows the catalogue with (valid content, committed on varying days) and the grouping of built
 * pages into routes, and the report it prints and writes. The builds themselves are exercised by
 * running the script.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as yaml from 'js-yaml';
import { parseCli } from '../../../../scripts/cli.ts';
import { FLAGS, readOptions } from '../../../../scripts/bench/scale.ts';
import { cloneCampaign, growCampaigns, PARTNER_EVERY, setFrontmatter } from '../../../../scripts/bench/scale/grow.ts';
import { routeOf, type Route } from '../../../../scripts/bench/scale/measure.ts';
import { formatReport, reportMarkdown, TARGETS, type Report } from '../../../../scripts/bench/scale/report.ts';
import { checkContent } from '../../../../src/lib/content/check.node.ts';
import { readFileDates } from '../../../../src/lib/content/git-dates.node.ts';

describe('bench:scale options', () => {
  const options = (...argv: string[]) => readOptions(parseCli('Usage: test', FLAGS, { positionals: true, argv }));

  it('takes N and defaults the rest', () => {
    expect(options('200')).toEqual({
      n: 200,
      json: resolve('test-results/bench-scale-200.json'),
      searchRuns: 5,
      keep: false,
      lighthouse: false,
      docs: false,
    });
    expect(options('50', '--search-runs', '0', '--keep', '--lighthouse', '--docs', '--json', 'out.json')).toMatchObject({
      searchRuns: 0,
      keep: true,
      lighthouse: true,
      docs: true,
      json: resolve('out.json'),
    });
  });

  it('says in one line what is wrong with N or --search-runs', () => {
    for (const [argv, message] of [
      [[], 'N is missing'],
      [['ten'], 'N must be a whole number'],
      [['0'], 'N must be a whole number'],
      [['10', '20'], 'one N expected'],
      [['10', '--search-runs=-1'], '--search-runs must be'],
    ] as const) {
      const result = options(...argv);
      expect(result, argv.join(' ')).toHaveProperty('error');
      const { error } = result as { error: string };
      expect(error).toContain(message);
      expect(error).not.toContain('\n');
    }
  });
});

describe('clones of a case study', () => {
  const frontmatter = (mdx: string) => yaml.load(/^---\n([\s\S]*?)\n---\n/.exec(mdx)![1]!) as Record<string, unknown>;
  const original = readFileSync('content/campaigns/the-real-challenge.mdx', 'utf8');

  it('get a new title and hashtags, and keep everything else', () => {
    const clone = cloneCampaign(original, { n: 7 });
    const [a, b] = [frontmatter(original), frontmatter(clone)];
    expect(b.title).toBe('#TheRealChallenge (clone 7)');
    expect(b.hashtags).toEqual(['#TheRealChallenge7']);
    expect({ ...b, title: a.title, hashtags: a.hashtags }).toEqual(a);
    expect(clone.split('\n---\n')[1]).toBe(original.split('\n---\n')[1]);
  });

  it('replace a block list of hashtags, and set `published` when asked', () => {
    const mdx = '---\ntitle: "A: B"\nhashtags:\n  - "#One"\n  - "#Two"\ncauses: [x]\n---\nBody\n';
    const clone = cloneCampaign(mdx, { n: 2, published: '2024-05-06' });
    expect(frontmatter(clone)).toEqual({
      title: 'A: B (clone 2)',
      hashtags: ['#One2', '#Two2'],
      causes: ['x'],
      published: new Date('2024-05-06'),
    });
    expect(clone.endsWith('---\nBody\n')).toBe(true);
  });

  it('add a partner organisation when given one', () => {
    const clone = cloneCampaign(original, { n: 3, partner: 'bench-partner-9' });
    const organisations = frontmatter(clone).organisations as { id: string; role: string }[];
    expect(organisations.slice(1)).toEqual(frontmatter(original).organisations);
    expect(organisations[0]).toEqual({ id: 'bench-partner-9', role: 'partner' });
  });

  it('set fields where they stand, block and all, add the missing ones at the end, and drop those set to undefined', () => {
    const mdx = '---\n# why\ntitle: A\norganisations:\n  - id: x\n    role: lead\nended: 2020\ncauses: [x]\n---\nBody\n';
    const set = setFrontmatter(mdx, {
      organisations: JSON.stringify([{ id: 'y', role: 'partner' }]),
      ended: undefined,
      launched: '2021-01-04',
    });
    expect(set).toBe('---\n# why\ntitle: A\norganisations: [{"id":"y","role":"partner"}]\ncauses: [x]\nlaunched: 2021-01-04\n---\nBody\n');
  });
});

describe('a project grown by 40 clones', () => {
  let root: string;
  // Grown from however many real case studies there are, so adding one never breaks the test.
  const N = readdirSync(join('content', 'campaigns')).length + 40;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'causeway-grow-'));
    cpSync('content', join(root, 'content'), { recursive: true });
    mkdirSync(join(root, 'src', 'schemas'), { recursive: true });
    cpSync('src/schemas/campaign.ts', join(root, 'src', 'schemas', 'campaign.ts'));
    growCampaigns(root, N);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('has N case studies that pass the content check, one clone in PARTNER_EVERY with an organisation of its own', () => {
    expect(readdirSync(join(root, 'content', 'campaigns'))).toHaveLength(N);
    const partners = readdirSync(join(root, 'content', 'organisations')).filter((name) => name.startsWith('bench-partner-'));
    expect(partners).toHaveLength(Math.ceil(40 / PARTNER_EVERY));
    expect(checkContent(root).problems.map((p) => `${p.file}: ${p.message}`)).toEqual([]);
  });

  it('commits them on different days, some edited after', () => {
    const dates = [...readFileDates(join(root, 'content', 'campaigns')).values()];
    expect(dates).toHaveLength(N);
    expect(new Set(dates.map((d) => d.first.getTime())).size).toBeGreaterThan(10);
    expect(dates.filter((d) => d.last > d.first).length).toBeGreaterThan(0);
  });
});

describe('routes of built pages', () => {
  const route = (pattern: string): Route => ({ pattern, segments: pattern.split('/').filter(Boolean) });
  const routes = ['/', '/campaigns/', '/campaigns/[slug]/', '/campaigns/page/[page]/', '/years/[...page]/', '/404/'].map(route);

  it('prefer literal segments, then parameters, then rest parameters', () => {
    expect(routeOf('/', routes)).toBe('/');
    expect(routeOf('/campaigns/', routes)).toBe('/campaigns/');
    expect(routeOf('/campaigns/the-real-challenge/', routes)).toBe('/campaigns/[slug]/');
    expect(routeOf('/campaigns/page/2/', routes)).toBe('/campaigns/page/[page]/');
    expect(routeOf('/years/', routes)).toBe('/years/[...page]/');
    expect(routeOf('/years/2020/2/', routes)).toBe('/years/[...page]/');
    expect(routeOf('/404', routes)).toBe('/404/');
    expect(routeOf('/unknown/page/', routes)).toBe('/unknown/page/');
  });
});

describe('the bench:scale report', () => {
  const page = (url: string, raw: number, elements: number) => ({ url, raw, gzip: raw / 10, elements });
  const build = (wallS: number, peakRssMB: number) => ({ wallS, peakRssMB, warnings: 0 });
  const report: Report = {
    n: 2,
    date: '2026-01-01T00:00:00.000Z',
    machine: { cores: 2, memoryGB: 8, node: 'v24.9.0', load: { start: 0.5, end: 1 } },
    causeway: {
      cold: build(30, 900),
      warm: build(12, 800),
      pages: 3,
      routes: [
        { route: '/compare/', pages: 1, largest: page('/compare/', 300_000, 2_000), mostElements: page('/compare/', 300_000, 2_000) },
        {
          route: '/campaigns/[slug]/',
          pages: 2,
          largest: page('/campaigns/a/', 40_000, 400),
          mostElements: page('/campaigns/b/', 39_000, 450),
        },
      ],
      otherFiles: [{ path: '/rss.xml', raw: 100_000, gzip: 5_000 }],
      pagefind: { files: 10, bytes: 1_000_000, fragments: 2 },
      cards: { cache: { files: 3, bytes: 120_000 }, renderedInWarmBuild: 0 },
      copiedInWarmBuild: 3,
      generatedInWarmBuild: 5,
    },
    twin: { cold: build(10, 600), warm: build(10, 600), pages: 2, routes: [], pagefind: { files: 8, bytes: 900_000, fragments: 2 } },
    ratios: { coldWall: 3, warmWall: 1.2, coldPeakRss: 1.5, warmPeakRss: 1.33 },
    targets: TARGETS,
    search: [
      {
        query: 'unicef',
        pageLoadGzip: 100_000,
        firstQueryGzip: 40_000,
        pagefindGzip: 120_000,
        pagefindToResultsGzip: 90_000,
        typedMs: 90,
        inPageMs: 60,
        coldMs: 900,
        transfers: [],
      },
    ],
    lighthouse: [
      {
        path: '/campaigns/',
        scores: { performance: 97, accessibility: 100, 'best-practices': 100, seo: 100 },
        lost: [{ category: 'performance', id: 'total-blocking-time', title: 'Total Blocking Time', display: '190 ms' }],
        metrics: { fcpMs: 1069, lcpMs: 1149, tbtMs: 194, cls: 0 },
      },
    ],
  };

  it('prints every section, with a verdict against each target', () => {
    const lines = formatReport(report).split('\n');
    const line = (start: string) => lines.find((l) => l.startsWith(start)) ?? '';
    expect(line('cold, wall time')).toMatch(/30 s\s+10 s\s+3×\s+≤ 3×\s+ok$/);
    expect(line('warm, peak RSS')).toMatch(/1\.33×\s+≤ 1\.5×\s+ok$/);
    expect(line('/compare/')).toMatch(/300\.0 kB.*2000\s+OVER$/);
    expect(line('/campaigns/[slug]/')).toMatch(/450 \(\/campaigns\/b\/\)\s+ok$/);
    expect(line('/rss.xml')).toContain('100.0 kB');
    expect(line('"unicef"')).toMatch(/120\.0 kB\s+90\.0 kB\s+90 ms\s+60 ms\s+900 ms\s+ok$/);
    expect(line('Incremental build')).toBe(
      'Incremental build: the warm build reused 3 of its 5 generated files (pages, cards, data) instead of rendering them.',
    );
    expect(line('/campaigns/  ')).toMatch(/^\/campaigns\/\s+97\s+100\s+100\s+100\s+1069 \/ 1149 \/ 194 ms, CLS 0/);
    expect(lines).toContain('      performance: Total Blocking Time (190 ms)');
  });

  it('gives docs/benchmarks.md the same tables in Markdown, with the date and the machine', () => {
    const markdown = reportMarkdown(report);
    const lines = markdown.split('\n');
    const row = (start: string) => lines.find((l) => l.startsWith(`| ${start}`)) ?? '';
    expect(lines[0]).toBe('2 case studies, 2026-01-01, on 2 cores, 8 GB, Node v24.9.0, load average 0.5 → 1.');
    expect(row('cold, wall time')).toBe('| cold, wall time | 30 s | 10 s | 3× | ≤ 3× | ok |');
    expect(row('`/compare/`')).toMatch(/\| 300\.0 kB \|.*\| 2000 \|.*\| OVER \|$/);
    expect(row('`/campaigns/[slug]/`')).toContain('| 450 (`/campaigns/b/`) | ok |');
    expect(row('"unicef"')).toBe('| "unicef" | 100.0 kB | 40.0 kB | 120.0 kB | 90.0 kB | 90 ms | 60 ms | 900 ms | ok |');
    expect(row('/campaigns/ ')).toBe('| /campaigns/ | 97 | 100 | 100 | 100 | 1069 / 1149 / 194 ms, CLS 0 |');
    expect(markdown).toContain(`| ---: |`);
  });
});
