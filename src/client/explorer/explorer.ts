/**
 * `<causeway-explorer>`: find case studies by words and facets, on Pagefind's JS API. The page's
 * HTML works without it (a paginated listing and links to every taxonomy page); this element
 * swaps the listing for live results, counts every facet value alongside the other facets'
 * choices, keeps the state in the URL (Back and Forward restore words, filters, sort and scroll),
 * and announces the count politely. Pagefind access, the URL, the DOM and the long facets' fetched
 * values each have their own module, and the strings come from the page (messages.ts); this one
 * decides what happens when.
 *
 * The default view (no words, no filter, the default sort) is what the page already shows: its
 * own listing, and the counts it was built with. Pagefind is not fetched for it: the first use of
 * a control (focus, a click) starts loading it, a URL with a search in it loads it at once, and
 * on the search page (`data-warm`), whose reader came to search, it loads in idle time.
 * A search shows its first results as soon as their data is in, then the facets' counts, which
 * need every filter chunk of the index. Each result's data is a file of its own, so the rest of
 * the page of results is fetched a few at a time as the reader nears the end of the list.
 */
import { EMPTY_STATE, effectiveSort, stateFromParams, stateToSearch, toggleValue, type SearchState } from '~/lib/search/state.ts';
import type { SearchFilter } from '~/lib/search/records.ts';
// A page of results holds as many as a page of the listing it replaces: "show more" adds another.
import { PAGE_SIZE } from '~/lib/site/pagination.ts';
import { counted } from '../dom.ts';
import { readMessages, type ExplorerMessages } from './messages.ts';
import { PagefindClient, type Result } from './pagefind.ts';
import { ExplorerView } from './view.ts';
import { Suggestions } from './suggestions.ts';
import { rememberScroll, rememberedScroll, stateFromUrl, writeUrl } from './url-state.ts';

/** Results drawn at a time: the first (about a screenful), then more each time the reader nears the end of the list. */
const BATCH = 6;
/**
 * When the end of the list counts as near, for the next results to load: within half a window's
 * height below the window, or anywhere above it (passed at a jump, as with the End key).
 */
const NEAR_END = '1000% 0px 50% 0px';
const TYPING_DELAY = 250;

/** True for the view the page's own markup shows: nothing searched, nothing chosen, the default sort. */
const isDefault = (state: SearchState) => stateToSearch(state) === '';

