/**
 * The compare page's choice of campaigns, kept in the URL as `?c=slug,slug` so a comparison can
 * be shared. Shipped to the browser, so it stays tiny and free of build-time imports.
 */

export const SELECTION_PARAM = 'c';

/**
 * The chosen slugs from a query string. Reads both `?c=a,b` (our links) and `?c=a&c=b` (what the
 * form submits without JavaScript); drops unknown and repeated slugs, keeps the reader's order.
 * `known` lists the slugs there are, or tells one when the list is too long to send (the picker
 * passes `isSlug` and finds out from the server which exist).
 */
export function parseSelection(search: string | URLSearchParams, known: readonly string[] | ((slug: string) => boolean)): string[] {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const wanted = params.getAll(SELECTION_PARAM).flatMap((value) => value.split(','));
  const allowed = typeof known === 'function' ? known : (slug: string) => known.includes(slug);
  return [...new Set(wanted.map((s) => s.trim()).filter(allowed))];
}

/** The URL with the selection written as `?c=a,b`, other parameters and the hash kept. */
export function selectionUrl(url: string | URL, slugs: readonly string[]): string {
  const next = new URL(url);
  next.searchParams.delete(SELECTION_PARAM);
  const rest = next.searchParams.toString();
  // Written by hand because URLSearchParams would encode the commas as %2C.
  const query = [rest, slugs.length ? `${SELECTION_PARAM}=${slugs.map(encodeURIComponent).join(',')}` : ''].filter(Boolean).join('&');
  return `${next.pathname}${query ? `?${query}` : ''}${next.hash}`;
}
