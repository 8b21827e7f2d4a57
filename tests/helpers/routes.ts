/**
 * The page templates of the site, read from the routes in src/pages/, and a fixed sample of a
 * build with one page per template: what the browser tests visit on the real site, so that
 * their time does not grow with the catalogue while every template is still seen.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileFor } from './dist.ts';

export interface Route {
  /** The route file, relative to src/pages/ and without its extension, such as campaigns/[slug]. */
  route: string;
  /** The URL paths the route builds. */
  pattern: RegExp;
}

const PAGE_FILE = /\.(astro|md|mdx)$/;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One segment of a route file as a regular expression: `[id]` matches one URL segment. */
const segment = (name: string) =>
  name
    .split(/(\[[^\]]+\])/)
    .map((part) => (/^\[[^\]]+\]$/.test(part) ? '[^/]+' : escape(part)))
    .join('');

/**
 * A last segment `[...page]` is the page of a listing (listingPaths in src/lib/site/pagination.ts):
 * nothing on page 1, `page/n/` after it, as paths.page() writes it. Any other `[...rest]` takes
 * any number of segments.
 */
const rest = (name: string) => (name === '[...page]' ? '(?:page/\\d+/)?' : '(?:[^/]+/)*');

/** A segment of a route file's path: 0 static, 1 with a `[param]`, 2 a `[...rest]`. */
const kind = (segment: string) => (segment.includes('[...') ? 2 : segment.includes('[') ? 1 : 0);

/**
 * Which of two routes that could build the same path comes first: at the first segment where
 * they differ in kind, the static one, then `[param]` before `[...rest]`; so campaigns/[slug]
 * builds /campaigns/x/ and campaigns/[...page] only /campaigns/ and its later pages. Alike
 * throughout, the longer first, then by name.
 */
function compareRoutes(a: string, b: string): number {
  const [as, bs] = [a.split('/'), b.split('/')];
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    const order = kind(as[i]!) - kind(bs[i]!);
    if (order) return order;
  }
  return bs.length - as.length || a.localeCompare(b);
}

/** Every route that builds HTML pages, in the order Astro matches them. */
export function pageRoutes(pagesDir = resolve('src/pages')): Route[] {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
  return files(pagesDir)
    .filter((file) => PAGE_FILE.test(file))
    .map((file) => relative(pagesDir, file).split('\\').join('/').replace(PAGE_FILE, ''))
    .sort(compareRoutes)
    .map((route) => {
      // Error pages such as 404.astro are built as /404.html; every other page as a folder.
      if (/^\d{3}$/.test(route)) return { route, pattern: new RegExp(`^/${route}\\.html$`) };
      const segments = route.split('/').filter((name, i, all) => !(name === 'index' && i === all.length - 1));
      const body = segments.map((name) => (/^\[\.\.\.[^\]]+\]$/.test(name) ? rest(name) : `${segment(name)}/`)).join('');
      return { route, pattern: new RegExp(`^/${body}$`) };
    });
}

/** The route that builds a URL path, as Astro would choose it. */
export const routeOf = (routes: readonly Route[], path: string) => routes.find((r) => r.pattern.test(path));

/**
 * One page per route: the largest built page of each, since the largest carries the most of
 * what its template can show. Throws on a page no route accounts for, so that a new kind of page
 * cannot slip past the sample.
 */
export function templateSample(pages: readonly string[], dist: string, routes = pageRoutes()): Map<string, string> {
  const largest = new Map<string, { path: string; size: number }>();
  for (const path of pages) {
    const route = routeOf(routes, path);
    if (!route) throw new Error(`${path} matches no route in src/pages/: teach tests/helpers/routes.ts how Astro builds it.`);
    const size = statSync(fileFor(path, dist)).size;
    const best = largest.get(route.route);
    if (!best || size > best.size || (size === best.size && path < best.path)) largest.set(route.route, { path, size });
  }
  return new Map([...largest].map(([route, { path }]) => [route, path]));
}

/**
 * The layout that draws each listing (its first and later pages). The browser sees one route per
 * layout where a layout is all that differs (page 2 in templates.test.ts, the second font set,
 * the keyboard's way through the pages in pagination.test.ts): routes that share a layout differ
 * only in data, and tests/site/pagination.test.ts checks every listing's pages in the built HTML.
 * A new paged route must be placed here (templates.test.ts fails until it is).
 */
export const LATER_PAGES: Record<string, string> = {
  'campaigns/[...page]': 'the campaigns listing',
  'causes/[id]/[...page]': 'TermLayout, one group',
  'mechanics/[id]/[...page]': 'TermLayout, one group',
  'years/[year]/[...page]': 'TermLayout, one group',
  'countries/[code]/[...page]': 'TermLayout, one group',
  'languages/[tag]/[...page]': 'TermLayout, one group',
  'objectives/[id]/[...page]': 'TermLayout, one group',
  'organisations/[id]/[...page]': 'TermLayout, a group per role',
  'organisations/[...page]': 'TermIndexLayout',
  'causes/[...page]': 'TermIndexLayout',
  'mechanics/[...page]': 'TermIndexLayout',
  'years/[...page]': 'TermIndexLayout',
  'countries/[...page]': 'TermIndexLayout',
  'languages/[...page]': 'TermIndexLayout',
  'objectives/[...page]': 'TermIndexLayout',
  'playbook/[...page]': 'TermIndexLayout',
  'playbook/[theme]/[...page]': 'the playbook theme',
  'timeline/[year]/[...page]': 'the timeline',
};
