/**
 * The values of the long facets that the page does not render. Their files
 * (/data/facets/<facet>.json) are fetched when a reader asks for more than the page holds, and
 * only the values the reader's choices, find box or "show all" call for get a checkbox, so the
 * page never grows by a whole facet. Kept apart from the view, which only reads and writes the
 * form, because this is the one part of the explorer's DOM with a network and a cache behind it.
 */
import type { SearchFilter } from '~/lib/search/records.ts';
import { FILTER_PARAMS, valuesToShow } from '~/lib/search/state.ts';
import { part } from '../dom.ts';
import type { FacetCounts } from './pagefind.ts';

/** A value as /data/facets/<facet>.json lists it (src/data/facets.ts). */
type FacetFileValue = { value: string; label: string; count: number; names?: string[] };

/** The checkboxes of one facet, or of every facet, in the page's order. */
export function facetBoxes(root: ParentNode, facet?: SearchFilter): HTMLInputElement[] {
  return [...root.querySelectorAll<HTMLInputElement>(`input[type="checkbox"]${facet ? `[data-facet="${facet}"]` : ''}`)];
}

export class FacetValues {
  readonly #root: HTMLElement;
  /** Each value's count over the whole catalogue, completed with the counts of fetched values. */
  readonly #counts: FacetCounts;
  /** The values chosen in a facet now. */
  readonly #chosen: (facet: SearchFilter) => readonly string[];
  /** Facets whose folded values the reader chose to see. */
  readonly #unfolded = new Set<SearchFilter>();
  /** Every value of each long facet fetched so far, in the file's order. */
  readonly #fetched = new Map<SearchFilter, Promise<FacetFileValue[]>>();
  /** The words in each long facet's find box. */
  readonly #find = new Map<SearchFilter, string>();

  constructor(root: HTMLElement, counts: FacetCounts, chosen: (facet: SearchFilter) => readonly string[]) {
    this.#root = root;
    this.#counts = counts;
    this.#chosen = chosen;
  }

  /** Whether the reader chose to see every value of a facet. */
  unfolded(facet: SearchFilter): boolean {
    return this.#unfolded.has(facet);
  }

  /** Shows every value of a facet, or folds it again. */
  toggle(facet: SearchFilter): void {
    if (this.#unfolded.has(facet)) this.#unfolded.delete(facet);
    else this.#unfolded.add(facet);
  }

  /** The words in a facet's find box. */
  find(facet: SearchFilter): string {
    return this.#find.get(facet) ?? '';
  }

  setFind(facet: SearchFilter, words: string): void {
    this.#find.set(facet, words);
  }

  /**
   * Puts in the page the values of a long facet that the reader's choices, its find box or
   * "show all" call for (see valuesToShow), fetching its file the first time, each drawn as the
   * page's own template draws one. Resolves to whether it placed them; a facet the page renders
   * whole, or a failed fetch, leaves the page as it was ("show all" can try again).
   */
  async place(facet: SearchFilter): Promise<boolean> {
    const group = this.#root.querySelector<HTMLElement>(`[data-facet-group="${facet}"]`);
    const url = group?.dataset.valuesUrl;
    if (!group || !url) return false;
    let fetched = this.#fetched.get(facet);
    if (!fetched) {
      fetched = this.#fetch(facet, url);
      this.#fetched.set(facet, fetched);
    }
    let values: FacetFileValue[];
    try {
      values = await fetched;
    } catch {
      this.#fetched.delete(facet);
      return false;
    }
    this.#placeValues(facet, group, values);
    return true;
  }

  async #fetch(facet: SearchFilter, url: string): Promise<FacetFileValue[]> {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    const values = (await response.json()) as FacetFileValue[];
    for (const value of values) this.#counts[facet][value.value] ??= value.count;
    return values;
  }

  /**
   * Adds a checkbox for each value `valuesToShow` picks that the page does not have yet, and
   * takes out those it added before that are no longer picked (and not ticked), so that however
   * much a reader types, the facet holds its rendered values and one pick at most.
   */
  #placeValues(facet: SearchFilter, group: HTMLElement, values: readonly FacetFileValue[]): void {
    const list = part<HTMLUListElement>(group, 'ul');
    const template = part<HTMLTemplateElement>(this.#root, 'template[data-facet-value]');
    const wanted = valuesToShow(values, { chosen: this.#chosen(facet), find: this.find(facet), unfolded: this.unfolded(facet) });
    const keep = new Set(wanted.map((value) => value.value));
    for (const box of facetBoxes(this.#root, facet)) {
      const item = box.closest('li')!;
      if (item.dataset.placed !== undefined && !box.checked && !keep.has(box.value)) item.remove();
    }
    const rendered = new Set(facetBoxes(this.#root, facet).map((box) => box.value));
    for (const value of wanted) {
      if (rendered.has(value.value)) continue;
      const item = template.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
      const box = part<HTMLInputElement>(item, 'input');
      box.name = FILTER_PARAMS[facet];
      box.value = value.value;
      box.dataset.facet = facet;
      box.dataset.label = value.label;
      if (value.names?.length) box.dataset.names = JSON.stringify(value.names);
      part(item, '[data-value-label]').textContent = value.label;
      part(item, '[data-count]').textContent = String(value.count);
      item.dataset.empty = String(value.count === 0);
      item.dataset.placed = '';
      list.append(item);
      rendered.add(value.value);
    }
    group.dataset.unrendered = String(values.length - rendered.size);
  }
}
