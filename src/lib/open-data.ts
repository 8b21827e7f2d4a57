/**
 * The open-data exports: every case study as a plain JSON record with each reference resolved,
 * and every metric claim as a CSV row. Both endpoints and the data page read this module, so
 * the files and their documentation are built from one definition.
 */
import type { Campaign, Source } from '../data/catalog.ts';
import type { PartialDate } from './dates.ts';
import type { CsvValue } from './csv.ts';

/** Bumped when a field is renamed or removed, so scripts that read the file can tell. */
export const OPEN_DATA_VERSION = 1;

export const dateRecord = (date: PartialDate | undefined) => (date ? { date: date.iso, precision: date.precision } : null);

export function sourceRecord({ id, data }: Source) {
  return {
    id,
    title: data.title,
    publisher: data.publisher,
    authors: data.authors,
    published: dateRecord(data.published),
    url: data.url,
    kind: data.kind,
    language: data.language,
  };
}

export function campaignRecord(campaign: Campaign, site: URL) {
  const { data } = campaign;
  return {
    slug: campaign.id,
    url: new URL(`/campaigns/${campaign.id}/`, site).href,
    title: data.title,
    hashtags: data.hashtags,
    summary: data.summary,
    launched: dateRecord(data.launched),
    ended: dateRecord(data.ended),
    year: campaign.year,
    organisations: campaign.organisations.map(({ organisation: o, role }) => ({
      id: o.id,
      name: o.data.name,
      shortName: o.data.shortName ?? null,
      kind: o.data.kind,
      website: o.data.website ?? null,
      role,
    })),
    causes: campaign.causes.map((c) => ({ id: c.id, name: c.data.name, sdgs: c.data.sdgs })),
    mechanics: campaign.mechanics.map((m) => ({ id: m.id, name: m.data.name })),
    countries: data.countries,
    languages: data.languages,
    metrics: campaign.metrics.map((m) => ({
      kind: m.kind,
      value: m.value,
      qualifier: m.qualifier,
      currency: m.currency ?? null,
      scope: m.scope ?? null,
      asOf: dateRecord(m.asOf),
      caveat: m.caveat ?? null,
      source: sourceRecord(m.source),
    })),
    quotations: campaign.quotations.map((q) => ({
      text: q.text,
      speaker: q.speaker,
      role: q.role ?? null,
      source: sourceRecord(q.source),
    })),
    lessons: campaign.lessons.map((l) => ({
      theme: { id: l.theme.id, name: l.theme.data.name },
      text: l.text,
      source: sourceRecord(l.source),
    })),
    sources: campaign.sources.map(sourceRecord),
    safeguarding: data.safeguarding ?? null,
  };
}

/** The whole of campaigns.json. */
export function openDataDocument(campaigns: readonly Campaign[], site: URL) {
  return {
    version: OPEN_DATA_VERSION,
    site: site.href,
    documentation: new URL('/data/', site).href,
    campaigns: campaigns.map((c) => campaignRecord(c, site)),
  };
}

/** The columns of campaigns.csv, in order. */
export const CSV_COLUMNS = [
  'campaign',
  'campaign_title',
  'kind',
  'value',
  'qualifier',
  'currency',
  'scope',
  'as_of',
  'caveat',
  'source_id',
  'source_title',
  'source_publisher',
  'source_published',
  'source_url',
  'source_kind',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** One CSV record per metric claim, campaigns in catalogue order, claims in file order. */
export function metricRecords(campaigns: readonly Campaign[]): CsvValue[][] {
  return campaigns.flatMap((c) =>
    c.metrics.map((m) => [
      c.id,
      c.data.title,
      m.kind,
      m.value,
      m.qualifier,
      m.currency,
      m.scope,
      m.asOf?.iso,
      m.caveat,
      m.source.id,
      m.source.data.title,
      m.source.data.publisher,
      m.source.data.published?.iso,
      m.source.data.url,
      m.source.data.kind,
    ]),
  );
}

/**
 * Every field path in a JSON value, arrays written as `[]`: `campaigns[].metrics[].value`.
 * The data page's tests compare this with the documented fields so the two cannot drift.
 */
export function jsonPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return [...new Set(value.flatMap((item) => jsonPaths(item, `${prefix}[]`)))];
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => {
      const path = prefix ? `${prefix}.${key}` : key;
      return [path, ...jsonPaths(inner, path)];
    });
  }
  return [];
}
