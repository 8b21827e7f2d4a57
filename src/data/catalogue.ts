/**
 * The one data module. Every page reads content through here: each collection is loaded once
 * per build, references are resolved into objects, and reverse indexes (campaigns by cause,
 * by organisation, …) are built once. Pages never call getCollection() themselves, which would
 * cost O(pages × entries).
 */
import { createHash } from 'node:crypto';
import { getCollection, type CollectionEntry } from 'astro:content';
import { ORGANISATION_ROLES, type AwardShow, type OrganisationRole } from '~/schemas/vocabulary.ts';
import { brokenReferenceMessage, campaignReferences, citedSourceIds } from '~/lib/model/references.ts';
import { newestFirst, yearOf } from '~/schemas/dates.ts';
import { firstCommitted, lastChanged } from '~/lib/content/git-dates.node.ts';
import { relatedIndex } from '~/lib/site/related.ts';
import { countryName, languageName } from '~/schemas/locale.ts';
import { ancestorsOf, leadsOf, membersOf } from '~/lib/model/organisations.ts';
import type { Citation, ResolvedCampaign, SourcedAward } from '~/lib/model/entries.ts';
import { awardsByShow, type ShowAwards } from '~/lib/model/awards.ts';
import { formatClaim } from '~/lib/figures/metrics.ts';
import { ui } from '~/i18n/ui.ts';
import { checkMdxBody } from '~/lib/content/mdx-safety.ts';
import { checkStatusOf } from '~/lib/content/check-record.node.ts';

export type { SourcedMetric } from '~/lib/model/entries.ts';

export type Organisation = CollectionEntry<'organisations'>;
export type Cause = CollectionEntry<'causes'>;
export type Mechanic = CollectionEntry<'mechanics'>;
export type Theme = CollectionEntry<'themes'>;
export type Objective = CollectionEntry<'objectives'>;
export type Source = CollectionEntry<'sources'>;
export type CampaignEntry = CollectionEntry<'campaigns'>;
/** A prose page of the site, such as About (content/pages/). */
export type Page = CollectionEntry<'pages'>;

/**
 * A case study with every reference resolved to its entry (the shape lib modules take), plus
 * the collection entry that pages render. Its version is today for an uncommitted file.
 */
