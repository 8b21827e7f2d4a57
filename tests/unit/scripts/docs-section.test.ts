/** Scripts write their tables into their own section of a Markdown file, and nowhere else. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertSection, BENCHMARKS, markdownTable, replaceSection, writeSection } from '../../../scripts/docs-section.ts';

const doc = [
  '# Figures',
  '',
  'Prose people wrote.',
  '',
  '<!-- a:start (written by npm run a) -->',
  '',
  'old a',
  '',
  '<!-- a:end -->',
  '',
  'Between the sections.',
  '',
  '<!-- b:start -->',
  'old b',
  '<!-- b:end -->',
  '',
].join('\n');

describe('replaceSection', () => {
  it('replaces the body of its own section only, keeping its markers and everything else', () => {
    const text = replaceSection(doc, 'a', 'new a');
    expect(text).toBe(doc.replace('old a', 'new a'));
    expect(replaceSection(text, 'b', 'new b')).toBe(
      doc.replace('old a', 'new a').replace('<!-- b:start -->\nold b\n', '<!-- b:start -->\n\nnew b\n\n'),
    );
  });

  it('gives the same text when run twice', () => {
    const once = replaceSection(doc, 'a', 'x');
    expect(replaceSection(once, 'a', 'x')).toBe(once);
  });

  it('does not take a section for another whose name starts the same', () => {
    expect(() => replaceSection(doc.replaceAll('<!-- a:', '<!-- ab:'), 'a', 'x')).toThrow(/markers/);
  });

  it('fails on a missing start or end marker, or an end before the start', () => {
    expect(() => replaceSection(doc, 'c', 'x')).toThrow('the section "c" needs the markers <!-- c:start --> and <!-- c:end -->');
    expect(() => replaceSection(doc.replace('<!-- a:end -->', ''), 'a', 'x')).toThrow(/needs the markers/);
    expect(() => replaceSection(doc.replace(/<!-- a:start[^>]*-->/, ''), 'a', 'x')).toThrow(/needs the markers/);
    expect(() => replaceSection('<!-- a:end -->\n<!-- a:start -->\n', 'a', 'x')).toThrow('the section "a" ends before it starts');
  });
});

describe('writeSection', () => {
  const dir = mkdtempSync(join(tmpdir(), 'causeway-docs-section-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the section formatted as Prettier would, and leaves a file without markers untouched', async () => {
    const file = join(dir, 'figures.md');
    writeFileSync(file, doc);
    await writeSection(
      file,
      'b',
      markdownTable('lr', [
        ['Page', 'Size'],
        ['/a/', '1 kB'],
      ]),
    );
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('<!-- b:start -->\n\n| Page | Size |\n| ---- | ---: |\n| /a/  | 1 kB |\n\n<!-- b:end -->');
    expect(text).toContain('old a');
    await expect(writeSection(file, 'c', 'x')).rejects.toThrow(/needs the markers/);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});

describe('docs/benchmarks.md', () => {
  it('has the sections bench:scale and check:budgets write', () => {
    for (const name of ['bench:scale', 'check:budgets']) expect(() => assertSection(BENCHMARKS, name), name).not.toThrow();
  });
});

describe('markdownTable', () => {
  it('aligns right where asked and escapes pipes in cells', () => {
    expect(
      markdownTable('lr', [
        ['A', 'B'],
        ['x|y', '2'],
      ]),
    ).toBe('| A | B |\n| --- | ---: |\n| x\\|y | 2 |');
  });
});
