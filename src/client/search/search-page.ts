/**
 * `<causeway-search-page>`: the search page's behaviour on top of Pagefind's JS API. The page's
 * HTML works without it; this element reveals the facets, runs searches as the reader types or
 * filters, keeps the state in the URL, announces the count and moves focus only on a deliberate
 * submit. Pagefind access, the URL and the DOM each have their own module; this one decides
 * what happens when.
 */
import { ui } from '~/i18n/ui.ts';
import { EMPTY_STATE, isBlank, stateToSearch, type SearchState } from '~/lib/search-state.ts';
import { nearest, type Named } from '~/lib/suggest.ts';
import { SearchIndex, type Result } from './pagefind.ts';
import { SearchView, type SuggestionKind } from './render.ts';
import { stateFromUrl, writeUrl } from './url-state.ts';

const t = ui.searchPage;
const PAGE_SIZE = 10;
const TYPING_DELAY = 250;

export class SearchPage extends HTMLElement {
  #view!: SearchView;
  #index!: SearchIndex;
  #state: SearchState = EMPTY_STATE;
  /** Counts searches, so that the results of one replaced by a newer one are dropped. */
  #runId = 0;
  #results: Result[] = [];
  #typing: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    this.#view = new SearchView(this);
    this.#start().catch((error: unknown) => this.#fail(error));
  }

  async #start(): Promise<void> {
    const view = this.#view;
    view.reveal();
    this.#state = stateFromUrl();
    writeUrl(this.#state, 'replace');
    view.writeForm(this.#state);
    view.status(t.loading);
    try {
      this.#index = await SearchIndex.load();
    } catch (error) {
      view.status(import.meta.env.DEV ? `${t.unavailable} ${t.devHint}` : t.unavailable);
      console.warn('Pagefind did not load', error);
      return;
    }
    view.input.addEventListener('input', () => {
      clearTimeout(this.#typing);
      this.#typing = setTimeout(() => void this.#commit(view.readForm(), 'replace'), TYPING_DELAY);
    });
    view.form.addEventListener('change', (event) => {
      if (event.target instanceof HTMLSelectElement) void this.#commit(view.readForm(), 'push');
    });
    view.form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.#typing);
      void this.#commit(view.readForm(), 'push', { focus: true });
    });
    view.clear.addEventListener('click', (event) => {
      event.preventDefault();
      clearTimeout(this.#typing);
      void this.#commit(EMPTY_STATE, 'push').then(() => {
        view.writeForm(this.#state);
        view.input.focus();
      });
    });
    view.more.addEventListener('click', () => void this.#showMore(true));
    window.addEventListener('popstate', () => {
      this.#state = stateFromUrl();
      view.writeForm(this.#state);
      void this.#run();
    });
    await this.#run();
  }

  /** Makes `next` the state, in the URL as `how` says, and searches for it. */
  #commit(next: SearchState, how: 'push' | 'replace', options?: { focus?: boolean }): Promise<void> {
    writeUrl(next, how, this.#state);
    this.#state = next;
    this.#view.writeSort(next);
    return this.#run(options);
  }

  /** Searches for the current state; never rejects, a failure is shown as the status. */
  async #run(options: { focus?: boolean } = {}): Promise<void> {
    try {
      await this.#update(options);
    } catch (error) {
      this.#fail(error);
    }
  }

  async #update(options: { focus?: boolean }): Promise<void> {
    const id = ++this.#runId;
    const state = this.#state;
    const view = this.#view;
    view.busy(true);
    const { results, facets } = await this.#index.search(state);
    if (id !== this.#runId) return; // A newer search has started; its results win.
    this.#results = results;
    view.renderFacets(state, facets);
    view.clearResults();
    await this.#showMore(false);
    if (id !== this.#runId) return;
    const suggested = results.length === 0 && !!state.q && view.showNearest(this.#nearest(state.q));
    if (!suggested) view.hideNearest();
    view.status(isBlank(state) ? t.prompt : results.length === 0 && state.q && !suggested ? t.noneNear : t.count(results.length, state.q));
    view.showingResultsFor(stateToSearch(state));
    view.busy(false);
    if (options.focus) view.focusHeading();
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

  /** The causes and organisations, among those with case studies, whose names are nearest the query. */
  #nearest(query: string): Record<SuggestionKind, Named[]> {
    const near = (kind: SuggestionKind) =>
      nearest(
        query,
        this.#view.suggestions[kind].filter((entry) => this.#index.total(kind, entry.id) > 0),
      );
    return { cause: near('cause'), organisation: near('organisation') };
  }

  #fail(error: unknown): void {
    this.#view.status(t.unavailable);
    this.#view.busy(false);
    console.error('Search failed', error);
  }
}
