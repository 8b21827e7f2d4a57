/**
 * /data/search-terms.json: the site's vocabulary for the explorer (src/data/search-terms.ts),
 * from which it offers an organisation's page when the words typed are its name, and "did you
 * mean" when a search finds nothing.
 */
import type { APIRoute } from 'astro';
import { getCatalogue } from '~/data/catalogue.ts';
import { searchTerms } from '~/data/search-terms.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(searchTerms(await getCatalogue()))}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
