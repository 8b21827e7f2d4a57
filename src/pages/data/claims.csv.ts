/** /data/claims.csv: one row per citation, with the claim, the source and the source's own words. */
import type { APIRoute } from 'astro';
import { getCatalogue } from '~/data/catalogue.ts';
import { CLAIM_COLUMNS, claimRecords } from '~/lib/open-data/records.ts';
import { toCsv } from '~/lib/open-data/csv.ts';

export const GET: APIRoute = async () => {
  const { campaigns } = await getCatalogue();
  return new Response(toCsv(CLAIM_COLUMNS, claimRecords(campaigns)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