export class Explorer extends HTMLElement {
  #view!: ExplorerView;
  #suggestions!: Suggestions;
  #messages!: ExplorerMessages;
  #index: Promise<PagefindClient> | undefined;
  #state: SearchState = EMPTY_STATE;
  /** Counts searches, so that the results of one replaced by a newer one are dropped. */
  #runId = 0;
  #results: Result[] = [];
  /** How many results the page of results shows once filled: "show more" moves it on by a page. */
  #pageEnd = 0;
  /** The search whose next results are being fetched, if any. */
  #filling: number | undefined;
  /** Reports when the end of the list comes near. */
  #nearEnd!: IntersectionObserver;
  #typing: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    this.#messages = readMessages(this);
    this.#view = new ExplorerView(this, this.#messages);
    this.#suggestions = new Suggestions(this, this.#messages);
    this.#start().catch((error: unknown) => this.#fail(error));
  }

  /** Pagefind, loaded the first time it is needed. */
  #pagefind(): Promise<PagefindClient> {
    this.#index ??= PagefindClient.load();
    return this.#index;
  }

  async #start(): Promise<void> {
    const view = this.#view;
    this.#state = stateFromUrl();
    // Until the view is drawn, a page may hide what the results will replace (search.astro).
    if (!isDefault(this.#state)) this.dataset.pending = '';
    writeUrl(this.#state, 'replace');
    view.writeForm(this.#state);
    // The first focus or press on a control starts loading Pagefind, ahead of the search it precedes.
    const warm = () => void this.#pagefind().catch(() => undefined);
    this.addEventListener('focusin', warm, { once: true });
    this.addEventListener('pointerdown', warm, { once: true });
    if (this.dataset.warm !== undefined) {
      // Safari has no requestIdleCallback.
      if ('requestIdleCallback' in window) requestIdleCallback(warm);
      else setTimeout(warm, 200);
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
    view.more.addEventListener('click', () => void this.#showMore());
    // A suggestion ("did you mean", every case study with the words) is searched in place.
    this.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-explorer-state]');
      if (!link) return;
      event.preventDefault();
      void this.#commit(stateFromParams(new URLSearchParams(link.dataset.explorerState)), 'push', { focus: true });
    });
    this.#nearEnd = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) void this.#fill();
      },
      { rootMargin: NEAR_END },
    );
    this.#nearEnd.observe(view.sentinel);
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

  /** Shows the current state; never rejects, a failure is shown as the status. */
  async #run(options: { focus?: boolean; restoreScroll?: boolean } = {}): Promise<void> {
    try {
      if (isDefault(this.#state)) this.#showPage(options);
      else await this.#update(options);
    } catch (error) {
      this.#fail(error);
    } finally {
      delete this.dataset.pending;
    }
  }

  /** The default view: the page's own listing and counts, with no search. */
  #showPage(options: { restoreScroll?: boolean }): void {
    this.#runId++; // Drops the results of a search still running.
    const view = this.#view;
    this.#results = [];
    this.#pageEnd = 0;
    view.renderChips(this.#state);
    view.renderFacets(view.pageCounts);
    view.showPage();
    this.#suggestions.clear();
    view.status(this.#count(view.pageTotal, ''));
    view.resultCount(view.pageTotal);
    view.showingResultsFor('');
    view.countsFor('');
    view.busy(false);
    if (options.restoreScroll) {
      const y = rememberedScroll();
      if (y !== undefined) window.scrollTo(0, y);
    }
  }

  async #update(options: { focus?: boolean; restoreScroll?: boolean }): Promise<void> {
    const id = ++this.#runId;
    const state = this.#state;
    const view = this.#view;
    view.busy(true);
    // The vocabulary comes with the first search with words, beside the index.
    const named = this.#suggestions.named(state.q);
    let index: PagefindClient;
    try {
      index = await this.#pagefind();
    } catch (error) {
      const { unavailable, devHint } = this.#messages;
      view.status(devHint ? `${unavailable} ${devHint}` : unavailable);
      view.busy(false);
      console.warn('Pagefind did not load', error);
      return;
    }
    if (id !== this.#runId) return;
    // Words that are an organisation's name are searched as whole words ("WHO" must not find
    // "whose"), and find its case studies only, unless the reader asks for every case study whose
    // text holds them ("who" is a word of many); then its case studies come first.
    const organisations = await named;
    const exact = organisations.length > 0;
    const ids = organisations.flatMap((o) => o.organisations ?? [o.id]);
    const only = exact && !state.matchText;
    const { found, theirs } = await index.results(state, exact, ids);
    const ranked = effectiveSort(state) === 'relevance' ? [...new Set([...theirs, ...found])] : found;
    const results = only ? theirs : ranked;
    if (id !== this.#runId) return; // A newer search has started; its results win.
    this.#results = results;
    // Coming back to a list scrolled down: every card it showed (a page at least) before
    // scrolling to where it was. Otherwise the first few, and the rest as the reader scrolls.
    const y = options.restoreScroll ? rememberedScroll() : undefined;
    this.#pageEnd = Math.min(results.length, Math.max(PAGE_SIZE, y ? view.shown : 0));
    const batch = await Promise.all(results.slice(0, y ? this.#pageEnd : BATCH).map((r) => r.data()));
    if (id !== this.#runId) return;
    view.clearResults();
    view.appendResults(batch, state.q);
    this.#pageShown();
    view.renderChips(state);
    view.reveal();
    await this.#suggestions.show(state, organisations, results.length, found.length);
    if (id !== this.#runId) return;
    view.status(this.#count(results.length, state.q));
    view.resultCount(results.length);
    view.showingResultsFor(stateToSearch(state));
    view.busy(false);
    if (y !== undefined) window.scrollTo(0, y);
    if (options.focus) view.focusResult(0);
    this.#checkNearEnd();
    const facets = await index.facets(state, exact, only ? ids : []);
    if (id !== this.#runId) return;
    view.renderFacets(facets);
    view.countsFor(stateToSearch(state));
  }

  /** Draws the next few results of the page of results, if the page is not filled yet; never rejects. */
  async #fill(): Promise<void> {
    const id = this.#runId;
    const start = this.#view.shown;
    if (this.#filling === id || start >= this.#pageEnd) return;
    this.#filling = id;
    try {
      const batch = await Promise.all(this.#results.slice(start, Math.min(start + BATCH, this.#pageEnd)).map((r) => r.data()));
      if (id !== this.#runId) return; // Results of a search that has since been replaced.
      this.#view.appendResults(batch, this.#state.q);
      this.#pageShown();
    } catch (error) {
      this.#fail(error);
      return;
    } finally {
      if (this.#filling === id) this.#filling = undefined;
    }
    this.#checkNearEnd();
  }

  /** Asks again whether the end of the list is near: it may still be, after results were added. */
  #checkNearEnd(): void {
    this.#nearEnd.unobserve(this.#view.sentinel);
    this.#nearEnd.observe(this.#view.sentinel);
  }

  /** Offers "show more" once the page of results is filled and more results remain. */
  #pageShown(): void {
    const filled = this.#view.shown >= this.#pageEnd;
    this.#view.pageFilled(filled, filled && this.#pageEnd < this.#results.length);
  }

  /** Starts the next page of results, and moves focus to the first of them. */
  async #showMore(): Promise<void> {
    const start = this.#view.shown;
    this.#pageEnd = Math.min(this.#results.length, this.#pageEnd + PAGE_SIZE);
    await this.#fill();
    this.#view.focusResult(start);
  }

  /** The status for `n` case studies, found for the words `q` if there are any. */
  #count(n: number, q: string): string {
    return q ? counted(this.#messages.countFor, n, { q }) : counted(this.#messages.count, n);
  }

  #fail(error: unknown): void {
    this.#view.status(this.#messages.unavailable);
    this.#view.busy(false);
    console.error('Search failed', error);
  }
}
