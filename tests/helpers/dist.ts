/** Reading the built site in tests: pages parsed with a real HTML parser. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { builtPages } from '../../scripts/shared/built-pages.ts';

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
  return builtPages(dist);
}

/** Text of an element with whitespace collapsed, as a reader would see it. */
export const textOf = (el: HTMLElement | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
