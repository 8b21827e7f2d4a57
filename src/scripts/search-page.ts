/**
 * The search page's behaviour on top of Pagefind's JS API. The page's HTML works without it;
 * this script reveals the facets, runs searches as the reader types or filters, keeps the state
 * in the URL (replaceState while typing, pushState for a submitted search or a filter, so the
 * back button steps through them), announces the count and moves focus only on a deliberate
 * submit.
 */
import { ui } from '../i18n/ui.ts';
import { SEARCH_FILTERS, SEARCH_NAMES_ANCHOR, type SearchFilter } from '../lib/search-index.ts';
import { EMPTY_STATE, isBlank, pagefindQuery, stateFromParams, stateToSearch, type SearchState } from '../lib/search-state.ts';
import { excerptRuns, highlight } from '../lib/excerpt.ts';
import { nearest, type Named } from '../lib/suggest.ts';

const t = ui.searchPage;
const PAGE_SIZE = 10;
const TYPING_DELAY = 250;

/** The part of Pagefind's browser API we use (pagefind.js ships no types). */
type Counts = Record<string, Record<string, number>>;
interface ResultData {
  url: string;
  /** The page text, HTML-escaped; `raw_content` is the same unescaped. */
  content: string;
  raw_content?: string;
  /** Positions of the matched words in the text, counted in words. */
  locations: number[];
  anchors: { id: string; location: number }[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Counts>;
  search(term: string | null, options: object): Promise<{ results: { id: string; data(): Promise<ResultData> }[]; filters: Counts }>;
}

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export async function startSearchPage(): Promise<void> {
  const form = byId<HTMLFormElement>('search-form');
  const input = byId<HTMLInputElement>('search-q');
  const section = byId<HTMLElement>('search-results');
  const heading = byId<HTMLElement>('results-heading');
  const status = byId<HTMLElement>('search-status');
  const list = byId<HTMLOListElement>('search-list');
  const more = byId<HTMLButtonElement>('search-more');
  const nearestBox = byId<HTMLElement>('search-nearest');
  const resultTemplate = byId<HTMLTemplateElement>('search-result');
  const chipTemplate = byId<HTMLTemplateElement>('search-chip');
  const suggest = JSON.parse(byId('search-suggest').textContent ?? '{}') as Record<'cause' | 'organisation', Named[]>;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-facet]')];
  const sortSelect = form.elements.namedItem('sort') as HTMLSelectElement;
  // Labels and server order of every facet value, read once from the server-rendered options.
  const facetOptions = new Map(
    selects.map((s) => [s.dataset.facet as SearchFilter, [...s.options].map((o) => ({ value: o.value, label: o.text }))]),
  );

  byId('search-nojs').hidden = true;
  byId('search-facets').hidden = false;
  section.hidden = false;

