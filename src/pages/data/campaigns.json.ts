/** /data/campaigns.json: every case study with its references and sources resolved. */
import type { APIRoute } from 'astro';
import { getCatalogue } from '~/data/catalogue.ts';
import { openDataDocument } from '~/lib/open-data/records.ts';

export const GET: APIRoute = async ({ site }) => {
  const { campaigns } = await getCatalogue();
  const body = `${JSON.stringify(openDataDocument(campaigns, site!), null, 2)}\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
