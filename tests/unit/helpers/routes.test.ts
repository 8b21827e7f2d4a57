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
    ['/campaigns/', 'campaigns/index'],
    ['/campaigns/fixture-alpha/', 'campaigns/[slug]'],
    ['/campaigns/page/2/', 'campaigns/page/[page]'],
    ['/causes/refugees/page/2/', '[section]/[term]/page/[page]'],
    // A static first segment wins over [section], whatever the length.
    ['/playbook/speed/page/2/', 'playbook/[theme]/page/[page]'],
    ['/timeline/2021/page/2/', 'timeline/[...slug]'],
    ['/timeline/2021/', 'timeline/[...slug]'],
    ['/timeline/', 'timeline/index'],
  ])('%s is built by %s', (path, route) => {
    expect(routeOf(routes, path)?.route).toBe(route);
  });
});
