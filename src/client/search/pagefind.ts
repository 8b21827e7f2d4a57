/**
 * The search page's access to Pagefind: loading the built index's script, and the searches the
 * page runs on it. Pagefind ships no types; the interfaces below are the part of its browser
 * API we use.
 */
import { paths } from '~/lib/paths.ts';
import { SEARCH_FILTERS, type SearchFilter } from '~/lib/search-index.ts';
import { isBlank, pagefindQuery, type SearchState } from '~/lib/search-state.ts';

/** How many pages have each value of each filter: `{ cause: { 'climate-action': 3 } }`. */
type Counts = Record<string, Record<string, number>>;

export interface ResultData {
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

/** A search result; its data loads separately, so a page of results loads only its own. */
export interface Result {
  id: string;
  data(): Promise<ResultData>;
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Counts>;
  search(term: string | null, options: object): Promise<{ results: Result[]; filters: Counts }>;
}

/** The counts shown next to each facet's options. */
export type FacetCounts = Record<SearchFilter, Record<string, number>>;

export class SearchIndex {
  readonly #pagefind: PagefindApi;
  /** Counts over the whole index: what a search with no words and no filter finds. */
  readonly #totals: Counts;

  private constructor(pagefind: PagefindApi, totals: Counts) {
    this.#pagefind = pagefind;
    this.#totals = totals;
  }

  /** Loads Pagefind's script from the built site; rejects if there is no index (as in `astro dev` before a build). */
  static async load(): Promise<SearchIndex> {
    // A variable, so the bundler leaves the import of the built index's script to the browser.
    const url = paths.pagefindScript;
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    return new SearchIndex(pagefind, await pagefind.filters());
  }

  /** How many case studies in the whole index have this value of a filter. */
  total(filter: SearchFilter, value: string): number {
    return this.#totals[filter]?.[value] ?? 0;
  }

  /** The results for a state (none while it is blank), and the counts for every facet's options. */
  async search(state: SearchState): Promise<{ results: Result[]; facets: FacetCounts }> {
    let counts = this.#totals;
    let results: Result[] = [];
    if (!isBlank(state)) {
      const { term, options } = pagefindQuery(state);
      ({ results, filters: counts } = await this.#pagefind.search(term, options));
    }
    const facets = await Promise.all(SEARCH_FILTERS.map(async (f) => [f, await this.#facetCounts(state, f, counts)] as const));
    return { results, facets: Object.fromEntries(facets) as FacetCounts };
  }

  /** Counts for a facet's options: with every other filter applied, so each count is what choosing it would give. */
  async #facetCounts(state: SearchState, facet: SearchFilter, current: Counts): Promise<Record<string, number>> {
    if (!state.filters[facet]) return current[facet] ?? {};
    const { term, options } = pagefindQuery(state, facet);
    if (term === null && Object.keys(options.filters).length === 0) return this.#totals[facet] ?? {};
    return (await this.#pagefind.search(term, options)).filters[facet] ?? {};
  }
}
