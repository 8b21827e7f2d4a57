/**
 * The search page's state and its URL form (?q=&cause=&org=&mechanic=&year=&kind=&sort=), so a
 * search can be shared, reloaded and walked back with the back button, and a cause page can
 * link to a pre-filtered search. Also turns the state into Pagefind search options.
 */
import { SEARCH_FILTERS, type SearchFilter, type SearchSort } from './search-index.ts';

/** URL parameter of each filter: short where the filter name is long. */
export const FILTER_PARAMS: Record<SearchFilter, string> = {
  cause: 'cause',
  organisation: 'org',
  mechanic: 'mechanic',
  evidence: 'evidence',
  year: 'year',
  kind: 'kind',
};

export const SORT_OPTIONS = ['relevance', 'newest', 'oldest', 'views'] as const;
export type SortOption = (typeof SORT_OPTIONS)[number];

const PAGEFIND_SORTS: Record<Exclude<SortOption, 'relevance'>, Partial<Record<SearchSort, 'asc' | 'desc'>>> = {
  newest: { launched: 'desc' },
  oldest: { launched: 'asc' },
  views: { views: 'desc' },
};

export interface SearchState {
  q: string;
  filters: Partial<Record<SearchFilter, string>>;
  sort: SortOption;
}

export const EMPTY_STATE: SearchState = { q: '', filters: {}, sort: 'relevance' };

const isSort = (value: string | null): value is SortOption => SORT_OPTIONS.includes(value as SortOption);

/** Reads the state from URL parameters (or the search form's fields, which have the same names); unknown parameters and values are ignored. */
export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of SEARCH_FILTERS) {
    const value = params.get(FILTER_PARAMS[key])?.trim();
    if (value) filters[key] = value;
  }
  const sort = params.get('sort');
  return { q: (params.get('q') ?? '').trim(), filters, sort: isSort(sort) ? sort : 'relevance' };
}

/** The query string for a state, without empty parameters or the default sort: "?q=climate&cause=refugees". */
export function stateToSearch(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of SEARCH_FILTERS) {
    const value = state.filters[key];
    if (value) params.set(FILTER_PARAMS[key], value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** True when there is nothing to search for: no words and no filter. */
export const isBlank = (state: SearchState) => !state.q && Object.keys(state.filters).length === 0;

/** The sort actually applied: without words there is no relevance, so browsing lists newest first. */
export const effectiveSort = (state: SearchState): SortOption => (state.sort === 'relevance' && !state.q ? 'newest' : state.sort);

export interface PagefindOptions {
  filters: Partial<Record<SearchFilter, string>>;
  sort?: Partial<Record<SearchSort, 'asc' | 'desc'>>;
}

/** Pagefind's search term and options for a state; `null` as term browses by filter alone. */
export function pagefindQuery(state: SearchState, without?: SearchFilter): { term: string | null; options: PagefindOptions } {
  const filters = { ...state.filters };
  if (without) delete filters[without];
  const sort = effectiveSort(state);
  return {
    term: state.q || null,
    options: sort === 'relevance' ? { filters } : { filters, sort: PAGEFIND_SORTS[sort] },
  };
}
