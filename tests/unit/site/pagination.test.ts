/**
 * How listings are cut into pages (src/lib/site/pagination.ts), and the static paths of a
 * listing's `[...page]` route, which must build exactly the addresses paths.page() links to.
 */
import { describe, expect, it } from 'vitest';
import { groupsTotal, listingPaths, pageLinks, pageOfGroups, pageParam, PAGE_SIZE } from '../../../src/lib/site/pagination.ts';
import { paths } from '../../../src/lib/site/paths.ts';

describe('pageParam', () => {
  it('is undefined on page 1, the listing’s own address, and page/n after it', () => {
    expect(pageParam(paths.campaigns, 1)).toBeUndefined();
    expect(pageParam(paths.campaigns, 2)).toBe('page/2');
    expect(pageParam(paths.cause('refugees'), 12)).toBe('page/12');
  });

  it('gives back the address paths.page() writes, once put after the listing’s address', () => {
    for (const base of [paths.campaigns, paths.organisation('unicef'), paths.timelineYear(2021)]) {
      for (const n of [1, 2, 3, 40]) {
        const param = pageParam(base, n);
        expect(param === undefined ? base : `${base}${param}/`).toBe(paths.page(base, n));
      }
    }
  });
});

describe('listingPaths', () => {
  it('gives one path a page, numbered from 1, with the route’s own params and props', () => {
    const built = listingPaths(paths.theme('speed'), 2 * PAGE_SIZE + 1, { params: { theme: 'speed' }, props: { lessons: 'all' } });
    expect(built).toEqual([
      { params: { theme: 'speed', page: undefined }, props: { lessons: 'all', pageNumber: 1 } },
      { params: { theme: 'speed', page: 'page/2' }, props: { lessons: 'all', pageNumber: 2 } },
      { params: { theme: 'speed', page: 'page/3' }, props: { lessons: 'all', pageNumber: 3 } },
    ]);
  });

  it('builds the first page of an empty listing, and cuts at the page size it is given', () => {
    expect(listingPaths(paths.campaigns, 0)).toEqual([{ params: { page: undefined }, props: { pageNumber: 1 } }]);
    expect(listingPaths(paths.campaigns, PAGE_SIZE)).toHaveLength(1);
    expect(listingPaths(paths.campaigns, PAGE_SIZE + 1)).toHaveLength(2);
    expect(listingPaths(paths.organisations, 201, { size: 100 }).map((p) => p.params.page)).toEqual([undefined, 'page/2', 'page/3']);
  });

  it('builds the pages its page links point to, and no other', () => {
    const base = paths.year(2021);
    const built = listingPaths(base, 5 * PAGE_SIZE).map((p) => (p.params.page ? `${base}${p.params.page}/` : base));
    const linked = built.flatMap((_, i) => pageLinks(base, i + 1, built.length).numbers.flatMap((n) => (n ? [n.href] : [])));
    expect([...new Set(linked)].sort()).toEqual([...built].sort());
  });
});

describe('a listing made of groups', () => {
  const groups = [
    { heading: 'As lead', items: ['a', 'b', 'c'] },
    { heading: 'As partner', items: ['d', 'e'] },
  ];

  it('counts the items of every group', () => {
    expect(groupsTotal(groups)).toBe(5);
    expect(groupsTotal([])).toBe(0);
  });

  it('cuts the groups as one list, each page under the headings it holds with their full counts', () => {
    expect(pageOfGroups(groups, 1, 2)).toEqual([{ heading: 'As lead', items: ['a', 'b'], total: 3 }]);
    expect(pageOfGroups(groups, 2, 2)).toEqual([
      { heading: 'As lead', items: ['c'], total: 3 },
      { heading: 'As partner', items: ['d'], total: 2 },
    ]);
    expect(pageOfGroups(groups, 3, 2)).toEqual([{ heading: 'As partner', items: ['e'], total: 2 }]);
  });
});
