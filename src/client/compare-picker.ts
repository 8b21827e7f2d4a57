/**
 * `<causeway-compare-picker>` (ComparePicker.astro): keeps the compare page's chosen campaigns in
 * the URL (`?c=slug,slug`) so a comparison can be shared and the back button works. The
 * filtering itself is CSS (see SelectionStyle.astro), driven by the checkboxes, so it also works
 * without this script.
 */
import { parseSelection, selectionUrl } from '~/lib/selection.ts';
import { part } from './dom.ts';

export class ComparePicker extends HTMLElement {
  connectedCallback(): void {
    const form = part<HTMLFormElement>(this, 'form');
    const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name]')];
    const known = boxes.map((box) => box.value);
    const status = part(form, '[data-compare-status]');
    const template = status.dataset['template'] ?? '';

    const chosen = () => boxes.filter((box) => box.checked).map((box) => box.value);
    const announce = () => {
      const shown = chosen().length || known.length;
      status.textContent = template.replace('{shown}', String(shown)).replace('{total}', String(known.length));
    };
    const show = (slugs: string[]) => {
      for (const box of boxes) box.checked = slugs.includes(box.value);
      announce();
    };
    const save = () => {
      const next = selectionUrl(location.href, chosen());
      if (next !== location.pathname + location.search + location.hash) history.pushState(null, '', next);
      announce();
    };

    // Changes apply at once, so the submit button is only needed without JavaScript.
    part(form, '[data-picker-submit]').setAttribute('hidden', '');
    form.addEventListener('change', save);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      save();
    });
    // A reset button clears the boxes after the event, so save on the next turn.
    form.addEventListener('reset', () => setTimeout(save));
    addEventListener('popstate', () => show(parseSelection(location.search, known)));
    const initial = parseSelection(location.search, known);
    show(initial);
    // Rewrite `?c=a&c=b` (from the form without JavaScript) into the short form.
    history.replaceState(null, '', selectionUrl(location.href, initial));
  }
}
