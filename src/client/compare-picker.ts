/**
 * `<causeway-compare-picker>` (ComparePicker.astro), around the compare page's picker, table and
 * charts. It keeps the chosen campaigns in the URL (`?c=slug,slug`) so a comparison can be
 * shared and the back button works, and adds case studies from outside the default selection:
 * each one's row and box come from /data/compare/<slug>.json, rendered by the same components
 * as the page's own, fetched when a reader adds it or a shared URL names it.
 *
 * The filtering of the server's rows is CSS (see SelectionStyle.astro), driven by the
 * checkboxes, so it also works without this script. An added row has no such rule: it shows
 * while its box is ticked. With no box ticked the page shows its default selection, so adding
 * a case study then ticks the default ones too: what was on screen stays there.
 */
import { SELECTION_PARAM, parseSelection, selectionUrl } from '~/lib/compare/selection.ts';
import { isSlug } from '~/schemas/slug.ts';
import { paths } from '~/lib/site/paths.ts';
import { ROWS_ADDED, fill, part } from './dom.ts';
import { CompareFinder, type Outcome } from './compare-finder.ts';

/** A case study's fragments, as /data/compare/<slug>.json holds them. */
interface Fragments {
  choice: string;
  row: string;
}

/** The markup of our own build, parsed as a fragment (a <template> parses a lone <tr> too). */
function parse(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

async function fetchFragments(id: string): Promise<Fragments | undefined> {
  const response = await fetch(paths.compareRow(id));
  return response.ok ? ((await response.json()) as Fragments) : undefined;
}

export class ComparePicker extends HTMLElement {
  connectedCallback(): void {
    const form = part<HTMLFormElement>(this, 'form');
    const list = part(form, '[data-choices]');
    const body = part<HTMLTableSectionElement>(this, 'tbody');
    const status = part(form, '[data-compare-status]');
    const template = status.dataset['template'] ?? '';

    const boxes = () => [...list.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${SELECTION_PARAM}"]`)];
    const box = (id: string) => boxes().find((b) => b.value === id);
    const defaults = boxes().map((b) => b.value);
    const chosen = () =>
      boxes()
        .filter((b) => b.checked)
        .map((b) => b.value);
    const shown = (id: string) => {
      const ids = chosen();
      return ids.length ? ids.includes(id) : defaults.includes(id);
    };

    const refresh = () => {
      for (const row of body.querySelectorAll<HTMLTableRowElement>('tr[data-added]')) row.hidden = !box(row.dataset['campaign']!)?.checked;
      status.textContent = fill(template, { shown: chosen().length || defaults.length });
    };

    // One fetch per case study however often it is asked for; a failed one may be tried again.
    const loading = new Map<string, Promise<boolean>>();
    const load = (id: string): Promise<boolean> => {
      if (box(id)) return Promise.resolve(true);
      let pending = loading.get(id);
      if (!pending) {
        pending = fetchFragments(id).then(
          (fragments) => {
            if (!fragments) return false;
            if (!box(id)) {
              list.append(parse(fragments.choice));
              const row = parse(fragments.row).querySelector('tr')!;
              row.dataset['added'] = '';
              body.append(row);
              body.dispatchEvent(new Event(ROWS_ADDED, { bubbles: true }));
            }
            return true;
          },
          () => false,
        );
        void pending.then((ok) => ok || loading.delete(id));
        loading.set(id, pending);
      }
      return pending;
    };

    /** Ticks exactly these case studies, fetching those the page lacks; returns those that exist. */
    const show = async (ids: string[]) => {
      const exists = await Promise.all(ids.map(load));
      const kept = ids.filter((_, i) => exists[i]);
      for (const b of boxes()) b.checked = kept.includes(b.value);
      refresh();
      return kept;
    };
    const save = () => {
      const next = selectionUrl(location.href, chosen());
      if (next !== location.pathname + location.search + location.hash) history.pushState(null, '', next);
      refresh();
    };

    const add = async ({ id }: { id: string }): Promise<Outcome> => {
      if (shown(id)) return 'already';
      if (!(await load(id))) return 'failed';
      if (!chosen().length) for (const d of defaults) box(d)!.checked = true;
      box(id)!.checked = true;
      save();
      return 'added';
    };
    new CompareFinder(part(form, '[data-finder]'), { add, shown });

    // Changes apply at once, so the submit button is only needed without JavaScript.
    part(form, '[data-picker-submit]').setAttribute('hidden', '');
    form.addEventListener('change', (event) => {
      if ((event.target as HTMLInputElement).name === SELECTION_PARAM) save();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      save();
    });
    // A reset button clears the boxes after the event, so save on the next turn.
    form.addEventListener('reset', () => setTimeout(save));
    addEventListener('popstate', () => void show(parseSelection(location.search, isSlug)));
    // Rewrite `?c=a&c=b` (from the form without JavaScript) into the short form, without the
    // slugs that name no case study.
    void show(parseSelection(location.search, isSlug)).then((kept) => history.replaceState(null, '', selectionUrl(location.href, kept)));
  }
}
