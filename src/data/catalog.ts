/**
 * The one data module. Every page reads content through here: each collection is loaded once
 * per build, references are resolved into objects, and reverse indexes (campaigns by cause,
 * by organisation, …) are built once. Pages never call getCollection() themselves, which would
 * cost O(pages × entries).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { ORGANISATION_ROLES, type OrganisationRole } from '../schemas/vocabulary.ts';
import type { Metric } from '../schemas/campaign.ts';
import { brokenReferenceMessage, campaignReferences, citedSourceIds } from '../lib/references.ts';
import { yearOf } from '../lib/dates.ts';
import { lastChanged } from '../lib/content-version.ts';
import { relatedTo } from '../lib/related.ts';
import { countryName, languageName } from '../schemas/locale.ts';
import { largest } from '../lib/metrics.ts';
import { paths } from '../lib/paths.ts';
import type { Filter, ListingItem } from '../lib/listing.ts';

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
  /** The version readers see: when the case study's file last changed in git (today for an uncommitted file). */
  version: Date;
  /** Every source the case study cites, in order of first citation. */
  sources: Source[];
}

/** A case study related to another, with what the two have in common. */
export interface RelatedCampaign {
  campaign: Campaign;
  causes: Cause[];
  organisations: Organisation[];
  mechanics: Mechanic[];
}

/** A lesson on a playbook theme page, with the case study it comes from. */
export interface ThemeLesson {
  campaign: Campaign;
  lesson: Campaign['lessons'][number];
}

/** An organisation's case studies in one role. */
export interface RoleGroup {
  role: OrganisationRole;
  campaigns: Campaign[];
}

