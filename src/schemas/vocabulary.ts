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
  followers: 'Followers',
} as const;
export const METRIC_KINDS = valuesOf(METRIC_KIND_LABELS);
export type MetricKind = keyof typeof METRIC_KIND_LABELS;

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

/** Quote the allowed values in an error message. */
export const oneOf = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

/** The values as prose, for documentation: "lead, partner, platform, agency or funder". */
export const listOf = (values: readonly string[]) =>
  values.length > 1 ? `${values.slice(0, -1).join(', ')} or ${values.at(-1)}` : (values[0] ?? '');
