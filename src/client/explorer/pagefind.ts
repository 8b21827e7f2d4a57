/**
 * The explorer's access to Pagefind: loading the built index's script, and the searches it runs
 * on it (PagefindClient; the build-time records it searches are lib/search/records.ts). Pagefind
 * ships no types; the interfaces below are the part of its browser API we use.
 *
 * A search fetches only what its results need: the index chunks of its words and the filter
 * chunks of the filters it uses. Counting every facet's values needs every filter chunk, so
 * counts are a second step (`facets`), which the explorer takes once the results are shown.
 */
import { paths } from '~/lib/site/paths.ts';
import { SEARCH_FILTERS, type SearchFilter } from '~/lib/search/records.ts';
import { pagefindQuery, type SearchState } from '~/lib/search/state.ts';

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

/** The counts shown beside each facet's values. */
export type FacetCounts = Record<SearchFilter, Record<string, number>>;

export class PagefindClient {
  readonly #pagefind: PagefindApi;
  /** Every filter chunk, fetched the first time counts are asked for. */
  #allFilters: Promise<unknown> | undefined;

  private constructor(pagefind: PagefindApi) {
    this.#pagefind = pagefind;
  }

  /** Loads Pagefind's script from the built site; rejects if there is no index (as in `astro dev` before a build). */
  static async load(): Promise<PagefindClient> {
    // A variable, so the bundler leaves the import of the built index's script to the browser.
    const url = paths.pagefindScript;
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // On the main thread: a worker is one more script to fetch and start before the first
    // results, and our searches are small. (Options are read once, before init: all at once.)
    // Result URLs are relative to the build's root, so they are put under the base path.
    await pagefind.options({ baseUrl: paths.home, excerptLength: 24, noWorker: true });
    await pagefind.init();
    return new PagefindClient(pagefind);
  }

  /**
   * The results for a state: every case study when it is blank, newest first. Its words are
   * searched as a phrase if `exact` (see pagefindQuery). `named` are the organisations the words
   * name: `theirs` are their case studies among the results, in the same order.
   */
  async results(state: SearchState, exact = false, named: readonly string[] = []): Promise<{ found: Result[]; theirs: Result[] }> {
    const { term, options } = pagefindQuery(state, undefined, exact);
    const found = (await this.#pagefind.search(term, options)).results;
    if (!named.length) return { found, theirs: [] };
    const ids = new Set((await this.#pagefind.search(null, { filters: { organisation: { any: named } } })).results.map((r) => r.id));
    return { found, theirs: found.filter((r) => ids.has(r.id)) };
  }

  /**
   * For every facet, how many case studies each of its values would give alongside the other
   * facets' choices. A facet with choices is counted without its own, so its counts stay honest
   * once a value is chosen; the searches run together, on chunks already fetched. `within`
   * counts only the case studies of these organisations (see pagefindQuery).
   */
  async facets(state: SearchState, exact = false, within: readonly string[] = []): Promise<FacetCounts> {
    await (this.#allFilters ??= this.#pagefind.filters());
    const { term, options } = pagefindQuery(state, undefined, exact, within);
    const main = this.#pagefind.search(term, options);
    const facets = await Promise.all(
      SEARCH_FILTERS.map(async (facet) => {
        if (!state.filters[facet]?.length) return [facet, (await main).filters[facet] ?? {}] as const;
        const without = pagefindQuery(state, facet, exact, within);
        const counts = (await this.#pagefind.search(without.term, without.options)).filters[facet] ?? {};
        return [facet, counts] as const;
      }),
    );
    return Object.fromEntries(facets) as FacetCounts;
  }
}
