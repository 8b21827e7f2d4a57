/**
 * /data/facets/<facet>.json: every value of one explorer facet, with its label and its count
 * over the catalogue. The explorer renders a long facet's most common values only and fetches
 * this file when the reader asks to see them all (src/data/facets.ts).
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { cached, getCatalogue } from '~/data/catalogue.ts';
import { facetValues } from '~/data/facets.ts';
import { SEARCH_FILTERS } from '~/lib/search/records.ts';

export const getStaticPaths = (async () => {
  const catalogue = await getCatalogue();
  const values = facetValues(catalogue);
  return cached(
    catalogue,
    SEARCH_FILTERS.map((facet) => ({ params: { facet }, props: { values: values[facet] } })),
  );
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { values } }) =>
  new Response(`${JSON.stringify(values)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
