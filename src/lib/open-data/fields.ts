/**
 * What each field of the open-data files means, shown on /data/. Kept beside the records it
 * describes (records.ts), and tests compare it with their fields, so the two cannot drift.
 */
import type { CaseStudyColumn, ClaimColumn, CsvColumn, OpenDataCollection } from './records.ts';
import {
  ATTRIBUTIONS,
  AWARD_LEVELS,
  AWARD_SHOWS,
  METRIC_KINDS,
  ORGANISATION_KINDS,
  ORGANISATION_ROLES,
  PARTS,
  PLATFORMS,
  QUALIFIERS,
  RESOURCE_KINDS,
  SCOPES,
  SOURCE_FORMATS,
  SOURCE_KINDS,
  listOf,
} from '../../schemas/vocabulary.ts';
import { REGIONS } from '../model/regions.ts';

type FieldDocs = Record<string, readonly [type: string, meaning: string]>;

/**
 * A CSV column's type in the Data Package (datapackage.json), when it is not a string, Table
 * Schema's default: `partial-date` is a date as precise as its source (YYYY-MM-DD, YYYY-MM or
 * YYYY), `uri` a web address.
 */
export type ColumnType = 'integer' | 'number' | 'boolean' | 'date' | 'partial-date' | 'uri';
/** A CSV column: its meaning, or its type and meaning when it is not a plain string. */
export type ColumnDoc = string | readonly [type: ColumnType, meaning: string];

/** A column's documentation with its type spelled out: `string` when the doc gives none. */
export const columnDoc = (doc: ColumnDoc): { type: ColumnType | 'string'; meaning: string } =>
  typeof doc === 'string' ? { type: 'string', meaning: doc } : { type: doc[0], meaning: doc[1] };

/** The fields of an entry that rests on a passage of its source: lessons, objectives, targets, budgets, teams and awards. */
const citedFields = (list: string, noun: string): FieldDocs => ({
  [`${list}[].source`]: ['Source', `The source that states the ${noun}.`],
  [`${list}[].passage`]: ['string', `The source’s own words the ${noun} rests on, verbatim, with … for cuts.`],
  [`${list}[].translation`]: ['string or null', 'The passage in English, for a source in another language.'],
});

/** The fields a figure, a target, a budget and a team share. */
const figureFields = (list: string): FieldDocs => ({
  [`${list}[].value`]: ['number', 'The number in full, such as 300000000.'],
  [`${list}[].qualifier`]: [
    'string',
    `How precise it is, as the source gives it: ${listOf(QUALIFIERS)} (exact only for a count given digit by digit; rounded for a headline figure).`,
  ],
  [`${list}[].wording`]: ['string or null', 'The figure in the source’s own words, such as “more than 230 million views”.'],
});

/** What a figure or a target counts. */
const scopeFields = (list: string): FieldDocs => ({
  [`${list}[].scope`]: ['object', 'What the figure counts.'],
  [`${list}[].scope.type`]: [
    'string',
    `${listOf(SCOPES)}: the campaign’s own content, everything under a hashtag, an organisation’s account, the whole platform, or an event. Only figures of one type are comparable.`,
  ],
  [`${list}[].scope.detail`]: ['string or null', 'What was counted, as the source describes it.'],
  [`${list}[].scope.part`]: ['object or null', 'For a count of only part of the scope, which part; null for a total.'],
  [`${list}[].scope.part.type`]: [
    'string',
    `${listOf(PARTS)}: one video, one post, one live session, or a window of time such as the first hours.`,
  ],
  [`${list}[].scope.part.detail`]: ['string or null', 'Which one, as the source words it, such as “first 10 minutes”.'],
});

