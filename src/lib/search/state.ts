/**
 * The explorer's state and its URL form, so every view can be shared, reloaded and walked back
 * with the back button: words, filters with any number of values each (repeated parameters:
 * `?cause=refugees&cause=child-rights&year=2020`), and a sort. Also turns the state into
 * Pagefind search options: values of one filter combine with OR, filters with AND.
 */
import { SEARCH_FILTERS, type SearchFilter, type SearchSort } from './records.ts';
import { matchesWordStarts } from './vocabulary.ts';

/** URL parameter of each filter: short where the filter name is long. */
export const FILTER_PARAMS: Record<SearchFilter, string> = {
  cause: 'cause',
  organisation: 'org',
  kind: 'kind',
  mechanic: 'mechanic',
  year: 'year',
  region: 'region',
  country: 'country',
  language: 'lang',
  evidence: 'evidence',
  objective: 'objective',
  award: 'award',
};

/** Id of the explorer's results: where its "Skip to results" link goes. */
export const EXPLORER_RESULTS_ID = 'explorer-results';

/** `relevance` is best match with words and newest first without, so it is the one default. */
export const SORT_OPTIONS = ['relevance', 'newest', 'oldest', 'views'] as const;
export type SortOption = (typeof SORT_OPTIONS)[number];

const PAGEFIND_SORTS: Record<Exclude<SortOption, 'relevance'>, Partial<Record<SearchSort, 'asc' | 'desc'>>> = {
  newest: { launched: 'desc' },
  oldest: { launched: 'asc' },
  views: { views: 'desc' },
};

export interface SearchState {
  q: string;
  /** The chosen values of each filter; an absent or empty list means "any". */
  filters: Partial<Record<SearchFilter, string[]>>;
  sort: SortOption;
  /**
   * Words that name an organisation ("WHO") find its case studies only; this asks for every case
   * study whose text holds the words instead (`?match=text`). It holds for those words alone.
   */
  matchText?: true | undefined;
}

/** URL parameter and value of `matchText`. */
export const MATCH_PARAM = 'match';
export const MATCH_TEXT = 'text';

export const EMPTY_STATE: SearchState = { q: '', filters: {}, sort: 'relevance' };

const isSort = (value: string | null): value is SortOption => SORT_OPTIONS.includes(value as SortOption);

/** Reads the state from URL parameters (or a form's fields, which have the same names); unknown parameters and empty values are ignored. */
export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of SEARCH_FILTERS) {
    const values = [...new Set(params.getAll(FILTER_PARAMS[key]).map((v) => v.trim()))].filter(Boolean).sort();
    if (values.length) filters[key] = values;
  }
  const sort = params.get('sort');
  const q = (params.get('q') ?? '').trim();
  return {
    q,
    filters,
    sort: isSort(sort) ? sort : 'relevance',
    ...(q && params.get(MATCH_PARAM) === MATCH_TEXT && { matchText: true }),
  };
}

/** The query string for a state, filters in a fixed order and values sorted, so one view has one URL. */
export function stateToSearch(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of SEARCH_FILTERS) for (const value of [...(state.filters[key] ?? [])].sort()) params.append(FILTER_PARAMS[key], value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.q && state.matchText) params.set(MATCH_PARAM, MATCH_TEXT);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The state with one value of a filter added or removed. */
export function toggleValue(state: SearchState, filter: SearchFilter, value: string, on: boolean): SearchState {
  const current = state.filters[filter] ?? [];
  const values = on ? [...new Set([...current, value])].sort() : current.filter((v) => v !== value);
  const filters = { ...state.filters };
  if (values.length) filters[filter] = values;
  else delete filters[filter];
  return { ...state, filters };
}

/** How many filter values are chosen, for the "Filters (n)" button. */
export const chosenCount = (state: SearchState) => Object.values(state.filters).reduce((n, values) => n + values.length, 0);

/** The sort actually applied: without words there is no relevance, so browsing lists newest first. */
export const effectiveSort = (state: SearchState): SortOption => (state.sort === 'relevance' && !state.q ? 'newest' : state.sort);

