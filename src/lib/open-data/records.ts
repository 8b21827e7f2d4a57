/**
 * The open-data exports: every case study as a plain JSON record with each reference resolved,
 * every metric claim as a CSV row, and one file per collection that case studies point at. The
 * endpoints and the data page read this module, so the files and their documentation are built
 * from one definition.
 */
import type { PartialDate } from '../../schemas/dates.ts';
import type { CsvValue } from './csv.ts';
import type {
  CauseEntry,
  Entry,
  MechanicEntry,
  ObjectiveEntry,
  OrganisationEntry,
  ResolvedCampaign,
  SourceEntry,
  ThemeEntry,
} from '../model/entries.ts';
import { paths } from '../site/paths.ts';
import { SITE } from '../../site.config.ts';
import { evidenceGrade, provenance } from '../figures/evidence.ts';
import { formatRow, metricRows, sourceCount, type ClaimScope } from '../figures/metrics.ts';
import { awardLine } from '../model/awards.ts';
import { AWARD_SHOW_LABELS } from '../../schemas/vocabulary.ts';
import { cardHeadline } from '../compare/columns.ts';
import { countryName } from '../../schemas/locale.ts';
import { regionsOf } from '../model/regions.ts';
import type { CheckStatus } from '../content/check-record.ts';
import { titleIsDescription } from '../../schemas/taxonomy.ts';
import type { ReferenceField } from '../model/references.ts';

/** The fields of a case study the exports read: every field, every reference resolved. */
export type ExportedCampaign = Pick<ResolvedCampaign, 'id' | 'data' | 'year' | 'citations' | 'check' | ReferenceField>;

/**
 * Bumped when a field is renamed, removed or changes type, so scripts that read the file can
 * tell. 3: `scope.part` became an object ({ type, detail }) and money promised became kind `pledged`.
 */
export const OPEN_DATA_VERSION = 3;

export const dateRecord = (date: PartialDate | undefined) => (date ? { date: date.iso, precision: date.precision } : null);

/** A case study's last independent check, with whether the content is still what was checked; null if never checked. */
export function checkRecord(check: CheckStatus, hash: string | undefined) {
  if (check.state === 'unchecked') return null;
  const { date, items, defects, since } = check;
  return { date: date.iso, items, defects, since: since?.iso ?? null, hash: hash ?? null, current: check.state === 'current' };
}

/** What a figure or a target counts. */
const scopeRecord = (scope: ClaimScope) => ({
  type: scope.type,
  detail: scope.detail ?? null,
  part: scope.part ? { type: scope.part.type, detail: scope.part.detail ?? null } : null,
});

/** A result's, a target's, a budget's or a team's number, as its source gives it. */
const figureRecord = <K extends string>(f: {
  kind: K;
  value: number;
  qualifier: string;
  wording?: string | undefined;
  currency?: string | undefined;
}) => ({
  kind: f.kind,
  value: f.value,
  qualifier: f.qualifier,
  wording: f.wording ?? null,
  currency: f.currency ?? null,
});

/** The source of a field entry with the words of it the entry rests on. */
const citedRecord = (entry: { source: SourceEntry; passage: string; translation?: string | undefined }) => ({
  source: sourceRecord(entry.source),
  passage: entry.passage,
  translation: entry.translation ?? null,
});

export function sourceRecord({ id, data }: SourceEntry) {
  return {
    id,
    title: data.title,
    titleTranslation: data.titleTranslation ?? null,
    untitled: titleIsDescription(data.title),
    publisher: data.publisher,
    authors: data.authors,
    published: dateRecord(data.published),
    url: data.url,
    kind: data.kind,
    format: data.format ?? null,
    archived: data.archived ?? null,
    language: data.language,
  };
}

