/**
 * Closed vocabularies used by the schemas, each written once as its values with the label
 * readers see. The schemas take the values, the interface takes the labels (src/i18n/ui.ts
 * re-exports them), and the open-data documentation lists the values: adding a value here is
 * the one change needed to allow it in content.
 */

/** The values of a vocabulary, in the order its labels are written, as the tuple `z.enum` takes. */
const valuesOf = <K extends string>(labels: Record<K, string>) => Object.keys(labels) as [K, ...K[]];

export const ORGANISATION_ROLE_LABELS = {
  lead: 'Lead',
  partner: 'Partner',
  platform: 'Platform',
  agency: 'Agency',
  funder: 'Funder',
} as const;
export const ORGANISATION_ROLES = valuesOf(ORGANISATION_ROLE_LABELS);
export type OrganisationRole = keyof typeof ORGANISATION_ROLE_LABELS;

export const ORGANISATION_KIND_LABELS = {
  'un-agency': 'UN agency',
  intergovernmental: 'Intergovernmental body',
  ngo: 'NGO',
  charity: 'Charity',
  platform: 'Platform',
  company: 'Company',
  agency: 'Agency',
  government: 'Government body',
  research: 'Research group',
} as const;
export const ORGANISATION_KINDS = valuesOf(ORGANISATION_KIND_LABELS);
export type OrganisationKind = keyof typeof ORGANISATION_KIND_LABELS;

export const METRIC_KIND_LABELS = {
  views: 'Views',
  videos: 'Videos created',
  likes: 'Likes',
  shares: 'Shares',
  participants: 'Participants',
  countries: 'Countries',
  languages: 'Languages',
  donations: 'Donations',
  pledged: 'Pledged',
  followers: 'Followers',
} as const;
export const METRIC_KINDS = valuesOf(METRIC_KIND_LABELS);
export type MetricKind = keyof typeof METRIC_KIND_LABELS;

/**
 * Kinds counted in money, which take a currency: money given (`donations`) and money promised
 * (`pledged`, such as "up to $100,000" or "£1 per video"), which is never money given.
 */
export const MONEY_KINDS: readonly MetricKind[] = ['donations', 'pledged'];

/**
 * How precise a figure is, as its source gives it. `exact` is a count given digit by digit;
 * `rounded` a headline number such as "230 million"; the others say which way it leans.
 */
export const QUALIFIER_LABELS = {
  exact: 'exact count',
  rounded: 'rounded',
  about: 'about',
  over: 'over',
  'up-to': 'up to',
} as const;
export const QUALIFIERS = valuesOf(QUALIFIER_LABELS);
export type Qualifier = keyof typeof QUALIFIER_LABELS;

/**
 * What a figure counts. Only figures of the same scope are compared or charted together: a
 * hashtag's lifetime total is not a campaign's result.
 */
export const SCOPE_LABELS = {
  campaign: 'Campaign',
  hashtag: 'Whole hashtag',
  channel: 'Own account',
  platform: 'Platform-wide',
  event: 'Event',
} as const;
export const SCOPES = valuesOf(SCOPE_LABELS);
export type Scope = keyof typeof SCOPE_LABELS;

/**
 * Which part of its scope a figure counts, when it is not the whole: one video, one post (a
 * photo or text post, or a post on another platform), one live session, or a window of time
 * such as the first hours or one day. A part is never a campaign total.
 */
export const PART_LABELS = {
  'one-video': 'one video',
  'one-post': 'one post',
  'one-live': 'one live session',
  period: 'part of the period',
} as const;
export const PARTS = valuesOf(PART_LABELS);
export type PartType = keyof typeof PART_LABELS;

/**
 * Where a figure was counted: on TikTok (the default), on another platform, or on all
 * platforms together. Only TikTok figures join the site's TikTok totals, charts and sorts.
 */
export const PLATFORM_LABELS = {
  tiktok: 'TikTok',
  instagram: 'Instagram',
  youtube: 'YouTube',
  facebook: 'Facebook',
  all: 'all platforms',
} as const;
export const PLATFORMS = valuesOf(PLATFORM_LABELS);
export type Platform = keyof typeof PLATFORM_LABELS;

