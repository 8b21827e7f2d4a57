/**
 * /data/compare-index.json: what the compare page's "Add a case study" box searches, for every
 * case study (layout in src/lib/compare/candidates.ts). The page fetches it on first use only.
 */
import type { APIRoute } from 'astro';
import { getCatalogue } from '~/data/catalogue.ts';
import { compareIndex } from '~/lib/compare/candidates.ts';
import { organisationNames } from '~/lib/search/records.ts';

export const GET: APIRoute = async () => {
  const { campaigns } = await getCatalogue();
  const index = compareIndex(
    campaigns.map((c) => ({
      id: c.id,
      title: c.data.title,
      year: c.year,
      hashtags: c.data.hashtags,
      organisations: c.organisations.map(({ organisation: o }) => ({ id: o.id, names: organisationNames(o.data) })),
    })),
  );
  // One line, no indentation: the file is for the picker, and its size grows with the catalogue.
  return new Response(`${JSON.stringify(index)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
