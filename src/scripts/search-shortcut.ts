/** Helpers of the header search box's script; kept tiny because it runs on every page. */

/** True while focus is in something that takes typed text, where `/` must type a slash. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type)
  );
}

/** Asks the browser to fetch Pagefind's script in idle time, once the reader starts to search. */
export function prefetchSearch(): void {
  if (document.querySelector('link[data-search-prefetch]')) return;
  const link = document.createElement('link');
  link.rel = 'prefetch';
  link.href = '/pagefind/pagefind.js';
  link.dataset.searchPrefetch = '';
  document.head.append(link);
}