/** Who a source is, relative to the campaign: its provenance. Readers see the label beside each figure. */
export const SOURCE_KIND_LABELS = {
  organiser: 'Organiser',
  platform: 'TikTok',
  agency: 'Agency',
  'award-entry': 'Award entry',
  press: 'Independent press',
  academic: 'Academic',
  other: 'Other',
} as const;
export const SOURCE_KINDS = valuesOf(SOURCE_KIND_LABELS);
export type SourceKind = keyof typeof SOURCE_KIND_LABELS;

/** Sources with a stake in the campaign looking good: a figure only they report is self-reported. */
export const INTERESTED_SOURCE_KINDS: readonly SourceKind[] = ['organiser', 'platform', 'agency', 'award-entry'];
/** Sources independent of the organisers and the platform. */
export const INDEPENDENT_SOURCE_KINDS: readonly SourceKind[] = ['press', 'academic'];

/**
 * Whose claim a figure is, when its source says so: an outlet that writes "according to TikTok"
 * passes on TikTok's figure, which stays self-reported however independent the outlet is.
 */
export const ATTRIBUTION_LABELS = {
  organiser: 'the organisers',
  platform: 'TikTok',
  agency: 'the agency',
} as const satisfies Partial<Record<SourceKind, string>>;
export const ATTRIBUTIONS = valuesOf(ATTRIBUTION_LABELS);
export type Attribution = keyof typeof ATTRIBUTION_LABELS;

/** What form a source takes, which is separate from who wrote it (its kind). */
export const SOURCE_FORMAT_LABELS = {
  news: 'News',
  blog: 'Blog',
  'press-release': 'Press release',
  interview: 'Interview',
  report: 'Report',
  'award-entry': 'Award entry',
  'platform-newsroom': 'Platform newsroom',
} as const;
export const SOURCE_FORMATS = valuesOf(SOURCE_FORMAT_LABELS);
export type SourceFormat = keyof typeof SOURCE_FORMAT_LABELS;

/**
 * The award shows a case study's `awards` can name, each by the name its organiser uses. A show
 * is added here when a source needs it; its entries are cited to the awards body's own pages.
 */
export const AWARD_SHOW_LABELS = {
  'cannes-lions': 'Cannes Lions',
  'shorty-awards': 'Shorty Awards',
  'shorty-impact-awards': 'Shorty Impact Awards',
  'webby-awards': 'Webby Awards',
  'd-and-ad': 'D&AD Awards',
  'one-show': 'The One Show',
  'clio-awards': 'Clio Awards',
  'spikes-asia': 'Spikes Asia',
  'dubai-lynx': 'Dubai Lynx',
  eurobest: 'Eurobest',
  'lbb-awards': 'LBB Awards',
  'the-drum-awards': 'The Drum Awards',
  'effie-awards': 'Effie Awards',
} as const;
export const AWARD_SHOWS = valuesOf(AWARD_SHOW_LABELS);
export type AwardShow = keyof typeof AWARD_SHOW_LABELS;

/** How far an entry went at an award show, highest first: the level the awards body lists it at. */
export const AWARD_LEVEL_LABELS = {
  'grand-prix': 'Grand Prix',
  gold: 'Gold',
  silver: 'Silver',
  bronze: 'Bronze',
  winner: 'Winner',
  finalist: 'Finalist',
  shortlist: 'Shortlist',
} as const;
export const AWARD_LEVELS = valuesOf(AWARD_LEVEL_LABELS);
export type AwardLevel = keyof typeof AWARD_LEVEL_LABELS;

/**
 * What a campaign had to work with, where a source says: its budget (money, with a currency) or
 * its team (people). Never estimated.
 */
export const RESOURCE_KIND_LABELS = {
  budget: 'Budget',
  team: 'Team',
} as const;
export const RESOURCE_KINDS = valuesOf(RESOURCE_KIND_LABELS);
export type ResourceKind = keyof typeof RESOURCE_KIND_LABELS;

/** Quote the allowed values in an error message. */
export const oneOf = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

/** The values as prose, for documentation: "lead, partner, platform, agency or funder". */
export const listOf = (values: readonly string[]) =>
  values.length > 1 ? `${values.slice(0, -1).join(', ')} or ${values.at(-1)}` : (values[0] ?? '');
