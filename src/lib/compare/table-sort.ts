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