export function campaignRecord(campaign: ExportedCampaign, site: URL) {
  const { data } = campaign;
  return {
    slug: campaign.id,
    url: new URL(paths.campaign(campaign.id), site).href,
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
    objectives: campaign.objectives.map((o) => ({
      id: o.objective.id,
      name: o.objective.data.name,
      text: o.text,
      ...citedRecord(o),
    })),
    metrics: campaign.metrics.map((m) => ({
      ...figureRecord(m),
      scope: scopeRecord(m.scope),
      platform: m.platform,
      attributedTo: m.attributedTo ?? null,
      provenance: provenance([m]),
      doubt: m.doubt ?? null,
      asOf: dateRecord(m.asOf),
      caveat: m.caveat ?? null,
      source: sourceRecord(m.source),
    })),
    targets: campaign.targets.map((t) => ({
      ...figureRecord(t),
      scope: scopeRecord(t.scope),
      ...citedRecord(t),
    })),
    resources: campaign.resources.map((r) => ({
      ...figureRecord(r),
      detail: r.detail ?? null,
      ...citedRecord(r),
    })),
    awards: campaign.awards.map((a) => ({
      show: a.show,
      showName: AWARD_SHOW_LABELS[a.show],
      year: a.year,
      category: a.category,
      level: a.level,
      entry: a.entry ?? null,
      ...citedRecord(a),
    })),
    quotations: campaign.quotations.map((q) => ({
      text: q.text,
      speaker: q.speaker,
      role: q.role ?? null,
      translation: q.translation ?? null,
      source: sourceRecord(q.source),
    })),
    lessons: campaign.lessons.map((l) => ({
      theme: { id: l.theme.id, name: l.theme.data.name },
      text: l.text,
      ...citedRecord(l),
    })),
    sources: campaign.sources.map(sourceRecord),
    citations: campaign.citations.map((c) => ({
      field: c.field,
      claim: c.claim,
      passage: c.passage,
      translation: c.translation ?? null,
      source: sourceRecord(c.source),
    })),
    safeguarding: data.safeguarding ?? null,
    corrections: data.corrections.map((c) => ({ date: dateRecord(c.date), was: c.was, now: c.now, why: c.why })),
    checked: checkRecord(campaign.check, data.checked?.hash),
  };
}

/** The licence of the open data as each JSON file states it, with the line to credit it by (site.config.ts). */
export const licenceRecord = () => ({ id: SITE.contentLicence.id, title: SITE.contentLicence.title, url: SITE.contentLicence.url });

/** What every JSON file of the open data starts with: its format, where it comes from, and how it may be reused. */
const envelope = (site: URL) => ({
  version: OPEN_DATA_VERSION,
  site: new URL(paths.home, site).href,
  documentation: new URL(paths.data, site).href,
  license: licenceRecord(),
  attribution: SITE.attribution,
});

/** The whole of campaigns.json. */
export function openDataDocument(campaigns: readonly ExportedCampaign[], site: URL) {
  return { ...envelope(site), campaigns: campaigns.map((c) => campaignRecord(c, site)) };
}

/**
 * The collections that case studies point at, each published whole as a file of its own
 * (organisations.json…), so a reader who needs only the organisations never loads every
 * case study. Each entry lists the slugs of the case studies that use it, the key to join it
 * with campaigns.jsonl.
 */
export const OPEN_DATA_COLLECTIONS = ['organisations', 'causes', 'mechanics', 'themes', 'objectives', 'sources'] as const;
export type OpenDataCollection = (typeof OPEN_DATA_COLLECTIONS)[number];

/** Everything the collection files are built from: every entry of each collection, and the published case studies. */
export interface CollectionsInput {
  campaigns: readonly Pick<ResolvedCampaign, 'id' | 'organisations' | 'causes' | 'mechanics' | 'lessons' | 'sources' | 'objectives'>[];
  organisations: readonly OrganisationEntry[];
  causes: readonly CauseEntry[];
  mechanics: readonly MechanicEntry[];
  themes: readonly ThemeEntry[];
  objectives: readonly ObjectiveEntry[];
  sources: readonly SourceEntry[];
}

type Referrer = CollectionsInput['campaigns'][number];

/** The values `pairs` files under each key, over every case study in catalogue order. */
function reverseIndex<V>(campaigns: readonly Referrer[], pairs: (c: Referrer) => (readonly [string, V])[]): (key: string) => V[] {
  const map = new Map<string, V[]>();
  for (const campaign of campaigns) {
    for (const [key, value] of pairs(campaign)) {
      const list = map.get(key);
      if (list) list.push(value);
      else map.set(key, [value]);
    }
  }
  return (key) => map.get(key) ?? [];
}

/** The slugs of the case studies that name each id `ids` gives them, each slug once per id. */
const slugsById = (campaigns: readonly Referrer[], ids: (c: Referrer) => string[]) =>
  reverseIndex(campaigns, (c) => [...new Set(ids(c))].map((id) => [id, c.id] as const));

const ids = (entries: readonly { id: string }[]) => entries.map((e) => e.id);

/** The fields of an entry with a name, a description and a page of its own. */
const described = ({ id, data }: Entry<{ name: string; description: string }>, path: string, site: URL) => ({
  id,
  url: new URL(path, site).href,
  name: data.name,
  description: data.description,
});

