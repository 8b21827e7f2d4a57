/**
 * The test helper that tells which route in src/pages/ built a page (tests/helpers/routes.ts),
 * on which the browser pass's claim to see every template rests: where two routes could build a
 * path, it must name the one that did.
 */
import { describe, expect, it } from 'vitest';
import { pageRoutes, routeOf } from '../../helpers/routes.ts';

describe('the route of a built page', () => {
  const routes = pageRoutes();
  it.each([
    ['/', 'index'],
    ['/404.html', '404'],
    // One route builds a listing's first and later pages; a case study is one segment, never page/n.
    ['/campaigns/', 'campaigns/[...page]'],
    ['/campaigns/page/2/', 'campaigns/[...page]'],
    ['/campaigns/fixture-alpha/', 'campaigns/[slug]'],
    ['/campaigns/page/', 'campaigns/[slug]'],
    ['/causes/refugees/', 'causes/[id]/[...page]'],
    ['/causes/refugees/page/2/', 'causes/[id]/[...page]'],
    // An index's later pages, not a term whose id is "page".
    ['/organisations/', 'organisations/[...page]'],
    ['/organisations/page/2/', 'organisations/[...page]'],
    ['/organisations/page/', 'organisations/[id]/[...page]'],
    ['/organisations/unicef/page/2/', 'organisations/[id]/[...page]'],
    ['/playbook/speed/page/2/', 'playbook/[theme]/[...page]'],
    ['/timeline/2021/page/2/', 'timeline/[year]/[...page]'],
    ['/timeline/2021/', 'timeline/[year]/[...page]'],
    ['/timeline/', 'timeline/index'],
  ])('%s is built by %s', (path, route) => {
    expect(routeOf(routes, path)?.route).toBe(route);
  });

  it.each(['/campaigns/page/2/x/', '/causes/refugees/page/', '/causes/refugees/2/', '/timeline/2021/page/two/'])(
    '%s is built by no route: a later page is page/n/',
    (path) => {
      expect(routeOf(routes, path)).toBeUndefined();
    },
  );
});
