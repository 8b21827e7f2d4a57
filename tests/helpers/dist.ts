/** Reading the built site in tests: pages parsed with a real HTML parser. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = resolve('dist');

/** Fails with a clear message when the site has not been built. */
export function requireBuild(): void {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ has no build: run `npm run build` first (npm test does this for you).');
}

/** The file in dist/ that serves a URL path such as /campaigns/x/. */
export function fileFor(path: string, dist = DIST): string {
  const clean = path.split('#')[0]!.split('?')[0]!;
  return join(dist, clean.endsWith('/') ? `${clean}index.html` : clean);
}

/** A built page, parsed; `dist` is another build's folder, such as a fixture project's. */
export function readPage(path: string, dist = DIST): HTMLElement {
  if (dist === DIST) requireBuild();
  return parse(readFileSync(fileFor(path, dist), 'utf8'));
}

/** Every HTML page of the build, as URL paths (/campaigns/x/). */
export function allPages(dist = DIST): string[] {
  if (dist === DIST) requireBuild();
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind') walk(path);
      } else if (name.endsWith('.html')) {
        const rel = '/' + relative(dist, path).split('\\').join('/');
        out.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dist);
  return out.sort();
}

/** Text of an element with whitespace collapsed, as a reader would see it. */
export const textOf = (el: HTMLElement | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
