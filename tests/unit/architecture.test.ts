/**
 * The rules the README states about where code lives, checked over the source tree so that a
 * change that breaks one fails here with the file and line, not in review.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function filesUnder(dir: string, extensions: readonly string[]): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && extensions.some((ext) => d.name.endsWith(ext)))
    .map((d) => relative(root, join(d.parentPath, d.name)));
}

/** Every line of the files matching `pattern`, as "file:line: text". */
function offending(files: readonly string[], pattern: RegExp): string[] {
  return files.flatMap((file) =>
    readFileSync(join(root, file), 'utf8')
      .split('\n')
      .flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
  );
}

describe('src/lib/ is logic without Astro', () => {
  it('imports no data module, interface strings, components, layouts, pages or astro: module', () => {
    const lib = filesUnder('src/lib', ['.ts']);
    expect(lib.length).toBeGreaterThan(10);
    expect(offending(lib, /from ['"](astro:|(~\/|(\.\.\/)+)(data|i18n|components|layouts|pages)\/)/)).toEqual([]);
  });
});

describe('a module that needs Node says so in its name', () => {
  // An import of Node's own modules, or of a module whose name says it needs Node.
  const nodeOnly = /from ['"](node:|[^'"]*\.node\.ts['"])/;

  it('finds such an import when there is one (the pattern works)', () => {
    expect(nodeOnly.test("import { readFileSync } from 'node:fs';")).toBe(true);
    expect(nodeOnly.test("import { loadEntries } from './load.node.ts';")).toBe(true);
    expect(nodeOnly.test("import { words } from '../text.ts';")).toBe(false);
  });

  it('in src/lib/, only files named *.node.ts import Node or another *.node.ts', () => {
    const lib = filesUnder('src/lib', ['.ts']).filter((f) => !f.endsWith('.node.ts'));
    expect(offending(lib, nodeOnly)).toEqual([]);
  });

  it('browser code (src/client/) imports nothing that needs Node', () => {
    expect(offending(filesUnder('src/client', ['.ts']), nodeOnly)).toEqual([]);
  });
});

describe('browser code gets its interface strings from the page', () => {
  // An import of the interface strings, by alias or by relative path.
  const strings = /from ['"](~\/|(\.\.\/)+)i18n\//;

  it('finds such an import when there is one (the pattern works)', () => {
    expect(strings.test("import { ui } from '~/i18n/ui.ts';")).toBe(true);
    expect(strings.test("import { ui } from '../../i18n/ui.ts';")).toBe(true);
    expect(strings.test("import { fill } from '../dom.ts';")).toBe(false);
  });

  it('no file in src/client/ imports i18n/: the component passes its strings in data attributes', () => {
    expect(offending(filesUnder('src/client', ['.ts']), strings)).toEqual([]);
  });
});

describe('src/lib/site/paths.ts builds every internal address', () => {
  // A quoted or templated string that starts like one of our routes or files: '/campaigns/',
  // `/cards/${id}.png`, "/rss.xml", or a link to the home page written as href="/".
  const internalPath = /["'`]\/[a-z][\w-]*(\/|\.(xml|json|csv|png|svg|js|txt)\b)|href=["']\/["']/;
  const sources = filesUnder('src', ['.ts', '.astro', '.mjs']).filter((f) => f !== join('src', 'lib', 'site', 'paths.ts'));

  it('finds a hard-coded path when there is one (the pattern works)', () => {
    expect(internalPath.test('href={`/campaigns/${id}/`}')).toBe(true);
    expect(internalPath.test("{ href: '/about/', label }")).toBe(true);
    expect(internalPath.test('<a href="/">')).toBe(true);
    expect(internalPath.test("new URL('/sitemap-index.xml', site)")).toBe(true);
    expect(internalPath.test("if (event.key !== '/') return;")).toBe(false);
  });

  it('has no hard-coded internal path anywhere else in src/', () => {
    expect(offending(sources, internalPath)).toEqual([]);
  });
});

describe('scripts/ stand on src/ and on modules of their own, never on tests/ or on another script', () => {
  /** The files a module imports by relative path, from the project root. */
  const importsOf = (file: string, text: string) =>
    [...text.matchAll(/(?:\bfrom|\bimport\s*\(?)\s*['"](\.\.?\/[^'"]+)['"]/g)].map((m) => relative(root, join(root, file, '..', m[1]!)));
  const imports = filesUnder('scripts', ['.ts']).flatMap((file) =>
    importsOf(file, readFileSync(join(root, file), 'utf8')).map((target) => `${file} imports ${target}`),
  );
  /** The files package.json runs as npm scripts. */
  const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const entryPoints = Object.values(scripts).flatMap((command) => /^node (scripts\/\S+\.ts)$/.exec(command)?.[1] ?? []);

  it('finds the imports of a module (the pattern works)', () => {
    const text = "import { a } from '../../tests/helpers/x.ts';\nimport type { B } from './first-search.ts';\nawait import('../cli.ts');";
    expect(importsOf('scripts/bench/scale.ts', text)).toEqual(['tests/helpers/x.ts', 'scripts/bench/first-search.ts', 'scripts/cli.ts']);
    expect(entryPoints).toEqual(expect.arrayContaining(['scripts/bench/scale.ts', 'scripts/check-budgets.ts']));
  });

  it('import nothing from tests/: what both need lives in scripts/shared/', () => {
    expect(imports.filter((line) => / imports tests\//.test(line))).toEqual([]);
  });

  it('import no script that package.json runs: what two scripts share is a module of its own', () => {
    expect(imports.filter((line) => entryPoints.some((entry) => line.endsWith(` imports ${entry}`)))).toEqual([]);
  });
});