export interface Campaign extends ResolvedCampaign {
  entry: CampaignEntry;
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

/** A correction of a case study, with the case study it belongs to. */
export interface CampaignCorrection {
  campaign: Campaign;
  correction: Campaign['data']['corrections'][number];
}

/** An organisation's case studies in one role. */
export interface RoleGroup {
  role: OrganisationRole;
  campaigns: Campaign[];
}

export interface Catalogue {
  /**
   * Changes whenever anything a page could show changes: every entry of every collection (by
   * Astro's content digest) and every case study's git dates. Pages hand it to Astro's
   * incremental build as their `cacheKey` (see `cached`), so a rebuild with nothing changed
   * copies the last build's pages instead of rendering them again.
   */
  key: string;
  /** Published case studies, newest launch first. Every list of case studies below keeps this order. */
  campaigns: Campaign[];
  organisations: Organisation[];
  causes: Cause[];
  mechanics: Mechanic[];
  themes: Theme[];
  /** Every kind of objective, by name, whether or not a case study states it. */
  objectives: Objective[];
  sources: Source[];
  /** Years in which at least one case study launched, newest first. */
  years: number[];
  /** Country codes named by at least one case study, by English name. */
  countries: string[];
  /** Language tags named by at least one case study, by English name. */
  languages: string[];
  campaign(id: string): Campaign | undefined;
  /** A prose page by id (its file name in content/pages/). */
  page(id: string): Page | undefined;
  /** Case studies serving a cause. */
  byCause(id: string): Campaign[];
  /** Case studies an organisation took part in, in any role. */
  byOrganisation(id: string): Campaign[];
  /** An organisation's case studies grouped by its role, roles in vocabulary order, empty roles left out. */
  byOrganisationRole(id: string): RoleGroup[];
  /** The organisations an organisation is directly part of (its `partOf`), in file order. */
  partOf(id: string): Organisation[];
  /** Every organisation it belongs to, directly or through its parents, nearest first. */
  ancestors(id: string): Organisation[];
  /** The organisations directly part of it, by name. */
  members(id: string): Organisation[];
  /** Case studies that its members (and their members) took part in, each once, whether or not it did. */
  byMembers(id: string): Campaign[];
  byMechanic(id: string): Campaign[];
  byYear(year: number): Campaign[];
  byCountry(code: string): Campaign[];
  byLanguage(tag: string): Campaign[];
  /** Case studies whose sources state an objective of this kind. */
  byObjective(id: string): Campaign[];
  /** Case studies with an award, a finalist's place or a shortlist at this show. */
  byAwardShow(show: AwardShow): Campaign[];
  /** Every award of every case study, by show and year (see lib/model/awards.ts). */
  awards: ShowAwards<Campaign, SourcedAward>[];
  /** Every lesson filed under a playbook theme, newest case study first. */
  lessonsByTheme(id: string): ThemeLesson[];
  /** Every correction of every case study, newest first. */
  corrections: CampaignCorrection[];
  /** Up to four related case studies, best first (scoring in src/lib/site/related.ts). */
  related(id: string): RelatedCampaign[];
}

let catalogue: Promise<Catalogue> | undefined;

/**
 * `paths` with the catalogue's key as each one's `cacheKey`: with Astro's incremental build on,
 * a page whose key and code are both unchanged is copied from the last build, not rendered.
 * Every page built from the catalogue takes the whole catalogue's key, because listings, counts
 * and "related" lists make any page depend on entries other than its own.
 */
export const cached = <T extends object>(catalogue: Pick<Catalogue, 'key'>, paths: readonly T[]) =>
  paths.map((path) => ({ ...path, cacheKey: catalogue.key }));

/** The whole catalogue, loaded on first use and shared by every page of the build. */
export function getCatalogue(): Promise<Catalogue> {
  catalogue ??= loadCatalogue();
  return catalogue;
}

function indexById<T extends { id: string }>(entries: T[]): Map<string, T> {
  return new Map(entries.map((e) => [e.id, e]));
}

const byName = (a: { data: { name: string } }, b: { data: { name: string } }) => a.data.name.localeCompare(b.data.name, 'en');

async function loadCatalogue(): Promise<Catalogue> {
  const [entries, organisations, causes, mechanics, themes, objectives, sources, pages] = await Promise.all([
    getCollection('campaigns', (c) => !c.data.draft),
    getCollection('organisations'),
    getCollection('causes'),
    getCollection('mechanics'),
    getCollection('themes'),
    getCollection('objectives'),
    getCollection('sources'),
    getCollection('pages'),
  ]);
  const maps = {
    organisations: indexById(organisations),
    causes: indexById(causes),
    mechanics: indexById(mechanics),
    themes: indexById(themes),
    objectives: indexById(objectives),
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
      const organisations = d.organisations.map((o) => ({ organisation: get(maps.organisations, o.id), role: o.role }));
      const sourceIds = citedSourceIds(d);
      return {
        id: entry.id,
        entry,
        data: d,
        year: yearOf(d.launched),
        organisations,
        leads: leadsOf(organisations),
        causes: d.causes.map((id) => get(maps.causes, id)),
        mechanics: d.mechanics.map((id) => get(maps.mechanics, id)),
        metrics: d.metrics.map((m) => ({ ...m, source: get(maps.sources, m.source) })),
        quotations: d.quotations.map((q) => ({ ...q, source: get(maps.sources, q.source) })),
        lessons: d.lessons.map((l) => ({ ...l, source: get(maps.sources, l.source), theme: get(maps.themes, l.theme) })),
        objectives: d.objectives.map(({ id, ...o }) => ({
          ...o,
          objective: get(maps.objectives, id),
          source: get(maps.sources, o.source),
        })),
        targets: d.targets.map((t) => ({ ...t, source: get(maps.sources, t.source) })),
        resources: d.resources.map((r) => ({ ...r, source: get(maps.sources, r.source) })),
        awards: d.awards.map((a) => ({ ...a, source: get(maps.sources, a.source) })),
        sources: sourceIds.map((id) => get(maps.sources, id)),
        citations: [
          ...checkMdxBody(entry.body ?? '').cites.map((c): Citation => ({
            field: 'body',
            claim: c.claim,
            source: get(maps.sources, c.id),
            // The content check stops a build on a Cite without a passage; only a dev server gets this far.
            passage: c.passage ?? '',
            translation: c.translation,
          })),
          ...[
            ...d.lessons.map((l, i) => ({ field: `lessons[${i}]`, claim: l.text, ...l })),
            ...d.objectives.map((o, i) => ({ field: `objectives[${i}]`, claim: o.text, ...o })),
            ...d.targets.map((t, i) => ({ field: `targets[${i}]`, claim: `${ui.caseStudy.target} ${t.wording ?? formatClaim(t)}`, ...t })),
            ...d.resources.map((r, i) => ({
              field: `resources[${i}]`,
              claim: `${ui.resourceKinds[r.kind]}: ${r.wording ?? (r.kind === 'team' ? ui.caseStudy.teamSize(formatClaim(r)) : formatClaim(r))}`,
              ...r,
            })),
            ...d.awards.map((a, i) => ({ field: `awards[${i}]`, claim: ui.caseStudy.award(a), ...a })),
          ].map(({ field, claim, source, passage, translation }): Citation => ({
            field,
            claim,
            source: get(maps.sources, source),
            passage,
            translation,
          })),
        ],
        version: lastChanged(`content/campaigns/${entry.id}.mdx`) ?? new Date(),
        published: d.published?.start ?? firstCommitted(`content/campaigns/${entry.id}.mdx`) ?? new Date(),
        check: checkStatusOf(entry.id, d.checked, sourceIds),
      };
    })
    .sort(newestFirst);
  const campaignMap = indexById(campaigns);

