/**
 * The explorer's state in the address bar, so a view can be shared, reloaded and walked back:
 * replaceState while the reader types, pushState for a submitted search, a filter or a sort, so
 * the back button steps through them. Each entry also remembers its scroll position. The URL
 * form itself is lib/search/state.ts.
 */
import { stateFromParams, stateToSearch, type SearchState } from '~/lib/search/state.ts';

/** The state the address bar holds now. */
export const stateFromUrl = (): SearchState => stateFromParams(new URLSearchParams(location.search));

/**
 * Puts a state in the address bar. `push` adds a history entry, but only when the state differs
 * from `previous`; otherwise the current entry is replaced, which also gives each state one
 * spelling (a link may say %20 for +, or list parameters in another order).
 */
export function writeUrl(state: SearchState, how: 'push' | 'replace', previous?: SearchState): void {
  const url = `${location.pathname}${stateToSearch(state)}${location.hash}`;
  if (how === 'push' && (!previous || stateToSearch(state) !== stateToSearch(previous))) {
    rememberScroll();
    history.pushState({ scrollY: 0 }, '', url);
  } else history.replaceState({ ...(history.state as object | null), scrollY: window.scrollY }, '', url);
}

/** Records the scroll position in the current history entry, so Back returns to it. */
export function rememberScroll(): void {
  history.replaceState({ ...(history.state as object | null), scrollY: window.scrollY }, '', location.href);
}

/** The scroll position the current history entry recorded, if any. */
export const rememberedScroll = (): number | undefined => (history.state as { scrollY?: number } | null)?.scrollY;
