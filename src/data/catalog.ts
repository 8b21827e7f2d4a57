/**
 * The one data module. Every page reads content through here: each collection is loaded once
 * per build, references are resolved into objects, and reverse indexes (campaigns by cause,
 * by organisation, …) are built once. Pages never call getCollection() themselves, which would
 * cost O(pages × entries).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { OrganisationRole } from '../schemas/vocabulary.ts';
import type { Metric } from '../schemas/campaign.ts';
import { brokenReferenceMessage, campaignReferences, citedSourceIds } from '../lib/references.ts';
import { yearOf } from '../lib/dates.ts';

export type Organisation = CollectionEntry<'organisations'>;
export type Cause = CollectionEntry<'causes'>;
export type Mechanic = CollectionEntry<'mechanics'>;
export type Theme = CollectionEntry<'themes'>;
export type Source = CollectionEntry<'sources'>;
export type CampaignEntry = CollectionEntry<'campaigns'>;

/** A metric claim with its source resolved. */
export interface SourcedMetric extends Omit<Metric, 'source'> {
  source: Source;
}

/** A case study with every reference resolved to its entry. */
export interface Campaign {
  id: string;
  entry: CampaignEntry;
  data: CampaignEntry['data'];
  year: number;
  organisations: { organisation: Organisation; role: OrganisationRole }[];
  causes: Cause[];
  mechanics: Mechanic[];
  metrics: SourcedMetric[];
  quotations: (Omit<CampaignEntry['data']['quotations'][number], 'source'> & { source: Source })[];
  lessons: (Omit<CampaignEntry['data']['lessons'][number], 'source' | 'theme'> & { source: Source; theme: Theme })[];
  /** Every source the case study cites, in order of first citation. */
  sources: Source[];
}

export interface Catalog {
  /** Published case studies, newest launch first. */
  campaigns: Campaign[];
  organisations: Organisation[];
  causes: Cause[];
  mechanics: Mechanic[];
  themes: Theme[];
  sources: Source[];
  campaign(id: string): Campaign | undefined;
}

let catalog: Promise<Catalog> | undefined;

/** The whole catalogue, loaded on first use and shared by every page of the build. */
export function getCatalog(): Promise<Catalog> {
  catalog ??= loadCatalog();
  return catalog;
}

function indexById<T extends { id: string }>(entries: T[]): Map<string, T> {
  return new Map(entries.map((e) => [e.id, e]));
}

const byName = (a: { data: { name: string } }, b: { data: { name: string } }) => a.data.name.localeCompare(b.data.name, 'en');

async function loadCatalog(): Promise<Catalog> {
  const [entries, organisations, causes, mechanics, themes, sources] = await Promise.all([
    getCollection('campaigns', (c) => !c.data.draft),
    getCollection('organisations'),
    getCollection('causes'),
    getCollection('mechanics'),
    getCollection('themes'),
    getCollection('sources'),
  ]);
  const maps = {
    organisations: indexById(organisations),
    causes: indexById(causes),
    mechanics: indexById(mechanics),
    themes: indexById(themes),
    sources: indexById(sources),
    campaigns: indexById(entries),
  };

  // The content-check integration has already stopped the build on a dangling reference;
  // this second look guards pages against content that changed under a running dev server.
  const problems = entries.flatMap((entry) =>
    campaignReferences(entry.data)
      .filter((ref) => !maps[ref.collection].has(ref.id))
      .map((ref) => `content/campaigns/${entry.id}.mdx: ${brokenReferenceMessage(ref, [...maps[ref.collection].keys()])}`),
  );
  if (problems.length) throw new Error(`Broken references:\n${problems.join('\n')}`);

  const get = <T>(map: Map<string, T>, id: string): T => map.get(id)!;
  const campaigns = entries
    .map((entry): Campaign => {
      const d = entry.data;
      return {
        id: entry.id,
        entry,
        data: d,
        year: yearOf(d.launched),
        organisations: d.organisations.map((o) => ({ organisation: get(maps.organisations, o.id), role: o.role })),
        causes: d.causes.map((id) => get(maps.causes, id)),
        mechanics: d.mechanics.map((id) => get(maps.mechanics, id)),
        metrics: d.metrics.map((m) => ({ ...m, source: get(maps.sources, m.source) })),
        quotations: d.quotations.map((q) => ({ ...q, source: get(maps.sources, q.source) })),
        lessons: d.lessons.map((l) => ({ ...l, source: get(maps.sources, l.source), theme: get(maps.themes, l.theme) })),
        sources: citedSourceIds(d).map((id) => get(maps.sources, id)),
      };
    })
    .sort((a, b) => b.data.launched.start.getTime() - a.data.launched.start.getTime() || a.id.localeCompare(b.id));
  const campaignMap = indexById(campaigns);

  return {
    campaigns,
    organisations: organisations.sort(byName),
    causes: causes.sort(byName),
    mechanics: mechanics.sort(byName),
    themes: themes.sort(byName),
    sources,
    campaign: (id) => campaignMap.get(id),
  };
}

/** Display name of an organisation: its short name if it has one. */
export const orgLabel = (org: Organisation) => org.data.shortName ?? org.data.name;
