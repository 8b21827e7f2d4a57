/**
 * The search page's state in the address bar, so a search can be shared, reloaded and walked
 * back: replaceState while the reader types, pushState for a submitted search or a filter, so
 * the back button steps through them. The URL form itself is lib/search-state.ts.
 */
import { paths } from '~/lib/paths.ts';
import type { SearchFilter } from '~/lib/search-index.ts';
import { EMPTY_STATE, stateFromParams, stateToSearch, type SearchState } from '~/lib/search-state.ts';

/** The state the address bar holds now. */
export const stateFromUrl = (): SearchState => stateFromParams(new URLSearchParams(location.search));

/**
 * Puts a state in the address bar. `push` adds a history entry, but only when the state differs
 * from `previous`; otherwise the current entry is replaced, which also gives each state one
 * spelling (a link may say %20 for +, or list parameters in another order).
 */
export function writeUrl(state: SearchState, how: 'push' | 'replace', previous?: SearchState): void {
  const url = `${location.pathname}${stateToSearch(state)}`;
  if (how === 'push' && (!previous || stateToSearch(state) !== stateToSearch(previous))) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

/** The address of the search page narrowed to one value of one filter, and nothing else. */
export const filteredSearchUrl = (filter: SearchFilter, value: string): string =>
  `${paths.search}${stateToSearch({ ...EMPTY_STATE, filters: { [filter]: value } })}`;
