/**
 * /data/organisations.json, causes.json, mechanics.json, themes.json and sources.json: each
 * collection that case studies point at, whole, in a file of its own (records in
 * src/lib/open-data/records.ts).
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { cached, getCatalogue } from '~/data/catalogue.ts';
import { OPEN_DATA_COLLECTIONS, collectionDocument } from '~/lib/open-data/records.ts';

export const getStaticPaths = (async () =>
  cached(
    await getCatalogue(),
    OPEN_DATA_COLLECTIONS.map((collection) => ({ params: { collection }, props: { collection } })),
  )) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { collection }, site }) => {
  const body = `${JSON.stringify(collectionDocument(collection, await getCatalogue(), site!), null, 2)}\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