/** The fields every entry of organisations.json, causes.json, mechanics.json and themes.json has. */
const entryFields = (list: OpenDataCollection, noun: string, usedBy: string): FieldDocs => ({
  [list]: ['array', `Every ${noun}, by name.`],
  [`${list}[].id`]: ['string', `Identifier of the ${noun}, as campaigns.json names it.`],
  [`${list}[].url`]: ['string', `Address of the ${noun}’s page.`],
  [`${list}[].name`]: ['string', `Name of the ${noun}.`],
  [`${list}[].description`]: ['string', `The ${noun} in a few sentences, in our words.`],
  [`${list}[].campaigns`]: ['string[]', `Slugs of the published case studies ${usedBy}, newest launch first.`],
});

/** What every JSON file of the open data starts with, campaigns.json and each collection file alike. */
const envelopeFields = {
  version: ['number', 'Version of this format; raised when a field is renamed or removed.'],
  site: ['string', 'Address of the site the data comes from.'],
  documentation: ['string', 'Address of this page.'],
  license: ['object', 'The licence of the data, which also covers the case studies (see “Licence” above).'],
  'license.id': ['string', 'Its SPDX identifier: CC-BY-4.0.'],
  'license.title': ['string', 'Its full name.'],
  'license.url': ['string', 'Where to read it.'],
  attribution: ['string', 'How to credit the data when you reuse it.'],
} as const satisfies FieldDocs;

