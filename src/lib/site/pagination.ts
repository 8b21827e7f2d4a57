/**
 * Bounded listings: every list of case studies is cut into pages of PAGE_SIZE, so no page grows
 * with the catalogue. Page 1 lives at the listing's own address and page n at paths.page(); one
 * route builds them all, its last segment `[...page]` (listingPaths).
 */
import { paths } from './paths.ts';

/** Case studies per page of a listing. */
export const PAGE_SIZE = 24;

/** Terms per page of an index (organisations): a line or two each, so many more than case-study cards. */
export const TERM_PAGE_SIZE = 100;

/** How many pages a list of `total` items takes (at least one, so an empty list still has a page). */
export const pageCount = (total: number, size = PAGE_SIZE) => Math.max(1, Math.ceil(total / size));

/** The items of page `n` (from 1). */
export const pageItems = <T>(items: readonly T[], n: number, size = PAGE_SIZE): T[] => items.slice((n - 1) * size, n * size);

/**
 * The `[...page]` parameter of page `n` of the listing at `base`: undefined on page 1, which is
 * the listing's own address, and `page/n` after it. Cut from paths.page(), so that a route builds
 * exactly the addresses its links point to.
 */
export const pageParam = (base: string, n: number) => paths.page(base, n).slice(base.length, -1) || undefined;

/**
 * The static paths of every page of a listing of `total` items at `base`, for a route whose last
 * segment is `[...page]`: Astro's paginate() numbers pages as `/2/`, ours are at paths.page().
 * Each path carries the route's own `params` and `props`, and `pageNumber` (from 1) in its props.
 */
export function listingPaths<Params extends object = Record<never, never>, Props extends object = Record<never, never>>(
  base: string,
  total: number,
  options: { params?: Params; props?: Props; size?: number } = {},
) {
  const { params = {} as Params, props = {} as Props, size = PAGE_SIZE } = options;
  return Array.from({ length: pageCount(total, size) }, (_, i) => ({
    params: { ...params, page: pageParam(base, i + 1) },
    props: { ...props, pageNumber: i + 1 },
  }));
}

export interface PageLinks {
  current: number;
  last: number;
  prev: string | undefined;
  next: string | undefined;
  /** Links to show: the first, the last and a few around the current page; `undefined` marks a gap. */
  numbers: ({ n: number; href: string } | undefined)[];
}

/** Where page `current` of `last` of the listing at `base` links to. */
export function pageLinks(base: string, current: number, last: number): PageLinks {
  const wanted = [...new Set([1, current - 1, current, current + 1, last])].filter((n) => n >= 1 && n <= last).sort((a, b) => a - b);
  const numbers: PageLinks['numbers'] = [];
  wanted.forEach((n, i) => {
    if (i > 0 && n - wanted[i - 1]! > 1) numbers.push(undefined);
    numbers.push({ n, href: paths.page(base, n) });
  });
  return {
    current,
    last,
    prev: current > 1 ? paths.page(base, current - 1) : undefined,
    next: current < last ? paths.page(base, current + 1) : undefined,
    numbers,
  };
}

/** A heading and the items under it. */
export interface Group<T> {
  heading: string;
  items: readonly T[];
}

/** How many items a listing made of groups holds, across all its groups. */
export const groupsTotal = (groups: readonly Group<unknown>[]) => groups.reduce((n, g) => n + g.items.length, 0);

/**
 * Page `n` of a listing made of groups (an organisation's case studies by role): the groups are
 * read one after another and cut into pages like one list, and each page shows its slice under
 * the same headings, with each group's full count.
 */
export function pageOfGroups<T>(groups: readonly Group<T>[], n: number, size = PAGE_SIZE): (Group<T> & { total: number })[] {
  const start = (n - 1) * size;
  let offset = 0;
  const page: (Group<T> & { total: number })[] = [];
  for (const group of groups) {
    const from = Math.max(0, start - offset);
    const to = Math.min(group.items.length, start + size - offset);
    if (from < to) page.push({ heading: group.heading, items: group.items.slice(from, to), total: group.items.length });
    offset += group.items.length;
  }
  return page;
}