  let state = stateFromParams(new URLSearchParams(location.search));
  // One spelling of each state (a link may say %20 for +, or list parameters in another order).
  history.replaceState(null, '', `${location.pathname}${stateToSearch(state)}`);
  const writeForm = () => {
    input.value = state.q;
    for (const select of selects) select.value = state.filters[select.dataset.facet as SearchFilter] ?? '';
    sortSelect.value = state.sort;
  };
  const readForm = (): SearchState => ({
    q: input.value.trim(),
    filters: Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset.facet, s.value])),
    sort: stateFromParams(new URLSearchParams({ sort: sortSelect.value })).sort,
  });
  writeForm();
  status.textContent = t.loading;

  let pagefind: Pagefind;
  let totals: Counts;
  try {
    // A variable, so the bundler leaves the import of the built index's script to the browser.
    const url = '/pagefind/pagefind.js';
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    totals = await pagefind.filters();
  } catch (error) {
    status.textContent = import.meta.env.DEV ? `${t.unavailable} ${t.devHint}` : t.unavailable;
    console.warn('Pagefind did not load', error);
    return;
  }

  /** Counts for a facet's options: with every other filter applied, so each count is what choosing it would give. */
  async function facetCounts(facet: SearchFilter, current: Counts): Promise<Record<string, number>> {
    if (!state.filters[facet]) return current[facet] ?? {};
    const { term, options } = pagefindQuery(state, facet);
    if (term === null && Object.keys(options.filters).length === 0) return totals[facet] ?? {};
    return (await pagefind.search(term, options)).filters[facet] ?? {};
  }

  function renderFacets(counts: Record<SearchFilter, Record<string, number>>) {
    for (const select of selects) {
      const facet = select.dataset.facet as SearchFilter;
      const chosen = state.filters[facet] ?? '';
      const known = facetOptions.get(facet)!;
      const extra = chosen && !known.some((o) => o.value === chosen) ? [{ value: chosen, label: chosen }] : [];
      const options = [...known, ...extra]
        .filter((o) => o.value === '' || o.value === chosen || (counts[facet][o.value] ?? 0) > 0)
        .map((o) => new Option(o.value ? `${o.label} (${counts[facet][o.value] ?? 0})` : o.label, o.value));
      select.replaceChildren(...options);
      select.value = chosen;
    }
  }

  function excerpt(data: ResultData): Node[] {
    const cut = data.anchors.find((a) => a.id === SEARCH_NAMES_ANCHOR)?.location;
    // A match only in the hidden list of organisation names has no excerpt worth reading: show the summary instead.
    const runs = excerptRuns(data.raw_content ?? data.content, data.locations, cut) ?? highlight(data.meta.summary ?? '', state.q);
    return runs.map((run) => (run.mark ? mark(run.text) : document.createTextNode(run.text)));
  }

  function mark(text: string): HTMLElement {
    const el = document.createElement('mark');
    el.className = 'rounded-sm bg-amber-200 px-0.5 text-slate-950 dark:bg-amber-300';
    el.textContent = text;
    return el;
  }

  function resultItem(data: ResultData): HTMLElement {
    const item = resultTemplate.content.firstElementChild!.cloneNode(true) as HTMLElement;
    const field = (name: string) => item.querySelector<HTMLElement>(`[data-field="${name}"]`)!;
    const title = data.meta.title ?? data.url;
    const link = field('title') as HTMLAnchorElement;
    link.href = data.url;
    link.textContent = title;
    field('byline').textContent = [data.meta.organisation, data.filters.year?.[0]].filter(Boolean).join(' · ');
    const hashtag = data.meta.hashtag;
    if (hashtag && hashtag !== title) field('hashtag').textContent = hashtag;
    else field('hashtag').remove();
    field('excerpt').replaceChildren(...excerpt(data));
    return item;
  }

  let runId = 0;
  let results: Awaited<ReturnType<Pagefind['search']>>['results'] = [];
  async function showMore(focusFirst: boolean) {
    const start = list.children.length;
    const id = runId;
    const batch = await Promise.all(results.slice(start, start + PAGE_SIZE).map((r) => r.data()));
    if (id !== runId) return; // Results of a search that has since been replaced.
    list.append(...batch.map(resultItem));
    more.hidden = list.children.length >= results.length;
    if (focusFirst) list.children[start]?.querySelector('a')?.focus();
  }

  function showNearest() {
    let any = false;
    for (const kind of ['cause', 'organisation'] as const) {
      const withCampaigns = suggest[kind].filter((entry) => (totals[kind]?.[entry.id] ?? 0) > 0);
      const found = nearest(state.q, withCampaigns);
      const ul = nearestBox.querySelector(`[data-nearest="${kind}"] ul`)!;
      ul.replaceChildren(
        ...found.map((entry) => {
          const li = chipTemplate.content.firstElementChild!.cloneNode(true) as HTMLElement;
          const a = li.querySelector('a')!;
          a.href = `/search/${stateToSearch({ ...EMPTY_STATE, filters: { [kind]: entry.id } })}`;
          a.textContent = entry.name;
          return li;
        }),
      );
      ul.parentElement!.hidden = found.length === 0;
      any ||= found.length > 0;
    }
    nearestBox.hidden = !any;
    return any;
  }

  async function run(options: { focus?: boolean } = {}): Promise<void> {
    try {
      await update(options);
    } catch (error) {
      status.textContent = t.unavailable;
      section.setAttribute('aria-busy', 'false');
      console.error('Search failed', error);
    }
  }

  async function update(options: { focus?: boolean }) {
    const id = ++runId;
    section.setAttribute('aria-busy', 'true');
    let counts: Counts = totals;
    let found: typeof results = [];
    if (!isBlank(state)) {
      const { term, options: query } = pagefindQuery(state);
      const search = await pagefind.search(term, query);
      counts = search.filters;
      found = search.results;
    }
    const facetCountsNow = Object.fromEntries(
      await Promise.all(SEARCH_FILTERS.map(async (f) => [f, await facetCounts(f, counts)] as const)),
    ) as Record<SearchFilter, Record<string, number>>;
    if (id !== runId) return; // A newer search has started; its results win.
    results = found;
    renderFacets(facetCountsNow);
    list.replaceChildren();
    await showMore(false);
    if (id !== runId) return;
    const suggested = results.length === 0 && !!state.q && showNearest();
    if (!suggested) nearestBox.hidden = true;
    status.textContent = isBlank(state)
      ? t.prompt
      : results.length === 0 && state.q && !suggested
        ? t.noneNear
        : t.count(results.length, state.q);
    list.dataset.resultsFor = stateToSearch(state);
    section.setAttribute('aria-busy', 'false');
    if (options.focus) heading.focus();
  }

  function commit(next: SearchState, how: 'push' | 'replace', options?: { focus?: boolean }) {
    const changed = stateToSearch(next) !== stateToSearch(state);
    state = next;
    const url = `${location.pathname}${stateToSearch(state)}`;
    if (how === 'push' && changed) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    sortSelect.value = state.sort;
    return run(options);
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => void commit(readForm(), 'replace'), TYPING_DELAY);
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) void commit(readForm(), 'push');
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    void commit(readForm(), 'push', { focus: true });
  });
  byId('search-clear').addEventListener('click', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    void commit(EMPTY_STATE, 'push').then(() => {
      writeForm();
      input.focus();
    });
  });
  more.addEventListener('click', () => void showMore(true));
  window.addEventListener('popstate', () => {
    state = stateFromParams(new URLSearchParams(location.search));
    writeForm();
    void run();
  });
  await run();
}