/** The open-data files, field by field. */
export const OPEN_DATA_FIELDS = {
  envelope: envelopeFields,
  /** campaigns.json, field by field: [type, meaning]. Types named Date and Source are described below. */
  json: {
    ...envelopeFields,
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
    'campaigns[].objectives': [
      'array',
      'What the organisers said they aimed for, as a source states it; never inferred from results. Empty when no source states an aim.',
    ],
    'campaigns[].objectives[].id': ['string', 'Identifier of the kind of objective, as objectives.json names it.'],
    'campaigns[].objectives[].name': ['string', 'Name of the kind of objective, such as Awareness.'],
    'campaigns[].objectives[].text': ['string', 'The aim, in our words.'],
    ...citedFields('campaigns[].objectives', 'aim'),
    'campaigns[].metrics': ['array', 'Every figure as one source reports it. Sources that disagree each have an entry.'],
    'campaigns[].metrics[].kind': [
      'string',
      `What is counted: ${listOf(METRIC_KINDS)}. donations is money given; pledged is money promised (such as “up to $100,000”), never money given.`,
    ],
    ...figureFields('campaigns[].metrics'),
    'campaigns[].metrics[].currency': ['string or null', 'ISO 4217 currency code, for money only (donations and pledged).'],
    ...scopeFields('campaigns[].metrics'),
    'campaigns[].metrics[].platform': [
      'string',
      `Where the figure was counted: ${listOf(PLATFORMS)} (all platforms together). Only tiktok figures join the site’s headlines, charts and sorts.`,
    ],
    'campaigns[].metrics[].attributedTo': [
      'string or null',
      `Whose figure the source says it is (${listOf(ATTRIBUTIONS)}), as in “according to TikTok”; null when the source gives it as its own.`,
    ],
    'campaigns[].metrics[].provenance': [
      'string',
      'independent (a press or academic source reports it as its own), self-reported (only organisers, TikTok, an agency or an award entry, or a source that attributes the figure to them) or other.',
    ],
    'campaigns[].metrics[].doubt': [
      'string or null',
      'Why this site doubts the figure, such as a probable slip; a doubted figure is never a headline, chart bar or sort key.',
    ],
    'campaigns[].metrics[].asOf': ['Date or null', 'When the figure was true, if the source says.'],
    'campaigns[].metrics[].caveat': ['string or null', 'A warning to read with the figure.'],
    'campaigns[].metrics[].source': ['Source', 'The source that reports the figure.'],
    'campaigns[].targets': [
      'array',
      'Figures the organisers aimed for, as a source states them. Each has a result of the same kind and scope type in metrics; the site shows the two side by side and never judges whether a target was met.',
    ],
    'campaigns[].targets[].kind': ['string', `What the target counts, as a metric’s kind: ${listOf(METRIC_KINDS)}.`],
    ...figureFields('campaigns[].targets'),
    'campaigns[].targets[].currency': ['string or null', 'ISO 4217 currency code, for money only (donations and pledged).'],
    ...scopeFields('campaigns[].targets'),
    ...citedFields('campaigns[].targets', 'target'),
    'campaigns[].resources': ['array', 'The campaign’s budget and team, only where a source states them; never estimated.'],
    'campaigns[].resources[].kind': ['string', `${listOf(RESOURCE_KINDS)}: an amount of money, or a number of people.`],
    ...figureFields('campaigns[].resources'),
    'campaigns[].resources[].currency': ['string or null', 'ISO 4217 currency code of a budget; null for a team.'],
    'campaigns[].resources[].detail': ['string or null', 'What the money or the team was for, as the source words it.'],
    ...citedFields('campaigns[].resources', 'figure'),
    'campaigns[].awards': ['array', 'Awards, finalists’ places and shortlists, each cited to the awards body’s own page.'],
    'campaigns[].awards[].show': ['string', `The award show: ${listOf(AWARD_SHOWS)}.`],
    'campaigns[].awards[].showName': ['string', 'The award show’s name, such as Cannes Lions.'],
    'campaigns[].awards[].year': ['number', 'The year of the show’s edition.'],
    'campaigns[].awards[].category': ['string', 'The category, as the awards body words it.'],
    'campaigns[].awards[].level': ['string', `How far the entry went, highest first: ${listOf(AWARD_LEVELS)}.`],
    'campaigns[].awards[].entry': [
      'string or null',
      'The entry’s name as the awards body lists it, when it is not the case study’s title.',
    ],
    ...citedFields('campaigns[].awards', 'award'),
    'campaigns[].quotations': ['array', 'Short quotations.'],
    'campaigns[].quotations[].text': ['string', 'The exact words.'],
    'campaigns[].quotations[].speaker': ['string', 'Who said them.'],
    'campaigns[].quotations[].role': ['string or null', 'The speaker’s role when quoted.'],
    'campaigns[].quotations[].translation': ['string or null', 'The words in English, for a source in another language.'],
    'campaigns[].quotations[].source': ['Source', 'Where the quotation was published.'],
    'campaigns[].lessons': ['array', 'What others can learn, in our words.'],
    'campaigns[].lessons[].theme': ['object', 'The playbook theme, with id and name.'],
    'campaigns[].lessons[].theme.id': ['string', 'Identifier of the theme.'],
    'campaigns[].lessons[].theme.name': ['string', 'Name of the theme.'],
    'campaigns[].lessons[].text': ['string', 'The lesson.'],
    ...citedFields('campaigns[].lessons', 'lesson'),
    'campaigns[].sources': ['Source[]', 'Every source the case study cites.'],
    'campaigns[].safeguarding': ['string or null', 'How minors were protected, or what to watch out for.'],
    'campaigns[].corrections': ['array', 'Substantive fixes made after publication, oldest first.'],
    'campaigns[].corrections[].date': ['Date', 'The day of the fix.'],
    'campaigns[].corrections[].was': ['string', 'What the page said before.'],
    'campaigns[].corrections[].now': ['string', 'What it says now.'],
    'campaigns[].corrections[].why': ['string', 'Why: what the source actually says.'],
    'campaigns[].checked': [
      'object or null',
      'The last independent check against the sources; null if the case study has never been checked.',
    ],
    'campaigns[].checked.date': ['string', 'The day the check ended and its findings were fixed (YYYY-MM-DD).'],
    'campaigns[].checked.items': [
      'number',
      'How many items the reviewer tried: sentences, figures, dates, quotations, lessons, countries, records.',
    ],
    'campaigns[].checked.defects': ['number', 'How many were defects; each was fixed before the check was recorded.'],
    'campaigns[].checked.since': [
      'string or null',
      "For a re-check that tried only what changed since an earlier full check, that check's day (YYYY-MM-DD); items then counts the changed items.",
    ],
    'campaigns[].checked.hash': [
      'string',
      '"sha256:" and the hash of the case study file (without this record) and its sources\' files, as checked.',
    ],
    'campaigns[].checked.current': ['boolean', 'False when the case study or a source has changed since the check.'],
    'campaigns[].citations': [
      'array',
      'Every citation: in the prose in reading order, then in the lessons, objectives, targets, resources and awards.',
    ],
    'campaigns[].citations[].field': [
      'string',
      'Where the claim is: body for the prose, lessons[0], objectives[0], targets[0], resources[0] or awards[0] and so on for a field.',
    ],
    'campaigns[].citations[].claim': [
      'string',
      'The claim: the words a marker in the prose stands after, the lesson or the aim, or in our words the target, budget, team or award.',
    ],
    'campaigns[].citations[].passage': ['string', 'The source’s own words the claim rests on, verbatim, with … for cuts.'],
    'campaigns[].citations[].translation': ['string or null', 'The passage in English, for a source in another language.'],
    'campaigns[].citations[].source': ['Source', 'The source cited.'],
  },
  /** The Date object. */
  date: {
    date: ['string', 'The date as precisely as it is known: YYYY-MM-DD, YYYY-MM or YYYY.'],
    precision: ['string', 'day, month or year.'],
  },
  /** The Source object. */
  source: {
    id: ['string', 'Identifier of the source.'],
    title: [
      'string',
      'The headline as the page gives it, in its own language; where no copy shows one, a description of ours in square brackets.',
    ],
    titleTranslation: ['string or null', 'The headline in English, for a headline in another language.'],
    untitled: ['boolean', 'true when title is a [description] of ours, not the page’s headline.'],
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
      'organisations[].aliases': ['string[]', 'Other names the organisation itself goes by.'],
      'organisations[].partOf': ['string[]', 'Identifiers of the organisations it belongs to, such as united-nations for a UN agency.'],
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
    objectives: entryFields('objectives', 'kind of objective', 'whose sources state it'),
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
    charts: ['object', 'Its bars, as HTML: a one-bar chart per figure compared, by the key of the compare page’s chart.'],
  },
  csv: {
    campaign: 'Slug of the case study.',
    campaign_title: 'Title of the case study.',
    kind: 'What is counted.',
    value: ['number', 'The number in full.'],
    qualifier: `${listOf(QUALIFIERS)}.`,
    wording: 'The figure in the source’s own words.',
    currency: 'ISO 4217 code, for money only (donations and pledged).',
    scope_type: `${listOf(SCOPES)}.`,
    scope_detail: 'What was counted, as the source describes it.',
    scope_part: `For a partial count, which part: ${listOf(PARTS)}; empty for a total.`,
    scope_part_detail: 'Which one, as the source words it, such as “first 10 minutes”.',
    platform: `Where the figure was counted: ${listOf(PLATFORMS)}.`,
    attributed_to: `Whose figure the source says it is: ${listOf(ATTRIBUTIONS)}; empty when the source gives it as its own.`,
    provenance: 'independent, self-reported or other.',
    doubt: 'Why this site doubts the figure; empty when it does not.',
    as_of: ['partial-date', 'When the figure was true (YYYY-MM-DD, YYYY-MM or YYYY), if the source says.'],
    caveat: 'A warning to read with the figure.',
    source_id: 'Identifier of the source.',
    source_title: 'Title of the source: its headline, or a [description] of ours where no copy shows one.',
    source_untitled: ['boolean', 'true when source_title is a [description] of ours, not the headline.'],
    source_publisher: 'Who published it.',
    source_published: ['partial-date', 'Publication date, as precisely as known; empty if undated.'],
    source_url: ['uri', 'Where to read it.'],
    source_kind: 'Who published it, relative to the campaign.',
    source_format: 'What form it takes.',
    source_archived: ['uri', 'A known snapshot in a web archive.'],
    campaign_checked: ['date', 'The day the case study was last checked independently against its sources; empty if never.'],
    campaign_check: 'current (unchanged since that check), changed (edited since) or unchecked.',
  } satisfies Record<CsvColumn, ColumnDoc>,
  /** claims.csv, column by column. */
  claims: {
    campaign: 'Slug of the case study.',
    field:
      'Where the claim is: body for the prose, lessons[0], objectives[0], targets[0], resources[0] or awards[0] and so on for a field.',
    claim:
      'The claim: the words a marker in the prose stands after, the lesson or the aim, or in our words the target, budget, team or award.',
    passage: 'The source’s own words the claim rests on, verbatim, with … for cuts.',
    translation: 'The passage in English, for a source in another language.',
    source_id: 'Identifier of the source.',
    source_title: 'Title of the source: its headline, or a [description] of ours where no copy shows one.',
    source_untitled: ['boolean', 'true when source_title is a [description] of ours, not the headline.'],
    source_publisher: 'Who published it.',
    source_published: ['partial-date', 'Publication date, as precisely as known; empty if undated.'],
    source_url: ['uri', 'Where to read it.'],
    source_language: 'The language of the source (BCP 47), and so of the passage.',
  } satisfies Record<ClaimColumn, ColumnDoc>,
  /** case-studies.csv, column by column. Lists are joined by "; ". */
  caseStudies: {
    slug: 'Identifier of the case study; the key to join the other files on.',
    url: ['uri', 'Address of the case-study page.'],
    title: 'Title of the case study, usually the campaign name.',
    hashtags: 'The campaign hashtags, the main one first.',
    year: ['integer', 'Year of launch.'],
    launched: ['partial-date', 'Launch date, as precisely as known (YYYY-MM-DD, YYYY-MM or YYYY).'],
    ended: ['partial-date', 'End date, as precisely as known; empty if sources give none.'],
    countries: 'Countries named by sources, as ISO 3166-1 alpha-2 codes; empty for a campaign no source places in a country.',
    country_names: 'The same countries by their English names, in the same order.',
    regions: `World regions of those countries, after the UN M49 sub-regions: ${listOf(REGIONS)}; global for a campaign that names no country.`,
    organisations: 'Full names of the organisations that ran it, each once.',
    causes: 'Causes the campaign served.',
    mechanics: 'How the campaign worked on TikTok.',
    headline_figure:
      'The headline figure as the site’s listings show it: the campaign’s own view count, or a range where sources disagree; empty if no source reports one.',
    headline_kind: 'What the headline figure counts (views).',
    headline_low: ['number', 'The lowest value the sources give for it, in full.'],
    headline_high: ['number', 'The highest value the sources give for it, in full; the same as headline_low when sources agree.'],
    headline_sources: ['integer', 'How many sources report it.'],
    evidence_figures: ['integer', 'How many figures the case study reports (rows of its results table); each is in campaigns.csv.'],
    evidence_independent: ['integer', 'How many of them at least one source independent of the organisers and TikTok reports.'],
    evidence_undated_sources: ['integer', 'How many of its cited sources give no publication date.'],
    objectives: 'What the organisers said they aimed for, by kind (such as Awareness); empty when no source states an aim.',
    targets:
      'Figures the organisers aimed for, each as its kind, a colon and the number in full (“videos: 5000”); campaigns.json has their sources.',
    budget: 'The budget a source states, as the number in full and its currency (“100000 EUR”); empty when no source states one.',
    team: 'The size of the team a source states, in people; empty when no source states one.',
    awards: 'Awards, finalists’ places and shortlists, each as “show year: level, category”.',
  } satisfies Record<CaseStudyColumn, ColumnDoc>,
} as const;

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