/** How each collection file's records are made, one per entry of the collection, in the catalogue's order. */
const RECORDS = {
  organisations: ({ campaigns, organisations }: CollectionsInput, site: URL) => {
    const of = reverseIndex(campaigns, (c) =>
      c.organisations.map(({ organisation, role }) => [organisation.id, { slug: c.id, role }] as const),
    );
    return organisations.map((o) => ({
      ...described(o, paths.organisation(o.id), site),
      shortName: o.data.shortName ?? null,
      aliases: o.data.aliases,
      partOf: o.data.partOf,
      kind: o.data.kind,
      website: o.data.website ?? null,
      campaigns: of(o.id),
    }));
  },
  causes: ({ campaigns, causes }: CollectionsInput, site: URL) => {
    const of = slugsById(campaigns, (c) => ids(c.causes));
    return causes.map((c) => ({ ...described(c, paths.cause(c.id), site), sdgs: c.data.sdgs, campaigns: of(c.id) }));
  },
  mechanics: ({ campaigns, mechanics }: CollectionsInput, site: URL) => {
    const of = slugsById(campaigns, (c) => ids(c.mechanics));
    return mechanics.map((m) => ({ ...described(m, paths.mechanic(m.id), site), campaigns: of(m.id) }));
  },
  themes: ({ campaigns, themes }: CollectionsInput, site: URL) => {
    const of = slugsById(campaigns, (c) => c.lessons.map((l) => l.theme.id));
    return themes.map((t) => ({ ...described(t, paths.theme(t.id), site), campaigns: of(t.id) }));
  },
  objectives: ({ campaigns, objectives }: CollectionsInput, site: URL) => {
    const of = slugsById(campaigns, (c) => c.objectives.map((o) => o.objective.id));
    return objectives.map((o) => ({ ...described(o, paths.objective(o.id), site), campaigns: of(o.id) }));
  },
  sources: ({ campaigns, sources }: CollectionsInput) => {
    const of = slugsById(campaigns, (c) => ids(c.sources));
    return sources.map((s) => ({ ...sourceRecord(s), campaigns: of(s.id) }));
  },
} satisfies Record<OpenDataCollection, (input: CollectionsInput, site: URL) => { id: string; campaigns: unknown[] }[]>;

/** The records of one collection file, one per entry of the collection, in the catalogue's order. */
export function collectionRecords<N extends OpenDataCollection>(
  name: N,
  input: CollectionsInput,
  site: URL,
): ReturnType<(typeof RECORDS)[N]> {
  return RECORDS[name](input, site) as ReturnType<(typeof RECORDS)[N]>;
}

/** The whole of one collection file: the envelope, then every entry under the collection's name. */
export function collectionDocument(name: OpenDataCollection, input: CollectionsInput, site: URL) {
  return { ...envelope(site), [name]: collectionRecords(name, input, site) };
}

/** Whether a source's title is a [description] of ours, as a CSV cell. */
const untitledCell = (title: string) => (titleIsDescription(title) ? 'true' : 'false');

