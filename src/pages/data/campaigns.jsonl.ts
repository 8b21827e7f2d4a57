/**
 * /data/campaigns.jsonl: the same records as campaigns.json, one case study per line (JSON
 * Lines), so a reader can stream the catalogue a line at a time instead of loading it whole.
 */
import type { APIRoute } from 'astro';
import { getCatalogue } from '~/data/catalogue.ts';
import { campaignRecord } from '~/lib/open-data/records.ts';

export const GET: APIRoute = async ({ site }) => {
  const { campaigns } = await getCatalogue();
  const body = campaigns.map((c) => `${JSON.stringify(campaignRecord(c, site!))}\n`).join('');
  return new Response(body, { headers: { 'Content-Type': 'application/jsonl; charset=utf-8' } });
};
