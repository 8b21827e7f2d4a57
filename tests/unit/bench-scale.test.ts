/**
 * The parts of `npm run bench:scale` that decide what it measures: its options, the clones it
 * grows the catalogue with (valid content, committed on varying days) and the grouping of built
 * pages into routes. The builds themselves are exercised by running the script.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as yaml from 'js-yaml';
import { parseOptions } from '../../scripts/bench-scale.ts';
import { cloneCampaign, growCampaigns } from '../../scripts/scale/grow.ts';
import { routeOf, type Route } from '../../scripts/scale/measure.ts';
import { checkContent } from '../../src/lib/content-check.ts';
import { readFileDates } from '../../src/lib/content-version.ts';

describe('bench:scale options', () => {
  it('takes N and defaults the rest', () => {
    expect(parseOptions(['200'])).toEqual({ n: 200, json: resolve('test-results/bench-scale-200.json'), searchRuns: 5, keep: false });
    expect(parseOptions(['50', '--search-runs', '0', '--keep', '--json', 'out.json'])).toMatchObject({
      searchRuns: 0,
      keep: true,
      json: resolve('out.json'),
    });
  });

  it('asks for help, or says in one line what is wrong', () => {
    expect(parseOptions(['--help'])).toBe('help');
    expect(parseOptions(['-h'])).toBe('help');
    for (const [argv, message] of [
      [[], 'N is missing'],
      [['ten'], 'N must be a whole number'],
      [['0'], 'N must be a whole number'],
      [['10', '20'], 'one N expected'],
      [['10', '--frob'], "Unknown option '--frob'"],
      [['10', '--search-runs=-1'], '--search-runs must be'],
    ] as const) {
      const result = parseOptions(argv);
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
    expect(frontmatter(clone)).toEqual({ title: 'A: B (clone 2)', hashtags: ['#One2', '#Two2'], causes: ['x'], published: '2024-05-06' });
    expect(clone.endsWith('---\nBody\n')).toBe(true);
  });
});

describe('a project grown to 40 case studies', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'causeway-grow-'));
    cpSync('content', join(root, 'content'), { recursive: true });
    mkdirSync(join(root, 'src', 'schemas'), { recursive: true });
    cpSync('src/schemas/campaign.ts', join(root, 'src', 'schemas', 'campaign.ts'));
    growCampaigns(root, 40);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('has 40 case studies that pass the content check', () => {
    expect(readdirSync(join(root, 'content', 'campaigns'))).toHaveLength(40);
    expect(checkContent(root).problems.map((p) => `${p.file}: ${p.message}`)).toEqual([]);
  });

  it('commits them on different days, some edited after', () => {
    const dates = [...readFileDates(join(root, 'content', 'campaigns')).values()];
    expect(dates).toHaveLength(40);
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
