/**
 * The search page's DOM: the form read as a state and set from one, the facets with their
 * counts, the result list, the nearest-name suggestions and the live status. Everything it
 * draws comes from the server-rendered markup and its templates; no HTML string is inserted.
 */
import type { SearchFilter } from '~/lib/search-index.ts';
import { SEARCH_NAMES_ANCHOR } from '~/lib/search-index.ts';
import { stateFromParams, type SearchState } from '~/lib/search-state.ts';
import { excerptRuns, highlight } from '~/lib/excerpt.ts';
import type { Named } from '~/lib/suggest.ts';
import { part } from '../dom.ts';
import type { FacetCounts, ResultData } from './pagefind.ts';
import { filteredSearchUrl } from './url-state.ts';

/** The kinds of entry the page suggests when nothing matches. */
export type SuggestionKind = 'cause' | 'organisation';

export class SearchView {
  readonly form: HTMLFormElement;
  readonly input: HTMLInputElement;
  readonly clear: HTMLElement;
  readonly more: HTMLButtonElement;
  /** Names to compare an unmatched query with, from the page's JSON. */
  readonly suggestions: Record<SuggestionKind, Named[]>;
  readonly #root: HTMLElement;
  readonly #selects: HTMLSelectElement[];
  readonly #sort: HTMLSelectElement;
  readonly #section: HTMLElement;
  readonly #status: HTMLElement;
  readonly #list: HTMLOListElement;
  readonly #nearest: HTMLElement;
  /** Labels and server order of every facet value, read once from the server-rendered options. */
  readonly #facetOptions: Map<SearchFilter, { value: string; label: string }[]>;

  constructor(root: HTMLElement) {
    this.#root = root;
    this.form = part(root, 'form');
    this.input = part(this.form, 'input[name="q"]');
    this.#sort = part(this.form, 'select[name="sort"]');
    this.#selects = [...this.form.querySelectorAll<HTMLSelectElement>('select[data-facet]')];
    this.clear = part(root, '#search-clear');
    this.more = part(root, '#search-more');
    this.#section = part(root, '#search-results');
    this.#status = part(root, '#search-status');
    this.#list = part(root, '#search-list');
    this.#nearest = part(root, '#search-nearest');
    this.suggestions = JSON.parse(part(root, '#search-suggest').textContent ?? '{}') as Record<SuggestionKind, Named[]>;
    this.#facetOptions = new Map(
      this.#selects.map((s) => [s.dataset.facet as SearchFilter, [...s.options].map((o) => ({ value: o.value, label: o.text }))]),
    );
  }

  /** Swaps the no-JavaScript message for the facets and the results. */
  reveal(): void {
    part(this.#root, '#search-nojs').hidden = true;
    part(this.#root, '#search-facets').hidden = false;
    this.#section.hidden = false;
  }

  /** The state the form shows. Its fields have the URL's parameter names, as the plain GET form submits them. */
  readForm(): SearchState {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(this.form)) if (typeof value === 'string') params.append(name, value);
    return stateFromParams(params);
  }

  writeForm(state: SearchState): void {
    this.input.value = state.q;
    for (const select of this.#selects) select.value = state.filters[select.dataset.facet as SearchFilter] ?? '';
    this.writeSort(state);
  }

  writeSort(state: SearchState): void {
    this.#sort.value = state.sort;
  }

  /** Each facet's options with their counts; options nothing would match are left out, unless chosen. */
  renderFacets(state: SearchState, counts: FacetCounts): void {
    for (const select of this.#selects) {
      const facet = select.dataset.facet as SearchFilter;
      const chosen = state.filters[facet] ?? '';
      const known = this.#facetOptions.get(facet)!;
      const extra = chosen && !known.some((o) => o.value === chosen) ? [{ value: chosen, label: chosen }] : [];
      const options = [...known, ...extra]
        .filter((o) => o.value === '' || o.value === chosen || (counts[facet][o.value] ?? 0) > 0)
        .map((o) => new Option(o.value ? `${o.label} (${counts[facet][o.value] ?? 0})` : o.label, o.value));
      select.replaceChildren(...options);
      select.value = chosen;
    }
  }

  /** How many results the list shows. */
  get shown(): number {
    return this.#list.children.length;
  }

  clearResults(): void {
    this.#list.replaceChildren();
  }

  /** Adds results to the list, their excerpts marking the words of `query`; `total` decides whether "more" stays. */
  appendResults(batch: ResultData[], query: string, total: number): void {
    const template = part<HTMLTemplateElement>(this.#root, '#search-result');
    this.#list.append(...batch.map((data) => resultItem(template, data, query)));
    this.more.hidden = this.shown >= total;
  }

  /** Moves focus to the link of the result at `index`, the first of a batch just shown. */
  focusResult(index: number): void {
    this.#list.children[index]?.querySelector('a')?.focus();
  }

  focusHeading(): void {
    part(this.#section, '#results-heading').focus();
  }

  /** Shows the suggested causes and organisations; returns whether there were any. */
  showNearest(found: Record<SuggestionKind, Named[]>): boolean {
    const template = part<HTMLTemplateElement>(this.#root, '#search-chip');
    let any = false;
    for (const kind of ['cause', 'organisation'] as const) {
      const ul = part(this.#nearest, `[data-nearest="${kind}"] ul`);
      ul.replaceChildren(
        ...found[kind].map((entry) => {
          const li = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
          const a = li.querySelector('a')!;
          a.href = filteredSearchUrl(kind, entry.id);
          a.textContent = entry.name;
          return li;
        }),
      );
      ul.parentElement!.hidden = found[kind].length === 0;
      any ||= found[kind].length > 0;
    }
    this.#nearest.hidden = !any;
    return any;
  }

  hideNearest(): void {
    this.#nearest.hidden = true;
  }

  /** Text for the polite live region. */
  status(text: string): void {
    this.#status.textContent = text;
  }

  busy(busy: boolean): void {
    this.#section.setAttribute('aria-busy', String(busy));
  }

  /** Marks the list as showing the results for this query string (tests wait on it). */
  showingResultsFor(search: string): void {
    this.#list.dataset.resultsFor = search;
  }
}

function resultItem(template: HTMLTemplateElement, data: ResultData, query: string): HTMLElement {
  const item = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
  const field = (name: string) => part(item, `[data-field="${name}"]`);
  const title = data.meta.title ?? data.url;
  const link = field('title') as HTMLAnchorElement;
  link.href = data.url;
  link.textContent = title;
  field('byline').textContent = [data.meta.organisation, data.filters.year?.[0]].filter(Boolean).join(' · ');
  const hashtag = data.meta.hashtag;
  if (hashtag && hashtag !== title) field('hashtag').textContent = hashtag;
  else field('hashtag').remove();
  field('excerpt').replaceChildren(...excerpt(data, query));
  return item;
}

function excerpt(data: ResultData, query: string): Node[] {
  const cut = data.anchors.find((a) => a.id === SEARCH_NAMES_ANCHOR)?.location;
  // A match only in the hidden list of organisation names has no excerpt worth reading: show the summary instead.
  const runs = excerptRuns(data.raw_content ?? data.content, data.locations, cut) ?? highlight(data.meta.summary ?? '', query);
  return runs.map((run) => (run.mark ? mark(run.text) : document.createTextNode(run.text)));
}

function mark(text: string): HTMLElement {
  const el = document.createElement('mark');
  el.className = 'rounded-sm bg-warn-200 px-0.5 text-slate-950 dark:bg-warn-300';
  el.textContent = text;
  return el;
}