  // Reverse indexes, built once. Campaigns are visited newest first, so every list is too.
  const ids = (entries: readonly { id: string }[]) => entries.map((e) => e.id);
  const byCause = groupBy(campaigns, (c) => ids(c.causes));
  const byOrganisation = groupBy(campaigns, (c) => c.organisations.map((o) => o.organisation.id));
  const byOrganisationRole = groupBy(campaigns, (c) => c.organisations.map((o) => `${o.organisation.id}\u0000${o.role}`));
  const ancestors = new Map(organisations.map((o) => [o.id, ancestorsOf(o.id, maps.organisations)]));
  const byMembers = groupBy(campaigns, (c) => c.organisations.flatMap((o) => ancestors.get(o.organisation.id) ?? []));
  const byMechanic = groupBy(campaigns, (c) => ids(c.mechanics));
  const byYear = groupBy(campaigns, (c) => [String(c.year)]);
  const byCountry = groupBy(campaigns, (c) => c.data.countries);
  const byLanguage = groupBy(campaigns, (c) => c.data.languages);
  const byObjective = groupBy(campaigns, (c) => c.objectives.map((o) => o.objective.id));
  const byAwardShow = groupBy(campaigns, (c) => c.awards.map((a) => a.show));
  const lessonsByTheme = new Map<string, ThemeLesson[]>();
  for (const campaign of campaigns) {
    for (const lesson of campaign.lessons) push(lessonsByTheme, lesson.theme.id, { campaign, lesson });
  }
  const relatable = campaigns.map((c) => ({
    id: c.id,
    causes: ids(c.causes),
    mechanics: ids(c.mechanics),
    organisations: c.organisations.map((o) => ({ id: o.organisation.id, role: o.role })),
    launched: c.data.launched.start.getTime(),
  }));
  const relatedOf = relatedIndex(relatable);
  const related = new Map(
    relatable.map((target) => [
      target.id,
      relatedOf(target).map(({ item, shared }): RelatedCampaign => ({
        campaign: campaignMap.get(item.id)!,
        causes: shared.causes.map((id) => get(maps.causes, id)),
        organisations: shared.organisations.map((id) => get(maps.organisations, id)),
        mechanics: shared.mechanics.map((id) => get(maps.mechanics, id)),
      })),
    ]),
  );
  const key = createHash('sha256');
  for (const [collection, list] of Object.entries({
    campaigns: entries,
    organisations,
    causes,
    mechanics,
    themes,
    objectives,
    sources,
    pages,
  })) {
    for (const entry of list) key.update(`${collection}/${entry.id} ${entry.digest ?? JSON.stringify(entry.data)}\n`);
  }
  // To the day, as pages print them: an uncommitted file's "today" must not change the key every build.
  for (const c of campaigns) key.update(`${c.id} ${c.version.toISOString().slice(0, 10)} ${c.published.toISOString().slice(0, 10)}\n`);

  const byDisplayName = (name: (code: string) => string | undefined) => (a: string, b: string) =>
    (name(a) ?? a).localeCompare(name(b) ?? b, 'en');

  return {
    key: key.digest('hex'),
    campaigns,
    organisations: organisations.sort(byName),
    causes: causes.sort(byName),
    mechanics: mechanics.sort(byName),
    themes: themes.sort(byName),
    objectives: objectives.sort(byName),
    sources,
    years: [...byYear.keys()].map(Number).sort((a, b) => b - a),
    countries: [...byCountry.keys()].sort(byDisplayName(countryName)),
    languages: [...byLanguage.keys()].sort(byDisplayName(languageName)),
    campaign: (id) => campaignMap.get(id),
    page: (id) => pages.find((p) => p.id === id),
    byCause: (id) => byCause.get(id) ?? [],
    byOrganisation: (id) => byOrganisation.get(id) ?? [],
    byOrganisationRole: (id) =>
      ORGANISATION_ROLES.map((role) => ({ role, campaigns: byOrganisationRole.get(`${id}\u0000${role}`) ?? [] })).filter(
        (group) => group.campaigns.length > 0,
      ),
    partOf: (id) => (maps.organisations.get(id)?.data.partOf ?? []).flatMap((p) => maps.organisations.get(p) ?? []),
    ancestors: (id) => (ancestors.get(id) ?? []).map((a) => get(maps.organisations, a)),
    members: (id) => membersOf(id, organisations),
    byMembers: (id) => byMembers.get(id) ?? [],
    byMechanic: (id) => byMechanic.get(id) ?? [],
    byYear: (year) => byYear.get(String(year)) ?? [],
    byCountry: (code) => byCountry.get(code) ?? [],
    byLanguage: (tag) => byLanguage.get(tag) ?? [],
    byObjective: (id) => byObjective.get(id) ?? [],
    byAwardShow: (show) => byAwardShow.get(show) ?? [],
    awards: awardsByShow(campaigns),
    lessonsByTheme: (id) => lessonsByTheme.get(id) ?? [],
    corrections: campaigns
      .flatMap((campaign) => campaign.data.corrections.map((correction) => ({ campaign, correction })))
      .sort((a, b) => b.correction.date.start.getTime() - a.correction.date.start.getTime() || a.campaign.id.localeCompare(b.campaign.id)),
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