/** The columns of campaigns.csv, in order. */
export const CSV_COLUMNS = [
  'campaign',
  'campaign_title',
  'kind',
  'value',
  'qualifier',
  'wording',
  'currency',
  'scope_type',
  'scope_detail',
  'scope_part',
  'scope_part_detail',
  'platform',
  'attributed_to',
  'provenance',
  'doubt',
  'as_of',
  'caveat',
  'source_id',
  'source_title',
  'source_untitled',
  'source_publisher',
  'source_published',
  'source_url',
  'source_kind',
  'source_format',
  'source_archived',
  'campaign_checked',
  'campaign_check',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** One CSV record per metric claim, campaigns in catalogue order, claims in file order. */
export function metricRecords(campaigns: readonly ExportedCampaign[]): CsvValue[][] {
  return campaigns.flatMap((c) =>
    c.metrics.map((m) => [
      c.id,
      c.data.title,
      m.kind,
      m.value,
      m.qualifier,
      m.wording,
      m.currency,
      m.scope.type,
      m.scope.detail,
      m.scope.part?.type,
      m.scope.part?.detail,
      m.platform,
      m.attributedTo,
      provenance([m]),
      m.doubt,
      m.asOf?.iso,
      m.caveat,
      m.source.id,
      m.source.data.title,
      untitledCell(m.source.data.title),
      m.source.data.publisher,
      m.source.data.published?.iso,
      m.source.data.url,
      m.source.data.kind,
      m.source.data.format,
      m.source.data.archived,
      c.check.state === 'unchecked' ? undefined : c.check.date.iso,
      c.check.state,
    ]),
  );
}

/** The columns of claims.csv, in order. */
export const CLAIM_COLUMNS = [
  'campaign',
  'field',
  'claim',
  'passage',
  'translation',
  'source_id',
  'source_title',
  'source_untitled',
  'source_publisher',
  'source_published',
  'source_url',
  'source_language',
] as const;
export type ClaimColumn = (typeof CLAIM_COLUMNS)[number];

/** One CSV record per citation: the claim, the source it is cited for and the source's own words, in reading order. */
export function claimRecords(campaigns: readonly ExportedCampaign[]): CsvValue[][] {
  return campaigns.flatMap((c) =>
    c.citations.map((citation) => [
      c.id,
      citation.field,
      citation.claim,
      citation.passage,
      citation.translation,
      citation.source.id,
      citation.source.data.title,
      untitledCell(citation.source.data.title),
      citation.source.data.publisher,
      citation.source.data.published?.iso,
      citation.source.data.url,
      citation.source.data.language,
    ]),
  );
}

/** The fields of a case study that case-studies.csv reads. */
export type CaseStudyRow = Pick<
  ResolvedCampaign,
  'id' | 'year' | 'organisations' | 'causes' | 'mechanics' | 'metrics' | 'sources' | 'objectives' | 'targets' | 'resources' | 'awards'
> & {
  data: Pick<ResolvedCampaign['data'], 'title' | 'hashtags' | 'launched' | 'ended' | 'countries'>;
};

/** The columns of case-studies.csv, in order. */
export const CASE_STUDY_COLUMNS = [
  'slug',
  'url',
  'title',
  'hashtags',
  'year',
  'launched',
  'ended',
  'countries',
  'country_names',
  'regions',
  'organisations',
  'causes',
  'mechanics',
  'headline_figure',
  'headline_kind',
  'headline_low',
  'headline_high',
  'headline_sources',
  'evidence_figures',
  'evidence_independent',
  'evidence_undated_sources',
  'objectives',
  'targets',
  'budget',
  'team',
  'awards',
] as const;
export type CaseStudyColumn = (typeof CASE_STUDY_COLUMNS)[number];

/**
 * What joins a list into one cell of case-studies.csv. A semicolon, not a comma, so a
 * spreadsheet that splits on commas keeps each cell whole; names hold no semicolon
 * (tests/unit/open-data/records.test.ts and the site test check the real content).
 */
export const CSV_LIST_SEPARATOR = '; ';
const list = (items: readonly string[]) => items.join(CSV_LIST_SEPARATOR);
/** A target, budget or team in a cell: the number in full, then any currency ("100000 EUR"). */
const figureCell = (f: { value: number; currency?: string | undefined }) => (f.currency ? `${f.value} ${f.currency}` : String(f.value));

/**
 * One CSV record per case study, in catalogue order: what a reader filters a catalogue by
 * (year, countries, organisations, causes, mechanics), the headline figure the listing cards
 * show, and the counts of the facts panel's evidence grade.
 */
export function caseStudyRecords(campaigns: readonly CaseStudyRow[], site: URL): CsvValue[][] {
  return campaigns.map((c) => {
    const rows = metricRows(c.metrics);
    const headline = cardHeadline(rows);
    const grade = evidenceGrade(rows, c.sources);
    return [
      c.id,
      new URL(paths.campaign(c.id), site).href,
      c.data.title,
      list(c.data.hashtags),
      c.year,
      c.data.launched.iso,
      c.data.ended?.iso,
      list(c.data.countries),
      list(c.data.countries.map((code) => countryName(code) ?? code)),
      list(regionsOf(c.data.countries)),
      // An organisation with two roles in one campaign is named once.
      list([...new Set(c.organisations.map(({ organisation }) => organisation.data.name))]),
      list(c.causes.map((cause) => cause.data.name)),
      list(c.mechanics.map((m) => m.data.name)),
      headline && formatRow(headline),
      headline?.kind,
      headline?.min,
      headline?.max,
      headline && sourceCount(headline),
      grade.figures,
      grade.independent,
      grade.undatedSources,
      list(c.objectives.map((o) => o.objective.data.name)),
      list(c.targets.map((t) => `${t.kind}: ${figureCell(t)}`)),
      list(c.resources.filter((r) => r.kind === 'budget').map(figureCell)),
      list(c.resources.filter((r) => r.kind === 'team').map(figureCell)),
      list(c.awards.map(awardLine)),
    ];
  });
}
