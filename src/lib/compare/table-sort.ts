/**
 * Ordering for sortable tables, shared by the browser script and its unit tests. Cells carry
 * their sort key in `data-sort-value`; an empty key means "not reported" and always sorts last,
 * whichever way the column runs, so gaps never crowd out the figures.
 */

export type SortDirection = 'ascending' | 'descending';

/** Negative when `a` comes before `b` in the given direction. */
export function compareSortValues(a: string, b: string, numeric: boolean, direction: SortDirection): number {
  if (a === '' || b === '') return (a === '' ? 1 : 0) - (b === '' ? 1 : 0);
  const order = numeric ? Number(a) - Number(b) : a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true });
  return direction === 'ascending' ? order : -order;
}

/**
 * The direction a click on a column header chooses: the other way if the column is already
 * sorted, else largest first for figures and A to Z for names.
 */
export function nextDirection(current: string | null, numeric: boolean): SortDirection {
  if (current === 'ascending') return 'descending';
  if (current === 'descending') return 'ascending';
  return numeric ? 'descending' : 'ascending';
}

/** A table's order as its page's address keeps it: `?sort=<column>&dir=ascending|descending`. */
export interface TableSort {
  column: string;
  direction: SortDirection;
}

export const SORT_PARAM = 'sort';
export const DIRECTION_PARAM = 'dir';

/** The order a query string names, if it names one of `columns`; a missing or unknown direction is the column's first (see nextDirection). */
export function sortFromSearch(search: string, columns: readonly { key: string; numeric: boolean }[]): TableSort | undefined {
  const params = new URLSearchParams(search);
  const column = columns.find((c) => c.key === params.get(SORT_PARAM));
  if (!column) return undefined;
  const direction = params.get(DIRECTION_PARAM);
  return {
    column: column.key,
    direction: direction === 'ascending' || direction === 'descending' ? direction : nextDirection(null, column.numeric),
  };
}

/** The address with the order written into it, every other parameter (as written: `?c=a,b` keeps its commas) and the hash kept. */
export function sortUrl(url: string | URL, sort: TableSort): string {
  const next = new URL(url);
  const ours = new Set([SORT_PARAM, DIRECTION_PARAM]);
  const rest = next.search
    .slice(1)
    .split('&')
    .filter((pair) => pair && !ours.has(decodeURIComponent(pair.split('=')[0]!)));
  const order = new URLSearchParams({ [SORT_PARAM]: sort.column, [DIRECTION_PARAM]: sort.direction }).toString();
  return `${next.pathname}?${[...rest, order].join('&')}${next.hash}`;
}
