/**
 * `<causeway-campaign-filters>` (CampaignFilters.astro): shows the listing's filter and sort
 * controls, filters and sorts the list it wraps in place, keeps the choice in the URL query so
 * reload, back and shared links restore it, and announces the count in a polite live region.
 * The list is the element's own `<ul>` or `<ol>`, whose items carry `data-listing`.
 */
import { ui } from '~/i18n/ui.ts';
import { comparator, matches, parseState, serializeState, FILTERS, type ListingItem, type ListingState } from '~/lib/listing.ts';
import { part } from './dom.ts';

export class CampaignFilters extends HTMLElement {
  connectedCallback(): void {
    const form = part<HTMLFormElement>(this, 'form');
    const list = part(this, ':scope > ul, :scope > ol');
    const status = part(this, '#listing-status');
    const empty = part(this, '#listing-empty');
    const entries = [...list.querySelectorAll<HTMLElement>(':scope > li[data-listing]')].map((li, order) => ({
      li,
      order,
      item: JSON.parse(li.dataset.listing!) as ListingItem,
    }));
    const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;

    /** Shows the state in the controls; drops values the page does not offer (say, from an old link). */
    const toForm = (state: ListingState): ListingState => {
      for (const key of FILTERS) {
        const el = select(key);
        el.value = state.filters[key] ?? '';
        if (el.value !== (state.filters[key] ?? '')) delete state.filters[key];
      }
      select('sort').value = state.sort;
      return state;
    };
    const fromForm = (): ListingState =>
      parseState(new URLSearchParams([...FILTERS, 'sort'].map((key) => [key, select(key).value])).toString());

    const apply = (state: ListingState) => {
      const sort = comparator(state.sort);
      const sorted = [...entries].sort((a, b) => sort(a.item, b.item) || a.order - b.order);
      let shown = 0;
      for (const { li, item } of sorted) {
        li.hidden = !matches(item, state);
        if (!li.hidden) shown++;
        list.append(li);
      }
      status.textContent = ui.explorer.listing.showing(shown, entries.length);
      empty.hidden = shown > 0;
    };

    const update = () => {
      const state = fromForm();
      const url = `${location.pathname}${serializeState(state)}${location.hash}`;
      if (url !== `${location.pathname}${location.search}${location.hash}`) history.pushState(null, '', url);
      apply(state);
    };

    form.addEventListener('change', update);
    form.addEventListener('submit', (event) => event.preventDefault());
    // A reset event fires before the controls are cleared: read them on the next task.
    form.addEventListener('reset', () => setTimeout(update));
    window.addEventListener('popstate', () => apply(toForm(parseState(location.search))));
    apply(toForm(parseState(location.search)));
    form.hidden = false;
  }
}
