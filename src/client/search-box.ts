/**
 * The header search box (SearchForm.astro), as a custom element; kept tiny because it runs on
 * every page. `/` focuses the box, unless the reader is typing in a field (on the search page,
 * the page's own box), and the first time the box is used it asks the browser to fetch
 * Pagefind's script in idle time, so the search page starts sooner.
 */
// No imports: a module of its own stays small enough for Astro to inline in every page, so no
// page fetches a script before the reader searches. The addresses it needs come as attributes.

/** True while focus is in something that takes typed text, where `/` must type a slash. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type)
  );
}

/** Asks the browser to fetch Pagefind's script in idle time, once the reader starts to search. */
function prefetchSearch(href: string): void {
  if (document.querySelector('link[data-search-prefetch]')) return;
  const link = document.createElement('link');
  link.rel = 'prefetch';
  link.href = href;
  link.dataset.searchPrefetch = '';
  document.head.append(link);
}

export class SearchBox extends HTMLElement {
  connectedCallback(): void {
    // None on the search page, where the explorer's box is the one.
    const box = this.querySelector('input');
    document.addEventListener('keydown', (event) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      // On a page with the explorer, its own box is the one to type in.
      (document.querySelector<HTMLInputElement>('causeway-explorer input[name="q"]') ?? box)?.focus();
    });
    const prefetch = this.dataset.prefetch;
    if (prefetch && box) box.addEventListener('focus', () => prefetchSearch(prefetch), { once: true });
  }
}
