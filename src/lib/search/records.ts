/**
 * What a case study tells the search index besides its visible text: filter values (ids, so
 * URLs stay short and stable), sort keys and result metadata. Pure, so it is unit-tested; the
 * SearchIndexData component writes it into the page as Pagefind attributes.
 */
import { largest, type Claim } from '../figures/metrics.ts';
import { regionsOf } from '../model/regions.ts';

/** Filters of the index, in the order the explorer shows them. Keys are Pagefind filter names. */
export const SEARCH_FILTERS = [
  'cause',
  'organisation',
  'kind',
  'mechanic',
  'objective',
  'year',
  'region',
  'country',
  'language',
  'evidence',
  'award',
] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** Sort keys of the index. */
export const SEARCH_SORTS = ['launched', 'views'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** Id of the hidden block of organisation names; Pagefind reports matches in it as a sub-result with this anchor. */
export const SEARCH_NAMES_ANCHOR = 'search-names';

/** The fields of a campaign the index needs. */
export interface IndexableCampaign {
  title: string;
  hashtags: readonly string[];
  summary: string;
  /** First day the launch date can mean. */
  launched: Date;
  year: number;
  /**
   * Each organisation: its id, kind, display label and every name it goes by, and in `partOf`
   * every name of every body it belongs to ("United Nations", "UN" for WHO), so a search for
   * the parent finds its members' case studies without the parent's name being an alias.
   */
  organisations: readonly { id: string; kind: string; label: string; names: readonly string[]; partOf: readonly string[] }[];
  /** The organisations under its title, as every list of case studies names them (see `bylineOf`). */
  byline: string;
  causes: readonly string[];
  mechanics: readonly string[];
  /** The kinds of aim its sources state (ids in content/objectives/). */
  objectives: readonly string[];
  /** The award shows at which it won, reached a final or was shortlisted. */
  awardShows: readonly string[];
  /** Where it ran (ISO 3166-1 alpha-2) and in which languages (BCP 47), as sources name them. */
  countries: readonly string[];
  languages: readonly string[];
  /** The card's headline figure and who reports it ("230M–380M views", "5 sources"), if any. */
  figure?: { text: string; source: string } | undefined;
  metrics: readonly Claim[];
  /** Whether at least one of its figures has an independent source (see lib/figures/evidence.ts). */
  independent: boolean;
  /**
   * What the case study's facts call its causes, mechanics, countries and languages ("Climate
   * action", "Brazil"): indexed as text, since the facts panel itself is left out of the index.
   */
  terms: readonly string[];
}

export interface SearchRecord {
  filters: Record<SearchFilter, string[]>;
  sort: Record<SearchSort, string>;
  meta: { hashtag: string; summary: string; organisation: string; year: string; figure: string; figureSource: string };
  /**
   * Every name and alias of every organisation and of the bodies they are part of, so "Red
   * Cross", "WEF" or "UN" finds the campaign; lower-cased (see `indexedName`).
   */
  names: string[];
  /** The names of its causes, mechanics, countries and languages, once each. */
  terms: string[];
}

const unique = <T>(values: T[]) => [...new Set(values)];

/** What an organisation is called: the fields of its entry that `organisationNames` reads. */
export interface NamedOrganisation {
  name: string;
  shortName?: string | undefined;
  aliases: readonly string[];
}

/**
 * Every name an organisation goes by (full name, short form, aliases): what the index holds as
 * text and what the search page's suggestions compare an unmatched query with.
 */
export const organisationNames = (org: NamedOrganisation): string[] => [
  org.name,
  ...(org.shortName ? [org.shortName] : []),
  ...org.aliases,
];

/**
 * A name as the index holds it: lower-case. Pagefind indexes a word with a capital inside it
 * under each of its parts too ("ByteDance" under "byte" and "dance"), and it matches typed words
 * at the start of indexed ones, so "dance" found every campaign TikTok took part in. A word in
 * lower case is indexed whole. Readers never see this text, so its case is the index's alone.
 */
export const indexedName = (name: string) => name.toLowerCase();

export function searchRecord(campaign: IndexableCampaign): SearchRecord {
  return {
    filters: {
      cause: [...campaign.causes],
      organisation: campaign.organisations.map((o) => o.id),
      mechanic: [...campaign.mechanics],
      year: [String(campaign.year)],
      kind: unique(campaign.organisations.map((o) => o.kind)),
      region: regionsOf(campaign.countries),
      country: [...campaign.countries],
      language: [...campaign.languages],
      evidence: campaign.independent ? ['independent'] : [],
      objective: unique([...campaign.objectives]),
      award: unique([...campaign.awardShows]),
    },
    sort: {
      // ISO dates sort correctly as text.
      launched: campaign.launched.toISOString().slice(0, 10),
      // Pagefind drops a page from a sort it has no key for, so a campaign without a reported
      // view count sorts as 0 (last) instead of vanishing from the results.
      views: String(largest(campaign.metrics, 'views') ?? 0),
    },
    meta: {
      hashtag: campaign.hashtags[0] ?? '',
      summary: campaign.summary,
      organisation: campaign.byline,
      year: String(campaign.year),
      figure: campaign.figure?.text ?? '',
      figureSource: campaign.figure?.source ?? '',
    },
    names: unique(campaign.organisations.flatMap((o) => [o.label, ...o.names, ...o.partOf]).map(indexedName)),
    terms: unique([...campaign.terms]),
  };
}
