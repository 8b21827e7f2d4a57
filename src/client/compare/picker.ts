/**
 * `<causeway-compare-picker>` (ComparePicker.astro), around the compare page's picker, table and
 * charts. It keeps the chosen campaigns in the URL (`?c=slug,slug`) so a comparison can be
 * shared and the back button works, and adds case studies from outside the default selection:
 * each one's row and box come from /data/compare/<slug>.json, rendered by the same components
 * as the page's own, fetched when a reader adds it through the add box (add-box.ts) or a shared
 * URL names it.
 *
 * The filtering of the server's rows is CSS (see SelectionStyle.astro), driven by the
 * checkboxes, so it also works without this script. An added row, and its bars in the charts
 * (charts.ts), have no such rule: they show while the case study's box is ticked. With no box ticked the page shows its default selection, so adding
 * a case study then ticks the default ones too: what was on screen stays there.
 */
import { SELECTION_PARAM, parseSelection, selectionUrl } from '~/lib/compare/selection.ts';
import { isSlug } from '~/schemas/slug.ts';
import { paths } from '~/lib/site/paths.ts';
import { ROWS_ADDED, fill, part } from '../dom.ts';
import { CompareAddBox, type Outcome } from './add-box.ts';

/** A case study's fragments, as /data/compare/<slug>.json holds them. */
interface Fragments {
  choice: string;
  row: string;
  /** A one-bar chart per figure compared, by the key of the page's chart it belongs in. */
  charts?: Record<string, string>;
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
  #list!: HTMLElement;
  #body!: HTMLTableSectionElement;
  #charts!: HTMLElement;
  #status!: HTMLElement;
  /** The status line, with `{shown}` for the number of case studies shown. */
  #template = '';
  /** The case studies of the default selection, shown while no box is ticked. */
  #defaults: string[] = [];
  /** One fetch per case study however often it is asked for; a failed one may be tried again. */
  readonly #loading = new Map<string, Promise<boolean>>();

  connectedCallback(): void {
    const form = part<HTMLFormElement>(this, 'form');
    this.#list = part(form, '[data-choices]');
    this.#body = part<HTMLTableSectionElement>(this, 'tbody');
    this.#charts = part(this, '[data-charts]');
    this.#status = part(form, '[data-compare-status]');
    this.#template = this.#status.dataset['template'] ?? '';
    this.#defaults = this.#boxes().map((b) => b.value);

    new CompareAddBox(part(form, '[data-add-box]'), { add: (candidate) => this.#add(candidate.id), shown: (id) => this.#shown(id) });

    form.addEventListener('change', (event) => {
      if ((event.target as HTMLInputElement).name === SELECTION_PARAM) this.#save();
    });
    // The form has no submit button; this stops any other way of submitting it reloading the page.
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#save();
    });
    // A reset button clears the boxes after the event, so save on the next turn.
    form.addEventListener('reset', () => setTimeout(() => this.#save()));
    addEventListener('popstate', () => void this.#show(parseSelection(location.search, isSlug)));
    // Rewrite `?c=a&c=b` (from the form without JavaScript) into the short form, without the
    // slugs that name no case study.
    void this.#show(parseSelection(location.search, isSlug)).then((kept) =>
      history.replaceState(null, '', selectionUrl(location.href, kept)),
    );
  }

  #boxes(): HTMLInputElement[] {
    return [...this.#list.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${SELECTION_PARAM}"]`)];
  }

  #box(id: string): HTMLInputElement | undefined {
    return this.#boxes().find((b) => b.value === id);
  }

  #chosen(): string[] {
    return this.#boxes()
      .filter((b) => b.checked)
      .map((b) => b.value);
  }

  /** Whether a case study is in the table now. */
  #shown(id: string): boolean {
    const ids = this.#chosen();
    return ids.length ? ids.includes(id) : this.#defaults.includes(id);
  }

  #refresh(): void {
    for (const added of this.querySelectorAll<HTMLElement>('tr[data-added], li[data-added]'))
      added.hidden = !this.#box(added.dataset['campaign']!)?.checked;
    for (const chart of this.#charts.querySelectorAll<HTMLElement>('figure[data-chart]')) {
      const shows = chart.querySelector('li[data-added]:not([hidden])') !== null;
      if (chart.hasAttribute('data-added')) chart.hidden = !shows;
      // The page's CSS hides a chart none of whose own campaigns is chosen; a chosen added bar keeps it.
      else chart.style.display = shows ? 'block' : '';
    }
    this.#status.textContent = fill(this.#template, { shown: this.#chosen().length || this.#defaults.length });
  }

  /** Puts a case study's box and row in the page unless they are there; resolves to whether it exists. */
  #load(id: string): Promise<boolean> {
    if (this.#box(id)) return Promise.resolve(true);
    let pending = this.#loading.get(id);
    if (!pending) {
      pending = fetchFragments(id).then(
        async (fragments) => {
          if (!fragments) return false;
          if (!this.#box(id)) await this.#insert(fragments);
          return true;
        },
        () => false,
      );
      void pending.then((ok) => ok || this.#loading.delete(id));
      this.#loading.set(id, pending);
    }
    return pending;
  }

  async #insert(fragments: Fragments): Promise<void> {
    // The chart code comes only with the first case study added, and before its box, so the
    // case study is in table and charts at once.
    if (fragments.charts && Object.keys(fragments.charts).length) (await import('./charts.ts')).addCharts(this.#charts, fragments.charts);
    this.#list.append(parse(fragments.choice));
    const row = parse(fragments.row).querySelector('tr')!;
    row.dataset['added'] = '';
    this.#body.append(row);
    this.#body.dispatchEvent(new Event(ROWS_ADDED, { bubbles: true }));
  }

  /** Ticks exactly these case studies, fetching those the page lacks; returns those that exist. */
  async #show(ids: string[]): Promise<string[]> {
    const exists = await Promise.all(ids.map((id) => this.#load(id)));
    const kept = ids.filter((_, i) => exists[i]);
    // Fetched at once, they arrive in any order: added rows follow the address's order (and a
    // sorted table puts them in place again).
    const added = kept.flatMap((id) =>
      [...this.#body.querySelectorAll<HTMLTableRowElement>('tr[data-added]')].filter((r) => r.dataset['campaign'] === id),
    );
    if (added.length) {
      this.#body.append(...added);
      this.#body.dispatchEvent(new Event(ROWS_ADDED, { bubbles: true }));
    }
    for (const b of this.#boxes()) b.checked = kept.includes(b.value);
    this.#refresh();
    return kept;
  }

  #save(): void {
    const next = selectionUrl(location.href, this.#chosen());
    if (next !== location.pathname + location.search + location.hash) history.pushState(null, '', next);
    this.#refresh();
  }

  /** What the add box asks for: a case study in the table, beside what was on screen. */
  async #add(id: string): Promise<Outcome> {
    if (this.#shown(id)) return 'already';
    if (!(await this.#load(id))) return 'failed';
    if (!this.#chosen().length) for (const d of this.#defaults) this.#box(d)!.checked = true;
    this.#box(id)!.checked = true;
    this.#save();
    return 'added';
  }
}
