/**
 * Bounded listings: every list of case studies is cut into pages of PAGE_SIZE, so no page grows
 * with the catalogue. Page 1 lives at the listing's own address and page n at paths.page().
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

/** A heading and the items under it, with how many the whole group holds across pages. */
export interface Group<T> {
  heading: string;
  items: readonly T[];
}

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
