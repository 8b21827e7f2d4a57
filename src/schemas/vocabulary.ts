/**
 * Closed vocabularies used by the schemas, with the labels readers see. Adding a value here is
 * the one change needed to allow it in content (and its label in `src/i18n/ui.ts`).
 */
export const ORGANISATION_ROLES = ['lead', 'partner', 'platform', 'agency', 'funder'] as const;
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];

export const ORGANISATION_KINDS = [
  'un-agency',
  'intergovernmental',
  'ngo',
  'charity',
  'platform',
  'company',
  'agency',
  'government',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const METRIC_KINDS = [
  'views',
  'videos',
  'likes',
  'shares',
  'participants',
  'countries',
  'languages',
  'donations',
  'followers',
] as const;
export type MetricKind = (typeof METRIC_KINDS)[number];

export const QUALIFIERS = ['exact', 'about', 'over', 'up-to'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const SOURCE_KINDS = ['news', 'blog', 'press-release', 'interview', 'report', 'award-entry', 'platform-newsroom'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Quote the allowed values in an error message. */
export const oneOf = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');
