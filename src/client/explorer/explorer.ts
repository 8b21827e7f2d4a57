/**
 * `<causeway-explorer>`: find case studies by words and facets, on Pagefind's JS API. The page's
 * HTML works without it (a paginated listing and links to every taxonomy page); this element
 * swaps the listing for live results, counts every facet value alongside the other facets'
 * choices, keeps the state in the URL (Back and Forward restore words, filters, sort and scroll),
 * and announces the count politely. Pagefind access, the URL and the DOM each have their own
 * module; this one decides what happens when.
 */
import { ui } from '~/i18n/ui.ts';
import { EMPTY_STATE, stateToSearch, toggleValue, type SearchState } from '~/lib/search-state.ts';
import type { SearchFilter } from '~/lib/search-index.ts';
import { SearchIndex, type Result } from './pagefind.ts';
import { ExplorerView } from './view.ts';
import { rememberScroll, rememberedScroll, stateFromUrl, writeUrl } from './url-state.ts';

const t = ui.explorer.finder;
/** Results shown at first and added by each "show more". */
export const PAGE_SIZE = 24;
const TYPING_DELAY = 250;

export class Explorer extends HTMLElement {
  #view!: ExplorerView;
  #index!: SearchIndex;
  #state: SearchState = EMPTY_STATE;
  /** Counts searches, so that the results of one replaced by a newer one are dropped. */
  #runId = 0;
  #results: Result[] = [];
  #typing: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    this.#view = new ExplorerView(this);
    this.#start().catch((error: unknown) => this.#fail(error));
  }

  async #start(): Promise<void> {
    const view = this.#view;
    this.#state = stateFromUrl();
    writeUrl(this.#state, 'replace');
    view.writeForm(this.#state);
    try {
      this.#index = await SearchIndex.load();
    } catch (error) {
      view.status(import.meta.env.DEV ? `${ui.searchPage.unavailable} ${ui.searchPage.devHint}` : ui.searchPage.unavailable);
      console.warn('Pagefind did not load', error);
      return;
    }
    view.input.addEventListener('input', () => {
      clearTimeout(this.#typing);
      this.#typing = setTimeout(() => void this.#commit(view.readForm(), 'replace'), TYPING_DELAY);
    });
    // Facet boxes sit outside the <form> (they belong to it by their form attribute), so their
    // change events bubble to this element, not to the form.
    this.addEventListener('change', (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'search') return;
      void this.#commit(view.readForm(), 'push');
    });
    view.form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.#typing);
      void this.#commit(view.readForm(), 'push', { focus: true });
    });
    view.chips.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-facet]');
      if (!button) return;
      const next = toggleValue(this.#state, button.dataset.facet as SearchFilter, button.dataset.value!, false);
      void this.#commit(next, 'push').then(() => view.writeForm(this.#state));
      view.input.focus();
    });
    view.more.addEventListener('click', () => void this.#showMore(true));
    window.addEventListener('popstate', () => {
      this.#state = stateFromUrl();
      view.writeForm(this.#state);
      void this.#run({ restoreScroll: true });
    });
    // The scroll position travels with each history entry, so Back lands where the reader was.
    window.addEventListener('pagehide', rememberScroll);
    await this.#run({ restoreScroll: true });
  }

  /** Makes `next` the state, in the URL as `how` says, and searches for it. */
  #commit(next: SearchState, how: 'push' | 'replace', options?: { focus?: boolean }): Promise<void> {
    writeUrl(next, how, this.#state);
    this.#state = next;
    this.#view.writeForm(next);
    return this.#run(options);
  }

  /** Searches for the current state; never rejects, a failure is shown as the status. */
  async #run(options: { focus?: boolean; restoreScroll?: boolean } = {}): Promise<void> {
    try {
      await this.#update(options);
    } catch (error) {
      this.#fail(error);
    }
  }

  async #update(options: { focus?: boolean; restoreScroll?: boolean }): Promise<void> {
    const id = ++this.#runId;
    const state = this.#state;
    const view = this.#view;
    view.busy(true);
    const { results, facets } = await this.#index.search(state);
    if (id !== this.#runId) return; // A newer search has started; its results win.
    this.#results = results;
    // Keep as many cards as were shown, so coming Back to a long list restores it whole.
    const keep = Math.max(PAGE_SIZE, options.restoreScroll ? view.shown : 0);
    const batch = await Promise.all(results.slice(0, keep).map((r) => r.data()));
    if (id !== this.#runId) return;
    view.renderFacets(state, facets);
    view.clearResults();
    view.appendResults(batch, state.q, results.length);
    view.reveal();
    view.status(t.count(results.length, state.q));
    view.showingResultsFor(stateToSearch(state));
    view.busy(false);
    if (options.restoreScroll) {
      const y = rememberedScroll();
      if (y !== undefined) window.scrollTo(0, y);
    }
    if (options.focus) view.focusResult(0);
  }

  /** Shows the next page of results; `focusFirst` moves focus to the first of them. */
  async #showMore(focusFirst: boolean): Promise<void> {
    const start = this.#view.shown;
    const id = this.#runId;
    const batch = await Promise.all(this.#results.slice(start, start + PAGE_SIZE).map((r) => r.data()));
    if (id !== this.#runId) return; // Results of a search that has since been replaced.
    this.#view.appendResults(batch, this.#state.q, this.#results.length);
    if (focusFirst) this.#view.focusResult(start);
  }

  #fail(error: unknown): void {
    this.#view.status(ui.searchPage.unavailable);
    this.#view.busy(false);
    console.error('Search failed', error);
  }
}
