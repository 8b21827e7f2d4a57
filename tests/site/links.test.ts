/**
 * The link checker on a tiny site, so that its clean result over every built page
 * (tests/site/every-page.test.ts) means something.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks, linkChecker } from '../helpers/links.ts';
import { parse } from 'node-html-parser';

describe('the link checker', () => {
  const dir = mkdtempSync(join(tmpdir(), 'links-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (path: string, html: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), `<!doctype html><html><body>${html}</body></html>`);
  };
  write('index.html', '<a href="/a/">ok</a> <a href="/a/#here">ok</a> <a href="/a/#nowhere">x</a> <a href="/b/">x</a> <a href="/a">x</a>');
  write(
    'a/index.html',
    '<h2 id="here">Here</h2> <img src="../missing.png" alt=""> <a href="https://example.org/">x</a> <a href="https://example.org/" rel="noopener noreferrer">ok</a> <a href="https://causeway.example.org/a/#here">ok</a>',
  );
  const report = checkLinks(dir, 'https://causeway.example.org/');

  it('finds missing pages, files and anchors, and links without the trailing slash', () => {
    expect(report.broken).toEqual([
      '/a/index.html: <img src="../missing.png"> points at a missing file',
      '/index.html: <a href="/a/#nowhere"> points at #nowhere, which is not an id on that page',
      '/index.html: <a href="/b/"> points at a missing file',
      '/index.html: <a href="/a"> points at a missing file (add the trailing slash)',
    ]);
  });
  it('finds external links without rel="noopener noreferrer"', () => {
    expect(report.unsafeExternal).toEqual(['/a/index.html: <a href="https://example.org/"> lacks rel="noopener noreferrer"']);
  });

  it("checks the addresses data-* attributes hand browser code, and the site's URLs in JSON-LD", () => {
    write(
      'c/index.html',
      '<div data-values-url="/a/" data-missing-url="/nowhere.json" data-label="A label"></div>' +
        '<script type="application/ld+json">{"url":"https://causeway.example.org/a/","publisher":{"url":"https://causeway.example.org/gone/"},"citation":[{"url":"https://example.org/x"}]}</script>',
    );
    expect(checkLinks(dir, 'https://causeway.example.org/').broken.filter((line) => line.startsWith('/c/'))).toEqual([
      '/c/index.html: <div data-missing-url="/nowhere.json"> points at a missing file',
      '/c/index.html: JSON-LD "https://causeway.example.org/gone/" points at a missing file',
    ]);
  });
});

describe('the link checker under a base path', () => {
  const dir = mkdtempSync(join(tmpdir(), 'links-base-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'a'));
  writeFileSync(
    join(dir, 'index.html'),
    '<a href="/fork/a/">ok</a> <a href="a/">ok</a> <a href="/a/">x</a> <a href="https://site.example/a/">x</a>',
  );
  writeFileSync(join(dir, 'a', 'index.html'), '<a href="../">ok</a> <a href="https://site.example/fork/">ok</a>');
  writeFileSync(join(dir, 'rss.xml'), '');

  it('resolves addresses under the base to the build, and finds those that miss it', () => {
    const report = checkLinks(dir, 'https://site.example', { base: '/fork/' });
    expect(report.broken).toEqual([
      '/index.html: <a href="/a/"> is outside the base path /fork/',
      '/index.html: <a href="https://site.example/a/"> is outside the base path /fork/',
    ]);
  });

  it('checks addresses found in other files and in fetched markup', () => {
    const links = linkChecker(dir, 'https://site.example', { base: '/fork/' });
    links.address('/sitemap.xml', 'https://site.example/fork/rss.xml');
    links.address('/sitemap.xml', 'https://site.example/rss.xml');
    links.address('/data.json', '/fork/a/');
    links.address('/data.json', 'https://elsewhere.example/fork/a/');
    links.fragment('/data/row.json', '/', parse('<a href="/fork/a/">ok</a><a href="/fork/b/">x</a>'));
    expect(links.finish().broken).toEqual([
      '/sitemap.xml: "https://site.example/rss.xml" is outside the base path /fork/',
      '/data.json: "https://elsewhere.example/fork/a/" is not on the site (site.example)',
      '/data/row.json: <a href="/fork/b/"> points at a missing file',
    ]);
  });
});
