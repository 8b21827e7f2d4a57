/**
 * The state of the case-study listing (filters and sort) and how it maps to the URL query,
 * shared by the page that renders the list and the script that filters it in place. Pure, so
 * the round trip URL → state → URL is unit-tested.
 */
import type { CauseEntry, MechanicEntry, OrganisationEntry, ResolvedCampaign } from './entries.ts';
import { largest } from './metrics.ts';
import { orgLabel } from './organisations.ts';
import { paths } from './paths.ts';

export const SORTS = ['newest', 'oldest', 'views'] as const;
export type Sort = (typeof SORTS)[number];

export const FILTERS = ['cause', 'organisation', 'mechanic', 'year'] as const;
export type Filter = (typeof FILTERS)[number];

export interface ListingState {
  /** The selected value of each filter; an absent key means "any". */
  filters: Partial<Record<Filter, string>>;
  sort: Sort;
}

/** One case study as the listing sees it: the values it can be filtered and sorted by. */
export interface ListingItem {
  cause: readonly string[];
  organisation: readonly string[];
  mechanic: readonly string[];
  year: readonly string[];
  /** Launch time in milliseconds. */
  launched: number;
  /** The largest reported view count, if any source reports one. */
  views: number | undefined;
}

export const DEFAULT_STATE: ListingState = { filters: {}, sort: 'newest' };

/** Reads the state from a query string; unknown keys and values it cannot use are ignored. */
export function parseState(search: string): ListingState {
  const params = new URLSearchParams(search);
  const filters: ListingState['filters'] = {};
  for (const key of FILTERS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const sort = params.get('sort');
  return { filters, sort: (SORTS as readonly (string | null)[]).includes(sort) ? (sort as Sort) : DEFAULT_STATE.sort };
}

/** The query string for a state, "" for the default, keys in a fixed order so URLs are stable. */
export function serializeState(state: ListingState): string {
  const params = new URLSearchParams();
  for (const key of FILTERS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.sort !== DEFAULT_STATE.sort) params.set('sort', state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function matches(item: ListingItem, state: ListingState): boolean {
  return FILTERS.every((key) => {
    const wanted = state.filters[key];
    return wanted === undefined || item[key].includes(wanted);
  });
}

/** A comparator for a sort. Campaigns without a view count go last under "most views". */
export function comparator(sort: Sort): (a: ListingItem, b: ListingItem) => number {
  switch (sort) {
    case 'newest':
      return (a, b) => b.launched - a.launched;
    case 'oldest':
      return (a, b) => a.launched - b.launched;
    case 'views':
      return (a, b) => (b.views ?? -1) - (a.views ?? -1) || b.launched - a.launched;
  }
}

/** A value the case-study listing can filter by, with its page and how many case studies have it. */
export interface Facet {
  value: string;
  label: string;
  href: string;
  count: number;
}

/** What the facets are counted from: the taxonomy and the catalogue's reverse indexes. */
export interface FacetSource {
  causes: readonly CauseEntry[];
  organisations: readonly OrganisationEntry[];
  mechanics: readonly MechanicEntry[];
  years: readonly number[];
  byCause(id: string): readonly unknown[];
  byOrganisation(id: string): readonly unknown[];
  byMechanic(id: string): readonly unknown[];
  byYear(year: number): readonly unknown[];
}

/** For each listing filter, every value at least one case study has, in the order readers scan them. */
export function listingFacets(catalog: FacetSource): Record<Filter, Facet[]> {
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
export function listingItem(
  campaign: Pick<ResolvedCampaign, 'causes' | 'organisations' | 'mechanics' | 'year' | 'data' | 'metrics'>,
): ListingItem {
  return {
    cause: campaign.causes.map((c) => c.id),
    organisation: campaign.organisations.map((o) => o.organisation.id),
    mechanic: campaign.mechanics.map((m) => m.id),
    year: [String(campaign.year)],
    launched: campaign.data.launched.start.getTime(),
    views: largest(campaign.metrics, 'views'),
  };
}
