/**
 * The state of the case-study listing (filters and sort) and how it maps to the URL query,
 * shared by the page that renders the list and the script that filters it in place. Pure, so
 * the round trip URL → state → URL is unit-tested.
 */
export const SORTS = ['newest', 'oldest', 'views'] as const;
export type Sort = (typeof SORTS)[number];

export const FILTERS = ['cause', 'organisation', 'mechanic', 'year'] as const;
export type Filter = (typeof FILTERS)[number];

export interface ListingState {
  /** The selected value of each filter; an absent key means "any". */
  filters: Partial<Record<Filter, string>>;
  sort: Sort;
}

/** One case study as the listing sees it: the values it can be filtered and sorted by. */
export interface ListingItem {
  cause: readonly string[];
  organisation: readonly string[];
  mechanic: readonly string[];
  year: readonly string[];
  /** Launch time in milliseconds. */
  launched: number;
  /** The largest reported view count, if any source reports one. */
  views: number | undefined;
}

export const DEFAULT_STATE: ListingState = { filters: {}, sort: 'newest' };

/** Reads the state from a query string; unknown keys and values it cannot use are ignored. */
export function parseState(search: string): ListingState {
  const params = new URLSearchParams(search);
  const filters: ListingState['filters'] = {};
  for (const key of FILTERS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const sort = params.get('sort');
  return { filters, sort: (SORTS as readonly (string | null)[]).includes(sort) ? (sort as Sort) : DEFAULT_STATE.sort };
}

/** The query string for a state, "" for the default, keys in a fixed order so URLs are stable. */
export function serializeState(state: ListingState): string {
  const params = new URLSearchParams();
  for (const key of FILTERS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.sort !== DEFAULT_STATE.sort) params.set('sort', state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function matches(item: ListingItem, state: ListingState): boolean {
  return FILTERS.every((key) => {
    const wanted = state.filters[key];
    return wanted === undefined || item[key].includes(wanted);
  });
}

/** A comparator for a sort. Campaigns without a view count go last under "most views". */
export function comparator(sort: Sort): (a: ListingItem, b: ListingItem) => number {
  switch (sort) {
    case 'newest':
      return (a, b) => b.launched - a.launched;
    case 'oldest':
      return (a, b) => a.launched - b.launched;
    case 'views':
      return (a, b) => (b.views ?? -1) - (a.views ?? -1) || b.launched - a.launched;
  }
}
