/**
 * Astro's incremental build (astro.config.mjs) skips a page only if its getStaticPaths() gave it
 * a `cacheKey`; a route that forgets one is rendered on every build, which nothing else would
 * notice. Its manifest (.cache/astro/incremental-build.json) records every path built with a
 * key, so the real build and the pagination fixture's (which builds the later-page routes the
 * real content does not reach yet) must between them record every such route, each of its
 * built pages with a key.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paginated } from '../helpers/fixtures/catalogue.ts';
import { requireBuild } from '../helpers/dist.ts';

interface Manifest {
  routes: Record<string, { paths: Record<string, { cacheKey: string; outputFile: string }> }>;
}
const manifest = (root: string): Manifest =>
  JSON.parse(readFileSync(join(root, '.cache/astro/incremental-build.json'), 'utf8')) as Manifest;

/** Route files (relative to the project, as Astro names them) that export getStaticPaths. */
function routesWithStaticPaths(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
  return walk(resolve('src/pages'))
    .filter((file) => /\.(astro|ts)$/.test(file) && !/\/_[^/]*$/.test(file))
    .filter((file) => /export const getStaticPaths\b/.test(readFileSync(file, 'utf8')))
    .map((file) => relative(resolve('.'), file).split('\\').join('/'));
}

/**
 * Routes that a build does not render: the card route serves cards in `astro dev` only; a build's
 * cards are drawn on workers and written by the social-cards integration, which keys them by
 * their words itself (tests/unit/integrations/social-cards/index.test.ts, and every-page's check of each card).
 */
const NOT_RENDERED_IN_A_BUILD = ['src/pages/cards/[card].png.ts'];

requireBuild();

describe('the incremental build', () => {
  const real = manifest(resolve('.'));
  const fixture = manifest(paginated().root);

  it('has a cache key for every page of every route with getStaticPaths', () => {
    const routes = routesWithStaticPaths().filter((file) => !NOT_RENDERED_IN_A_BUILD.includes(file));
    expect(routes.length).toBeGreaterThan(10);
    const keyed = (file: string) =>
      [real, fixture].flatMap((m) => Object.values(m.routes[file]?.paths ?? {})).filter((p) => p.cacheKey !== '');
    expect(routes.filter((file) => keyed(file).length === 0)).toEqual([]);
  });

  it('renders no page of the routes a build leaves to an integration', () => {
    for (const file of NOT_RENDERED_IN_A_BUILD) {
      expect(routesWithStaticPaths()).toContain(file);
      expect(Object.keys(real.routes[file]?.paths ?? {})).toEqual([]);
    }
  });

  it('records only pages that exist in the build', () => {
    const files = Object.values(real.routes).flatMap((r) => Object.values(r.paths).map((p) => p.outputFile));
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((file) => !existsSync(join('dist', file)))).toEqual([]);
  });
});