export interface Catalog {
  /** Published case studies, newest launch first. Every list of case studies below keeps this order. */
  campaigns: Campaign[];
  organisations: Organisation[];
  causes: Cause[];
  mechanics: Mechanic[];
  themes: Theme[];
  sources: Source[];
  /** Years in which at least one case study launched, newest first. */
  years: number[];
  /** Country codes named by at least one case study, by English name. */
  countries: string[];
  /** Language tags named by at least one case study, by English name. */
  languages: string[];
  campaign(id: string): Campaign | undefined;
  /** Case studies serving a cause. */
  byCause(id: string): Campaign[];
  /** Case studies an organisation took part in, in any role. */
  byOrganisation(id: string): Campaign[];
  /** An organisation's case studies grouped by its role, roles in vocabulary order, empty roles left out. */
  byOrganisationRole(id: string): RoleGroup[];
  byMechanic(id: string): Campaign[];
  byYear(year: number): Campaign[];
  byCountry(code: string): Campaign[];
  byLanguage(tag: string): Campaign[];
  /** Every lesson filed under a playbook theme, newest case study first. */
  lessonsByTheme(id: string): ThemeLesson[];
  /** Up to four related case studies, best first (scoring in src/lib/related.ts). */
  related(id: string): RelatedCampaign[];
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
        version: lastChanged(`content/campaigns/${entry.id}.mdx`) ?? new Date(),
      };
    })
    .sort((a, b) => b.data.launched.start.getTime() - a.data.launched.start.getTime() || a.id.localeCompare(b.id));
  const campaignMap = indexById(campaigns);

  // Reverse indexes, built once. Campaigns are visited newest first, so every list is too.
  const byCause = groupBy(campaigns, (c) => c.data.causes);
  const byOrganisation = groupBy(campaigns, (c) => c.data.organisations.map((o) => o.id));
  const byOrganisationRole = groupBy(campaigns, (c) => c.data.organisations.map((o) => `${o.id}\u0000${o.role}`));
  const byMechanic = groupBy(campaigns, (c) => c.data.mechanics);
  const byYear = groupBy(campaigns, (c) => [String(c.year)]);
  const byCountry = groupBy(campaigns, (c) => c.data.countries);
  const byLanguage = groupBy(campaigns, (c) => c.data.languages);
  const lessonsByTheme = new Map<string, ThemeLesson[]>();
  for (const campaign of campaigns) {
    for (const lesson of campaign.lessons) push(lessonsByTheme, lesson.theme.id, { campaign, lesson });
  }
  const relatable = campaigns.map((c) => ({
    id: c.id,
    causes: c.data.causes,
    mechanics: c.data.mechanics,
    organisations: c.data.organisations,
    launched: c.data.launched.start.getTime(),
  }));
  const related = new Map(
    relatable.map((target) => [
      target.id,
      relatedTo(target, relatable).map(({ item, shared }): RelatedCampaign => ({
        campaign: campaignMap.get(item.id)!,
        causes: shared.causes.map((id) => get(maps.causes, id)),
        organisations: shared.organisations.map((id) => get(maps.organisations, id)),
        mechanics: shared.mechanics.map((id) => get(maps.mechanics, id)),
      })),
    ]),
  );
  const byDisplayName = (name: (code: string) => string | undefined) => (a: string, b: string) =>
    (name(a) ?? a).localeCompare(name(b) ?? b, 'en');

  return {
    campaigns,
    organisations: organisations.sort(byName),
    causes: causes.sort(byName),
    mechanics: mechanics.sort(byName),
    themes: themes.sort(byName),
    sources,
    years: [...byYear.keys()].map(Number).sort((a, b) => b - a),
    countries: [...byCountry.keys()].sort(byDisplayName(countryName)),
    languages: [...byLanguage.keys()].sort(byDisplayName(languageName)),
    campaign: (id) => campaignMap.get(id),
    byCause: (id) => byCause.get(id) ?? [],
    byOrganisation: (id) => byOrganisation.get(id) ?? [],
    byOrganisationRole: (id) =>
      ORGANISATION_ROLES.map((role) => ({ role, campaigns: byOrganisationRole.get(`${id}\u0000${role}`) ?? [] })).filter(
        (group) => group.campaigns.length > 0,
      ),
    byMechanic: (id) => byMechanic.get(id) ?? [],
    byYear: (year) => byYear.get(String(year)) ?? [],
    byCountry: (code) => byCountry.get(code) ?? [],
    byLanguage: (tag) => byLanguage.get(tag) ?? [],
    lessonsByTheme: (id) => lessonsByTheme.get(id) ?? [],
    related: (id) => related.get(id) ?? [],
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Each campaign under every key it has, once per key even if a key repeats. */
function groupBy(campaigns: readonly Campaign[], keys: (c: Campaign) => readonly string[]): Map<string, Campaign[]> {
  const map = new Map<string, Campaign[]>();
  for (const campaign of campaigns) for (const key of new Set(keys(campaign))) push(map, key, campaign);
  return map;
}

/** Display name of an organisation: its short name if it has one. */
export const orgLabel = (org: Organisation) => org.data.shortName ?? org.data.name;

/** Display names of the organisations that led a campaign. */
export const leadLabels = (campaign: Campaign) =>
  campaign.organisations.filter((o) => o.role === 'lead').map((o) => orgLabel(o.organisation));

/** A value the case-study listing can filter by, with its page and how many case studies have it. */
export interface Facet {
  value: string;
  label: string;
  href: string;
  count: number;
}

/** For each listing filter, every value at least one case study has, in the order readers scan them. */
export function listingFacets(catalog: Catalog): Record<Filter, Facet[]> {
  const used = (facets: Facet[]) => facets.filter((f) => f.count > 0);
  return {
    cause: used(
      catalog.causes.map((c) => ({ value: c.id, label: c.data.name, href: paths.cause(c.id), count: catalog.byCause(c.id).length })),
    ),
    organisation: used(
      catalog.organisations.map((o) => ({
        value: o.id,
        label: orgLabel(o),
        href: paths.organisation(o.id),
        count: catalog.byOrganisation(o.id).length,
      })),
    ),
    mechanic: used(
      catalog.mechanics.map((m) => ({
        value: m.id,
        label: m.data.name,
        href: paths.mechanic(m.id),
        count: catalog.byMechanic(m.id).length,
      })),
    ),
    year: catalog.years.map((y) => ({ value: String(y), label: String(y), href: paths.year(y), count: catalog.byYear(y).length })),
  };
}

/** What the listing's script filters and sorts a case study by. */
export function listingItem(campaign: Campaign): ListingItem {
  return {
    cause: campaign.data.causes,
    organisation: campaign.data.organisations.map((o) => o.id),
    mechanic: campaign.data.mechanics,
    year: [String(campaign.year)],
    launched: campaign.data.launched.start.getTime(),
    views: largest(campaign.data.metrics, 'views'),
  };
}
