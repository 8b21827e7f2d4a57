/**
 * The explorer's DOM: the form read as a state and set from one, the facet values with their
 * counts (disabled at zero, the tail folded behind "show all"), the removable chips of chosen
 * values, the result cards and the live status. Everything it draws comes from the server
 * markup, its templates and its messages; no HTML string is inserted, and the values a long
 * facet fetches are placed by facet-values.ts. The counts and the total the page was built with
 * are read once, for the default view, which needs no search.
 */
import { SEARCH_FILTERS, SEARCH_NAMES_ANCHOR, type SearchFilter } from '~/lib/search/records.ts';
import { chosenCount, foldFacet, matchesFind, stateFromParams, type SearchState } from '~/lib/search/state.ts';
import { excerptRuns, highlight } from '~/lib/search/excerpt.ts';
import { counted, fill, part } from '../dom.ts';
import { FacetValues, facetBoxes } from './facet-values.ts';
import type { ExplorerMessages } from './messages.ts';
import type { FacetCounts, ResultData } from './pagefind.ts';

export class ExplorerView {
  readonly form: HTMLFormElement;
  readonly input: HTMLInputElement;
  readonly more: HTMLButtonElement;
  /** An empty element after the results: when it comes near, the next results load. */
  readonly sentinel: HTMLElement;
  readonly chips: HTMLUListElement;
  readonly #root: HTMLElement;
  readonly #toggle: HTMLButtonElement;
  readonly #panel: HTMLElement;
  /** At the foot of the filter panel on a phone: closes it and goes to the results. */
  readonly #showResults: HTMLButtonElement;
  readonly #resultsArea: HTMLElement;
  readonly #sort: HTMLSelectElement;
  /** The hidden `match=text` field, enabled while the state asks for it. */
  readonly #matchText: HTMLInputElement;
  readonly #status: HTMLElement;
  readonly #list: HTMLOListElement;
  readonly #results: HTMLElement;
  readonly #fallback: HTMLElement | null;
  readonly #messages: ExplorerMessages;
  /** The long facets' values beyond those the page renders, and what the reader asked to see of them. */
  readonly #values: FacetValues;
  /** The counts and the state last drawn, to draw again once fetched values are in place. */
  #lastCounts: FacetCounts | undefined;
  #lastState: SearchState | undefined;
  /** Each facet value's count over the whole catalogue, as the page was built with it. */
  readonly pageCounts: FacetCounts;
  /** How many case studies the catalogue has. */
  readonly pageTotal: number;

