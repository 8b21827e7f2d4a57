/**
 * The open-data exports: every case study as a plain JSON record with each reference resolved,
 * every metric claim as a CSV row, and one file per collection that case studies point at. The
 * endpoints and the data page read this module, so the files and their documentation are built
 * from one definition.
 */
import type { PartialDate } from '../../schemas/dates.ts';
import type { CsvValue } from './csv.ts';
import type { CauseEntry, Entry, MechanicEntry, OrganisationEntry, ResolvedCampaign, SourceEntry, ThemeEntry } from '../model/entries.ts';
import { paths } from '../site/paths.ts';
import {
  METRIC_KINDS,
  ORGANISATION_KINDS,
  ORGANISATION_ROLES,
  QUALIFIERS,
  SCOPES,
  SOURCE_FORMATS,
  SOURCE_KINDS,
  listOf,
} from '../../schemas/vocabulary.ts';
import { provenance } from '../figures/evidence.ts';

/** The fields of a case study the exports read. */
export type ExportedCampaign = Pick<
  ResolvedCampaign,
  'id' | 'data' | 'year' | 'organisations' | 'causes' | 'mechanics' | 'metrics' | 'quotations' | 'lessons' | 'sources'
>;

/** Bumped when a field is renamed or removed, so scripts that read the file can tell. */
export const OPEN_DATA_VERSION = 2;

export const dateRecord = (date: PartialDate | undefined) => (date ? { date: date.iso, precision: date.precision } : null);

