import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { compressedSizes, eagerScripts, formatReport, inlineScriptBytes, stylesheets } from '../../../scripts/benchmark.ts';

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
