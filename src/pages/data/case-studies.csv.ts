/** /data/case-studies.csv: one row per case study, with what to filter by, its headline figure and its evidence counts. */
import type { APIRoute } from 'astro';
import { getCatalogue } from '~/data/catalogue.ts';
import { CASE_STUDY_COLUMNS, caseStudyRecords } from '~/lib/open-data/records.ts';
import { toCsv } from '~/lib/open-data/csv.ts';

export const GET: APIRoute = async ({ site }) => {
  const { campaigns } = await getCatalogue();
  return new Response(toCsv(CASE_STUDY_COLUMNS, caseStudyRecords(campaigns, site!)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