  constructor(root: HTMLElement, messages: ExplorerMessages) {
    this.#root = root;
    this.#messages = messages;
    this.form = part(root, 'form');
    this.input = part(this.form, 'input[name="q"]');
    this.#sort = part(this.form, 'select[name="sort"]');
    this.#matchText = part(this.form, '[data-match-text]');
    this.#toggle = part(root, '[data-filters-toggle]');
    this.#panel = part(root, '[data-facets]');
    this.#showResults = part(root, '[data-show-results]');
    this.#resultsArea = part(root, '[data-results-area]');
    this.chips = part(root, '[data-chips]');
    this.#status = part(root, '[data-status]');
    this.#list = part(root, '[data-results-list]');
    this.#results = part(root, '[data-results]');
    this.more = part(root, '[data-more]');
    this.sentinel = part(root, '[data-sentinel]');
    this.#fallback = root.querySelector('[data-fallback]');
    this.pageTotal = Number(root.dataset.total);
    this.pageCounts = Object.fromEntries(
      SEARCH_FILTERS.map((facet) => [
        facet,
        Object.fromEntries(
          this.#boxes(facet).map((box) => [box.value, Number(box.closest('li')!.querySelector('[data-count]')!.textContent)]),
        ),
      ]),
    ) as FacetCounts;
    this.#values = new FacetValues(root, this.pageCounts, (facet) => this.#lastState?.filters[facet] ?? []);
    this.#toggle.addEventListener('click', () => this.#openPanel(this.#toggle.getAttribute('aria-expanded') !== 'true'));
    this.#showResults.addEventListener('click', () => {
      this.#openPanel(false);
      this.#resultsArea.scrollIntoView({ block: 'start' });
      this.#resultsArea.focus({ preventScroll: true });
    });
    for (const button of root.querySelectorAll<HTMLButtonElement>('[data-show-all]')) {
      button.addEventListener('click', () => {
        const facet = button.dataset.showAll as SearchFilter;
        this.#values.toggle(facet);
        this.#fold(facet);
        if (this.#values.unfolded(facet)) this.#placeValues(facet);
      });
    }
    for (const input of root.querySelectorAll<HTMLInputElement>('[data-facet-find]')) {
      input.addEventListener('input', () => {
        const facet = input.dataset.facetFind as SearchFilter;
        this.#values.setFind(facet, input.value);
        this.#fold(facet);
        this.#placeValues(facet);
      });
    }
  }

  /** Swaps the static listing for the results, in place: the static cards stay until results are ready. */
  reveal(): void {
    this.#results.hidden = false;
    if (this.#fallback) this.#fallback.hidden = true;
  }

  /** Shows the page's own listing again, in place of any results. */
  showPage(): void {
    this.#results.hidden = true;
    if (this.#fallback) this.#fallback.hidden = false;
    this.clearResults();
    this.pageFilled(true, false);
  }

  #openPanel(open: boolean): void {
    this.#toggle.setAttribute('aria-expanded', String(open));
    this.#panel.classList.toggle('max-lg:hidden', !open);
  }

  /**
   * The state the form shows. Its fields have the URL's parameter names, as a GET form submits
   * them. Asking for every case study with the words holds for those words only.
   */
  readForm(): SearchState {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(this.form)) if (typeof value === 'string') params.append(name, value);
    const state = stateFromParams(params);
    return state.q === this.#lastState?.q ? state : { ...state, matchText: undefined };
  }

  writeForm(state: SearchState): void {
    this.#lastState = state;
    this.input.value = state.q;
    this.#sort.value = state.sort;
    this.#matchText.disabled = !state.matchText;
    for (const box of this.#boxes()) box.checked = state.filters[box.dataset.facet as SearchFilter]?.includes(box.value) ?? false;
    this.#toggle.querySelector('[data-chosen-count]')!.textContent = String(chosenCount(state));
    // A chosen value the page did not render (a shared link into a long facet's tail) is put in
    // from the facet's file, which ticks its box and names it on its chip.
    for (const facet of SEARCH_FILTERS) {
      const rendered = new Set(this.#boxes(facet).map((box) => box.value));
      if ((state.filters[facet] ?? []).some((value) => !rendered.has(value))) this.#placeValues(facet);
    }
  }

  /** Has a long facet's fetched values placed, then draws its boxes, the chips and the counts again. */
  #placeValues(facet: SearchFilter): void {
    void this.#values.place(facet).then((placed) => {
      if (!placed) return;
      if (this.#lastState) {
        for (const box of this.#boxes(facet)) box.checked = this.#lastState.filters[facet]?.includes(box.value) ?? false;
        this.renderChips(this.#lastState);
      }
      this.renderFacets(this.#lastCounts ?? this.pageCounts);
    });
  }

  #boxes(facet?: SearchFilter): HTMLInputElement[] {
    return facetBoxes(this.#root, facet);
  }

  /** Each value's count; a value nothing would match is disabled (unless chosen, so it can be unchosen). */
  renderFacets(counts: FacetCounts): void {
    this.#lastCounts = counts;
    for (const facet of SEARCH_FILTERS) {
      for (const box of this.#boxes(facet)) {
        const n = counts[facet][box.value] ?? 0;
        const item = box.closest('li')!;
        item.querySelector('[data-count]')!.textContent = String(n);
        box.disabled = n === 0 && !box.checked;
        item.dataset.empty = String(n === 0);
      }
      this.#fold(facet);
    }
  }

  /**
   * Shows a facet's chosen and first values, folding the rest until "show all"; a value no case
   * study of the view has stays hidden even then (unless chosen), so "show all" never opens a
   * list of disabled boxes, and a facet with nothing to offer is hidden whole. While its find
   * box has words, the facet shows the values whose names match them instead.
   */
  #fold(facet: SearchFilter): void {
    const open = this.#values.unfolded(facet);
    const find = this.#values.find(facet).trim();
    const items = this.#boxes(facet).map((box) => ({ box, item: box.closest('li')! }));
    const empty = items.map(({ box, item }) => item.dataset.empty === 'true' && !box.checked);
    const keep = foldFacet(items.map(({ box, item }) => ({ chosen: box.checked, empty: item.dataset.empty === 'true' })));
    items.forEach(({ box, item }, i) => {
      item.hidden = find ? !matchesFind({ label: box.dataset.label ?? '', names: namesOf(box) }, find) : open ? empty[i]! : !keep[i];
    });
    const group = this.#root.querySelector<HTMLElement>(`[data-facet-group="${facet}"]`);
    const unrendered = Number(group?.dataset.unrendered ?? 0);
    const hidden = keep.filter((k, i) => !k && !empty[i]).length + this.#unrenderedWithCases(facet, unrendered);
    const button = this.#root.querySelector<HTMLButtonElement>(`[data-show-all="${facet}"]`);
    if (button) {
      button.hidden = (hidden === 0 && !open) || find !== '';
      button.setAttribute('aria-expanded', String(open));
      button.textContent = open ? this.#messages.showFewer : fill(this.#messages.showAll, { n: hidden });
    }
    // Unfolded, a long facet shows its first FACET_SHOWN_MAX values; the hint points to the box.
    const hint = group?.querySelector<HTMLElement>('[data-find-hint]');
    if (hint) {
      hint.hidden = !open || find !== '' || unrendered === 0;
      hint.textContent = fill(this.#messages.findHint, { n: unrendered });
    }
    if (group) group.hidden = !find && hidden === 0 && items.every(({ item }) => item.hidden);
  }

  /**
   * How many of a long facet's values that the page does not hold some case study of the view
   * has: in the default view all of them (the catalogue's facets list no empty value), otherwise
   * those the view's counts give a case study.
   */
  #unrenderedWithCases(facet: SearchFilter, unrendered: number): number {
    const counts = this.#lastCounts;
    if (!unrendered || !counts || counts === this.pageCounts) return unrendered;
    const rendered = new Set(this.#boxes(facet).map((box) => box.value));
    return Object.entries(counts[facet]).filter(([value, n]) => n > 0 && !rendered.has(value)).length;
  }

  /** A removable chip for each chosen value. */
  renderChips(state: SearchState): void {
    this.#lastState = state;
    const template = part<HTMLTemplateElement>(this.#root, 'template[data-chip]');
    const chips = SEARCH_FILTERS.flatMap((facet) =>
      (state.filters[facet] ?? []).map((value) => {
        const li = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
        const button = li.querySelector('button')!;
        const label = this.#boxes(facet).find((b) => b.value === value)?.dataset.label ?? value;
        button.dataset.facet = facet;
        button.dataset.value = value;
        const name = this.#messages.facets[facet];
        part(button, '[data-chip-text]').textContent = `${name}: ${label}`;
        button.setAttribute('aria-label', fill(this.#messages.remove, { facet: name, value: label }));
        return li;
      }),
    );
    this.chips.replaceChildren(...chips);
    this.chips.hidden = chips.length === 0;
  }

  get shown(): number {
    return this.#list.children.length;
  }

  clearResults(): void {
    this.#list.replaceChildren();
  }

  /** Adds result cards, their excerpts marking the words of `query`. */
  appendResults(batch: ResultData[], query: string): void {
    const template = part<HTMLTemplateElement>(this.#root, 'template[data-result]');
    this.#list.append(...batch.map((data) => resultCard(template, data, query)));
  }

  /** Says whether the page of results is filled (tests wait on it) and whether "show more" is offered. */
  pageFilled(filled: boolean, more: boolean): void {
    this.#list.dataset.filled = String(filled);
    this.more.hidden = !more;
  }

  focusResult(index: number): void {
    this.#list.children[index]?.querySelector('a')?.focus();
  }

  status(text: string): void {
    this.#status.textContent = text;
  }

  /** How many case studies the view finds, as the filter panel's button on a phone says it. */
  resultCount(n: number): void {
    this.#showResults.textContent = counted(this.#messages.showResults, n);
  }

  busy(busy: boolean): void {
    this.#results.setAttribute('aria-busy', String(busy));
  }

  /** Marks the list as showing the results for this query string (tests wait on it). */
  showingResultsFor(search: string): void {
    this.#list.dataset.resultsFor = search;
  }

  /** Marks the facets as counted for this query string (tests wait on it). */
  countsFor(search: string): void {
    this.#panel.dataset.countsFor = search;
  }
}

/** The names an organisation's box carries besides its label (FacetValue.astro). */
const namesOf = (box: HTMLElement): string[] => (box.dataset.names ? (JSON.parse(box.dataset.names) as string[]) : []);

function resultCard(template: HTMLTemplateElement, data: ResultData, query: string): HTMLElement {
  const item = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
  const field = (name: string) => part(item, `[data-field="${name}"]`);
  const title = data.meta.title ?? data.url;
  const link = field('title') as HTMLAnchorElement;
  link.href = data.url;
  link.textContent = title;
  field('byline').textContent = [data.meta.year, data.meta.organisation].filter(Boolean).join(' · ');
  const hashtag = data.meta.hashtag;
  if (hashtag && !title.includes(hashtag)) field('hashtag').textContent = hashtag;
  else field('hashtag').remove();
  field('summary').replaceChildren(...(query ? excerpt(data, query) : [document.createTextNode(data.meta.summary ?? '')]));
  if (data.meta.figure) {
    field('figure').textContent = data.meta.figure;
    field('figure-source').textContent = ` · ${data.meta.figureSource ?? ''}`;
  } else field('figure-line').remove();
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
