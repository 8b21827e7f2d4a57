/** /data/campaigns.csv: one row per figure as one source reports it. */
import type { APIRoute } from 'astro';
import { getCatalogue } from '~/data/catalogue.ts';
import { CSV_COLUMNS, metricRecords } from '~/lib/open-data/records.ts';
import { toCsv } from '~/lib/open-data/csv.ts';

export const GET: APIRoute = async () => {
  const { campaigns } = await getCatalogue();
  return new Response(toCsv(CSV_COLUMNS, metricRecords(campaigns)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
