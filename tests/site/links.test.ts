/**
 * The link checker on a tiny site, so that its clean result over every built page
 * (tests/site/every-page.test.ts) means something.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../helpers/links.ts';

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
});
