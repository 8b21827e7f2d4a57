import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import {
  budgetsMarkdown,
  compressedSizes,
  eagerScripts,
  formatReport,
  inlineScriptBytes,
  LARGEST,
  stylesheets,
  type PageReport,
} from '../../../scripts/check-budgets.ts';

describe('eagerScripts', () => {
  it('counts scripts the page fetches: external scripts and module preloads', () => {
    const html = parse(
      '<head><script src="/a.js"></script><script type="module">x()</script><script>y()</script><link rel="modulepreload" href="/b.js"></head>',
    );
    expect(eagerScripts(html)).toEqual(['/a.js', 'modulepreload /b.js']);
  });
  it('measures inline code separately, without data blocks', () => {
    const html = parse('<script type="module">x()</script><script>yy()</script><script type="application/ld+json">{"a":1}</script>');
    expect(inlineScriptBytes(html)).toBe(3 + 4);
  });
  it('ignores JSON-LD and other data blocks', () => {
    const html = parse('<script type="application/ld+json">{}</script><script type="application/json">[]</script>');
    expect(eagerScripts(html)).toEqual([]);
  });
});

describe('stylesheets', () => {
  it('lists local stylesheets only', () => {
    const html = parse(
      '<link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="//cdn.example/b.css"><link rel="icon" href="/i.svg">',
    );
    expect(stylesheets(html)).toEqual(['/_astro/a.css']);
  });
});

describe('compressedSizes', () => {
  it('compresses each file on its own and sums the sizes', () => {
    const a = Buffer.from('a'.repeat(10_000));
    const one = compressedSizes([a]);
    const two = compressedSizes([a, a]);
    expect(one.raw).toBe(10_000);
    expect(one.gzip).toBeLessThan(200);
    expect(two.gzip).toBe(one.gzip * 2);
    expect(one.brotli).toBeLessThan(one.gzip);
  });
});

describe('formatReport', () => {
  it('prints a row per page and marks broken budgets', () => {
    const text = formatReport([
      { path: '/campaigns/a/', scripts: [], inlineBytes: 725, sizes: { raw: 70_000, gzip: 14_800, brotli: 12_400 }, ok: true },
      { path: '/campaigns/b/', scripts: ['/x.js'], inlineBytes: 0, sizes: { raw: 1, gzip: 1, brotli: 1 }, ok: false },
    ]);
    expect(text).toMatch(/\/campaigns\/a\/\s+none\s+725 B\s+70\.0 kB\s+14\.8 kB\s+12\.4 kB\s+ok/);
    expect(text).toMatch(/\/campaigns\/b\/\s+\/x\.js.*BROKEN/);
  });
});

describe('budgetsMarkdown', () => {
  const page = (path: string, gzip: number, ok = true): PageReport => ({
    path,
    scripts: [],
    inlineBytes: 725,
    sizes: { raw: gzip * 4, gzip, brotli: gzip - 1_000 },
    ok,
  });

  it('gives the verdict and the largest pages by gzipped size, largest first', () => {
    const reports = Array.from({ length: LARGEST + 2 }, (_, i) => page(`/campaigns/p${i}/`, 10_000 + i * 1_000));
    const lines = budgetsMarkdown(reports, '2026-12-02').split('\n');
    expect(lines[0]).toBe(`2026-12-02: All ${LARGEST + 2} pages within budget. The ${LARGEST} largest, by HTML + CSS gzipped:`);
    const rows = lines.filter((l) => l.startsWith('| /campaigns/'));
    expect(rows).toHaveLength(LARGEST);
    expect(rows[0]).toBe(`| /campaigns/p${LARGEST + 1}/ | none | 725 B | 64.0 kB | 16.0 kB | 15.0 kB | ok |`);
  });

  it('says how many pages break a budget', () => {
    expect(budgetsMarkdown([page('/a/', 1), page('/b/', 40_000, false)], '2026-12-02')).toMatch(
      /^2026-12-02: 1 of 2 pages break a budget\./,
    );
  });
});
