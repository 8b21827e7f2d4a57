/**
 * `<causeway-sortable-table>`: sortable columns for the table it wraps, as an enhancement. Each
 * header marked `data-sort="number|text"` gets a button, and aria-sort says how the table is
 * ordered. Cells give their key in `data-sort-value`. A hidden `data-sort-hint` element inside
 * it is revealed and describes the table, since the hint only makes sense once the buttons
 * exist. Rows added later (the compare picker's) are put in place when the table is sorted.
 * With `data-sort-in-url`, the order is kept in the address (`?sort=views&dir=descending`, each
 * header naming its column in `data-column`), so a shared link and Back show the same order.
 * Without this script the table is complete, in its original order.
 */
import { compareSortValues, nextDirection, sortFromSearch, sortUrl, type SortDirection } from '~/lib/compare/table-sort.ts';
import { ROWS_ADDED, part } from './dom.ts';

const ARROWS: Record<SortDirection | 'none', string> = { ascending: '▲', descending: '▼', none: '↕' };

export class SortableTable extends HTMLElement {
  connectedCallback(): void {
    const table = part<HTMLTableElement>(this, 'table');
    const headers = [...(table.tHead?.rows[0]?.cells ?? [])];
    const body = table.tBodies[0];
    if (!body) return;

    const inUrl = this.hasAttribute('data-sort-in-url');
    const columns = headers.map((th) => ({ key: th.dataset['column'] ?? '', numeric: th.dataset['sort'] === 'number' }));
    const sortBy = (index: number, direction: SortDirection) => {
      const th = headers[index]!;
      const numeric = th.dataset['sort'] === 'number';
      const key = (row: HTMLTableRowElement) => row.cells[index]?.dataset['sortValue'] ?? '';
      const rows = [...body.rows].sort((a, b) => compareSortValues(key(a), key(b), numeric, direction));
      body.append(...rows);
      for (const other of headers) {
        const sorted = other === th;
        if (sorted) other.setAttribute('aria-sort', direction);
        else other.removeAttribute('aria-sort');
        const arrow = other.querySelector('[data-sort-arrow]');
        if (arrow) arrow.textContent = ARROWS[sorted ? direction : 'none'];
      }
    };

    headers.forEach((th, index) => {
      if (!th.dataset['sort']) return;
      const button = document.createElement('button');
      button.type = 'button';
      button.className =
        'inline-flex min-h-6 min-w-6 items-center gap-1 rounded py-0.5 font-bold text-left hover:text-accent-700 dark:hover:text-accent-300 cursor-pointer';
      button.append(...th.childNodes);
      const arrow = document.createElement('span');
      arrow.dataset['sortArrow'] = '';
      arrow.setAttribute('aria-hidden', 'true');
      arrow.className = 'text-xs text-slate-500 dark:text-slate-400';
      arrow.textContent = ARROWS.none;
      button.append(arrow);
      button.addEventListener('click', () => {
        const direction = nextDirection(th.getAttribute('aria-sort'), th.dataset['sort'] === 'number');
        sortBy(index, direction);
        // The same page in another order: no new history entry.
        if (inUrl) history.replaceState(history.state, '', sortUrl(location.href, { column: columns[index]!.key, direction }));
      });
      th.append(button);
    });
    this.addEventListener(ROWS_ADDED, () => {
      const sorted = headers.findIndex((th) => th.hasAttribute('aria-sort'));
      if (sorted >= 0) sortBy(sorted, headers[sorted]!.getAttribute('aria-sort') as SortDirection);
    });
    if (inUrl) {
      const fromUrl = () => {
        const sort = sortFromSearch(
          location.search,
          columns.filter((c) => c.key),
        );
        if (sort)
          sortBy(
            columns.findIndex((c) => c.key === sort.column),
            sort.direction,
          );
      };
      fromUrl();
      addEventListener('popstate', fromUrl);
    }
    const hint = this.querySelector<HTMLElement>('[data-sort-hint]');
    if (hint) {
      hint.hidden = false;
      table.setAttribute('aria-describedby', hint.id);
    }
  }
}