/** Values a facet shows before "show all". */
export const FACET_FOLD = 6;

/**
 * Which of a facet's values stay in view while it is folded: the chosen ones, and the first
 * FACET_FOLD of the others that some case study has. The page is built folded this way, and the
 * explorer folds each view's counts the same way.
 */
export function foldFacet(values: readonly { chosen: boolean; empty: boolean }[]): boolean[] {
  let shown = 0;
  return values.map(({ chosen, empty }) => {
    if (chosen) return true;
    if (empty || shown >= FACET_FOLD) return false;
    shown++;
    return true;
  });
}

/**
 * Values of a long facet (one the page does not render whole) put in the page at most at once,
 * by "show all" or by the facet's find box: a catalogue of thousands names thousands of
 * organisations, and a list of that many checkboxes is neither usable nor light.
 */
export const FACET_SHOWN_MAX = 100;

/** The names a facet value is found by in its find box: its label, and for an organisation every name it goes by. */
export const findNames = (value: { label: string; names?: readonly string[] | undefined }) => [value.label, ...(value.names ?? [])];

/** Whether a facet value is found by the words typed in its facet's find box, each at the start of a word of one of its names. */
export const matchesFind = (value: { label: string; names?: readonly string[] | undefined }, find: string) =>
  matchesWordStarts(findNames(value), find);

/**
 * Which values of a long facet need a place in the page, in its order: the chosen ones; the
 * first FACET_SHOWN_MAX matches of the find box's words when there are any, else the first
 * FACET_SHOWN_MAX values when the facet is unfolded.
 */
export function valuesToShow<V extends { value: string; label: string; names?: readonly string[] | undefined }>(
  values: readonly V[],
  { chosen, find, unfolded }: { chosen: readonly string[]; find: string; unfolded: boolean },
): V[] {
  const picked = new Set(chosen);
  let room = find.trim() || unfolded ? FACET_SHOWN_MAX : 0;
  return values.filter((v) => {
    if (picked.has(v.value)) return true;
    if (room === 0 || (find.trim() && !matchesFind(v, find))) return false;
    room--;
    return true;
  });
}

/** A Pagefind filter: one value, or several of which any may match. */
export type PagefindFilter = string | { any: string[] };

export interface PagefindOptions {
  /** Each filter's condition; `all` holds conditions that must all hold, as two on one filter. */
  filters: Partial<Record<SearchFilter, PagefindFilter>> & { all?: Partial<Record<SearchFilter, PagefindFilter>>[] };
  sort?: Partial<Record<SearchSort, 'asc' | 'desc'>>;
}

/**
 * Pagefind's search term and options for a state; `null` as term browses by filter alone.
 * `without` leaves one filter out, to count what each of its values would give alongside the
 * other filters' choices. `exact` searches the words as a phrase: Pagefind then matches whole
 * words only, where otherwise it takes a typed word for the start of longer ones ("who" for
 * "whose"). The explorer asks for it when the words are an organisation's name. `within` keeps
 * only the case studies of these organisations (those the words name), whatever the
 * organisation facet's own choice, which still applies beside it.
 */
export function pagefindQuery(
  state: SearchState,
  without?: SearchFilter,
  exact = false,
  within: readonly string[] = [],
): { term: string | null; options: PagefindOptions } {
  const filters: PagefindOptions['filters'] = {};
  for (const key of SEARCH_FILTERS) {
    const values = state.filters[key];
    if (key === without || !values?.length) continue;
    filters[key] = values.length === 1 ? values[0]! : { any: values };
  }
  if (within.length) {
    const named = { any: [...within] };
    const chosen = filters.organisation;
    if (chosen) {
      // Two conditions on one filter: Pagefind's `all` requires both.
      delete filters.organisation;
      filters.all = [{ organisation: named }, { organisation: chosen }];
    } else filters.organisation = named;
  }
  const sort = effectiveSort(state);
  const words = state.q.replaceAll('"', '').trim();
  return {
    term: state.q ? (exact && words ? `"${words}"` : state.q) : null,
    options: sort === 'relevance' ? { filters } : { filters, sort: PAGEFIND_SORTS[sort] },
  };
}