export function sourceRecord({ id, data }: SourceEntry) {
  return {
    id,
    title: data.title,
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
    metrics: campaign.metrics.map((m) => ({
      kind: m.kind,
      value: m.value,
      qualifier: m.qualifier,
      wording: m.wording ?? null,
      currency: m.currency ?? null,
      scope: { type: m.scope.type, detail: m.scope.detail ?? null, part: m.scope.part ?? null },
      provenance: provenance([m]),
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

/** What every JSON file of the open data starts with: its format and where it comes from. */
const envelope = (site: URL) => ({ version: OPEN_DATA_VERSION, site: site.href, documentation: new URL(paths.data, site).href });

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
export const OPEN_DATA_COLLECTIONS = ['organisations', 'causes', 'mechanics', 'themes', 'sources'] as const;
export type OpenDataCollection = (typeof OPEN_DATA_COLLECTIONS)[number];

/** Everything the collection files are built from: every entry of each collection, and the published case studies. */
export interface CollectionsInput {
  campaigns: readonly Pick<ResolvedCampaign, 'id' | 'organisations' | 'causes' | 'mechanics' | 'lessons' | 'sources'>[];
  organisations: readonly OrganisationEntry[];
  causes: readonly CauseEntry[];
  mechanics: readonly MechanicEntry[];
  themes: readonly ThemeEntry[];
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
  'provenance',
  'as_of',
  'caveat',
  'source_id',
  'source_title',
  'source_publisher',
  'source_published',
  'source_url',
  'source_kind',
  'source_format',
  'source_archived',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

type FieldDocs = Record<string, readonly [type: string, meaning: string]>;

/** The fields every entry of organisations.json, causes.json, mechanics.json and themes.json has. */
const entryFields = (list: OpenDataCollection, noun: string, usedBy: string): FieldDocs => ({
  [list]: ['array', `Every ${noun}, by name.`],
  [`${list}[].id`]: ['string', `Identifier of the ${noun}, as campaigns.json names it.`],
  [`${list}[].url`]: ['string', `Address of the ${noun}’s page.`],
  [`${list}[].name`]: ['string', `Name of the ${noun}.`],
  [`${list}[].description`]: ['string', `The ${noun} in a few sentences, in our words.`],
  [`${list}[].campaigns`]: ['string[]', `Slugs of the published case studies ${usedBy}, newest launch first.`],
});

/**
 * Documentation of the open-data files, field by field, shown on /data/. It sits beside the
 * records it describes, and tests check it covers every field, so the two cannot drift.
 */
export const OPEN_DATA_FIELDS = {
  /** campaigns.json, field by field: [type, meaning]. Types named Date and Source are described below. */
  json: {
    version: ['number', 'Version of this format; raised when a field is renamed or removed.'],
    site: ['string', 'Address of the site the data comes from.'],
    documentation: ['string', 'Address of this page.'],
    campaigns: ['array', 'Every published case study, newest launch first.'],
    'campaigns[].slug': ['string', 'Identifier of the case study; also the last part of its address.'],
    'campaigns[].url': ['string', 'Address of the case-study page.'],
    'campaigns[].title': ['string', 'Title of the case study, usually the campaign name.'],
    'campaigns[].hashtags': ['string[]', 'The campaign hashtags, the main one first.'],
    'campaigns[].summary': ['string', 'One sentence on what the campaign was and what came of it.'],
    'campaigns[].launched': ['Date', 'Launch date.'],
    'campaigns[].ended': ['Date or null', 'End date, if sources give one.'],
    'campaigns[].year': ['number', 'Year of launch.'],
    'campaigns[].organisations': ['array', 'Who ran the campaign.'],
    'campaigns[].organisations[].id': ['string', 'Identifier of the organisation.'],
    'campaigns[].organisations[].name': ['string', 'Full name.'],
    'campaigns[].organisations[].shortName': ['string or null', 'Short name, such as UNICEF.'],
    'campaigns[].organisations[].kind': ['string', `${listOf(ORGANISATION_KINDS)}.`],
    'campaigns[].organisations[].website': ['string or null', 'The organisation’s website.'],
    'campaigns[].organisations[].role': ['string', `Role in this campaign: ${listOf(ORGANISATION_ROLES)}.`],
    'campaigns[].causes': ['array', 'Causes the campaign served.'],
    'campaigns[].causes[].id': ['string', 'Identifier of the cause.'],
    'campaigns[].causes[].name': ['string', 'Name of the cause.'],
    'campaigns[].causes[].sdgs': ['number[]', 'Related UN Sustainable Development Goals, by number.'],
    'campaigns[].mechanics': ['array', 'How the campaign worked on TikTok.'],
    'campaigns[].mechanics[].id': ['string', 'Identifier of the mechanic.'],
    'campaigns[].mechanics[].name': ['string', 'Name of the mechanic.'],
    'campaigns[].countries': ['string[]', 'Countries named by sources, as ISO 3166-1 alpha-2 codes.'],
    'campaigns[].languages': ['string[]', 'Languages named by sources, as BCP 47 tags.'],
    'campaigns[].metrics': ['array', 'Every figure as one source reports it. Sources that disagree each have an entry.'],
    'campaigns[].metrics[].kind': ['string', `What is counted: ${listOf(METRIC_KINDS)}.`],
    'campaigns[].metrics[].value': ['number', 'The number in full, such as 300000000.'],
    'campaigns[].metrics[].qualifier': [
      'string',
      `How precise it is, as the source gives it: ${listOf(QUALIFIERS)} (exact only for a count given digit by digit; rounded for a headline figure).`,
    ],
    'campaigns[].metrics[].wording': ['string or null', 'The figure in the source’s own words, such as “more than 230 million views”.'],
    'campaigns[].metrics[].currency': ['string or null', 'ISO 4217 currency code, for donations only.'],
    'campaigns[].metrics[].scope': ['object', 'What the figure counts.'],
    'campaigns[].metrics[].scope.type': [
      'string',
      `${listOf(SCOPES)}: the campaign’s own content, everything under a hashtag, an organisation’s account, the whole platform, or an event. Only figures of one type are comparable.`,
    ],
    'campaigns[].metrics[].scope.detail': ['string or null', 'What was counted, as the source describes it.'],
    'campaigns[].metrics[].scope.part': [
      'string or null',
      'For a count of only part of the scope, which part (such as “one day”); null for a total.',
    ],
    'campaigns[].metrics[].provenance': [
      'string',
      'independent (a press or academic source reports it), self-reported (only organisers, TikTok, an agency or an award entry) or other.',
    ],
    'campaigns[].metrics[].asOf': ['Date or null', 'When the figure was true, if the source says.'],
    'campaigns[].metrics[].caveat': ['string or null', 'A warning to read with the figure.'],
    'campaigns[].metrics[].source': ['Source', 'The source that reports the figure.'],
    'campaigns[].quotations': ['array', 'Short quotations.'],
    'campaigns[].quotations[].text': ['string', 'The exact words.'],
    'campaigns[].quotations[].speaker': ['string', 'Who said them.'],
    'campaigns[].quotations[].role': ['string or null', 'The speaker’s role when quoted.'],
    'campaigns[].quotations[].source': ['Source', 'Where the quotation was published.'],
    'campaigns[].lessons': ['array', 'What others can learn, in our words.'],
    'campaigns[].lessons[].theme': ['object', 'The playbook theme, with id and name.'],
    'campaigns[].lessons[].theme.id': ['string', 'Identifier of the theme.'],
    'campaigns[].lessons[].theme.name': ['string', 'Name of the theme.'],
    'campaigns[].lessons[].text': ['string', 'The lesson.'],
    'campaigns[].lessons[].source': ['Source', 'The source the lesson is drawn from.'],
    'campaigns[].sources': ['Source[]', 'Every source the case study cites.'],
    'campaigns[].safeguarding': ['string or null', 'How minors were protected, or what to watch out for.'],
  },
  /** The Date object. */
  date: {
    date: ['string', 'The date as precisely as it is known: YYYY-MM-DD, YYYY-MM or YYYY.'],
    precision: ['string', 'day, month or year.'],
  },
  /** The Source object. */
  source: {
    id: ['string', 'Identifier of the source.'],
    title: ['string', 'The article’s own title.'],
    publisher: ['string', 'Who published it.'],
    authors: ['string[]', 'Named authors, if any.'],
    published: ['Date or null', 'Publication date; null if the source is undated.'],
    url: ['string', 'Where to read it.'],
    kind: ['string', `Who published it, relative to the campaign: ${listOf(SOURCE_KINDS)}.`],
    format: ['string or null', `What form it takes: ${listOf(SOURCE_FORMATS)}.`],
    archived: ['string or null', 'A known snapshot of the page in a web archive.'],
    language: ['string', 'Language of the source, as a BCP 47 tag.'],
  },
  /**
   * The collection files, each one object: version, site and documentation as in campaigns.json,
   * then every entry of the collection under its name. A source is a Source (below) with the
   * case studies that cite it.
   */
  collections: {
    organisations: {
      ...entryFields('organisations', 'organisation', 'it took part in'),
      'organisations[].name': ['string', 'Full name.'],
      'organisations[].shortName': ['string or null', 'Short name, such as UNICEF.'],
      'organisations[].aliases': ['string[]', 'Other names people know it by.'],
      'organisations[].kind': ['string', `${listOf(ORGANISATION_KINDS)}.`],
      'organisations[].website': ['string or null', 'The organisation’s website.'],
      'organisations[].campaigns': ['array', 'The published case studies it took part in, newest launch first, once for each role.'],
      'organisations[].campaigns[].slug': ['string', 'Slug of the case study.'],
      'organisations[].campaigns[].role': ['string', `Its role in that campaign: ${listOf(ORGANISATION_ROLES)}.`],
    },
    causes: {
      ...entryFields('causes', 'cause', 'that served it'),
      'causes[].sdgs': ['number[]', 'Related UN Sustainable Development Goals, by number.'],
    },
    mechanics: entryFields('mechanics', 'mechanic', 'that used it'),
    themes: entryFields('themes', 'playbook theme', 'with a lesson on it'),
    sources: {
      sources: ['Source[]', 'Every source in the catalogue, including any no published case study cites yet.'],
      'sources[].campaigns': ['string[]', 'Slugs of the published case studies that cite it, newest launch first.'],
    },
  } satisfies Record<OpenDataCollection, FieldDocs>,
  /** compare-index.json, which the compare page's “Add a case study” box searches. */
  compareIndex: {
    version: ['number', 'Version of this layout; raised when it changes.'],
    organisations: [
      'string[][]',
      'Each organisation named by a case study, as every name it goes by (full name, short name, aliases); written once, however many case studies name it.',
    ],
    campaigns: [
      'array[]',
      'Every published case study, newest launch first, as [slug, title, year, organisations, hashtags]: organisations are positions in the list above, hashtags only those the title does not contain.',
    ],
  },
  /** /data/compare/<slug>.json, one per case study, which the compare page fetches when a reader adds that case study. */
  compareRow: {
    id: ['string', 'Slug of the case study.'],
    choice: ['string', 'Its box in the compare page’s picker, as HTML.'],
    row: ['string', 'Its row of the compare table, as HTML.'],
  },
  csv: {
    campaign: 'Slug of the case study.',
    campaign_title: 'Title of the case study.',
    kind: 'What is counted.',
    value: 'The number in full.',
    qualifier: `${listOf(QUALIFIERS)}.`,
    wording: 'The figure in the source’s own words.',
    currency: 'ISO 4217 code, for donations only.',
    scope_type: `${listOf(SCOPES)}.`,
    scope_detail: 'What was counted, as the source describes it.',
    scope_part: 'For a partial count, which part; empty for a total.',
    provenance: 'independent, self-reported or other.',
    as_of: 'When the figure was true (YYYY-MM-DD, YYYY-MM or YYYY), if the source says.',
    caveat: 'A warning to read with the figure.',
    source_id: 'Identifier of the source.',
    source_title: 'Title of the source.',
    source_publisher: 'Who published it.',
    source_published: 'Publication date, as precisely as known; empty if undated.',
    source_url: 'Where to read it.',
    source_kind: 'Who published it, relative to the campaign.',
    source_format: 'What form it takes.',
    source_archived: 'A known snapshot in a web archive.',
  } satisfies Record<CsvColumn, string>,
} as const;

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
      m.scope.part,
      provenance([m]),
      m.asOf?.iso,
      m.caveat,
      m.source.id,
      m.source.data.title,
      m.source.data.publisher,
      m.source.data.published?.iso,
      m.source.data.url,
      m.source.data.kind,
      m.source.data.format,
      m.source.data.archived,
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
