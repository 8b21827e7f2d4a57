/** /data/campaigns.csv: one row per figure as one source reports it. */
import type { APIRoute } from 'astro';
import { getCatalog } from '~/data/catalog.ts';
import { CSV_COLUMNS, metricRecords } from '~/lib/open-data.ts';
import { toCsv } from '~/lib/csv.ts';

export const GET: APIRoute = async () => {
  const { campaigns } = await getCatalog();
  return new Response(toCsv(CSV_COLUMNS, metricRecords(campaigns)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
