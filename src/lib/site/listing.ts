/**
 * The ways into the catalogue that work without JavaScript: for each taxonomy a listing can be
 * browsed by, every value that has case studies, with its page and count. The explorer's
 * no-JavaScript fallback and the browse links read it.
 */
import type { CauseEntry, MechanicEntry, ObjectiveEntry, OrganisationEntry } from '../model/entries.ts';
import { orgLabel } from '../model/organisations.ts';
import { awardShowAnchor } from '../model/awards.ts';
import { AWARD_SHOW_LABELS, AWARD_SHOWS, type AwardShow } from '../../schemas/vocabulary.ts';
import { paths } from './paths.ts';

export const FILTERS = ['cause', 'organisation', 'mechanic', 'objective', 'year', 'award'] as const;
export type Filter = (typeof FILTERS)[number];

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
  objectives: readonly ObjectiveEntry[];
  years: readonly number[];
  byCause(id: string): readonly unknown[];
  byOrganisation(id: string): readonly unknown[];
  byMechanic(id: string): readonly unknown[];
  byObjective(id: string): readonly unknown[];
  byYear(year: number): readonly unknown[];
  byAwardShow(show: AwardShow): readonly unknown[];
}

/**
 * For each listing filter, every value at least one case study has, in the order readers scan
 * them. An award show has no page of its own: its value leads to its section of /awards/.
 */
export function listingFacets(catalogue: FacetSource): Record<Filter, Facet[]> {
  const used = (facets: Facet[]) => facets.filter((f) => f.count > 0);
  return {
    cause: used(
      catalogue.causes.map((c) => ({ value: c.id, label: c.data.name, href: paths.cause(c.id), count: catalogue.byCause(c.id).length })),
    ),
    organisation: used(
      catalogue.organisations.map((o) => ({
        value: o.id,
        label: orgLabel(o),
        href: paths.organisation(o.id),
        count: catalogue.byOrganisation(o.id).length,
      })),
    ),
    mechanic: used(
      catalogue.mechanics.map((m) => ({
        value: m.id,
        label: m.data.name,
        href: paths.mechanic(m.id),
        count: catalogue.byMechanic(m.id).length,
      })),
    ),
    objective: used(
      catalogue.objectives.map((o) => ({
        value: o.id,
        label: o.data.name,
        href: paths.objective(o.id),
        count: catalogue.byObjective(o.id).length,
      })),
    ),
    year: catalogue.years.map((y) => ({ value: String(y), label: String(y), href: paths.year(y), count: catalogue.byYear(y).length })),
    award: used(
      AWARD_SHOWS.map((show) => ({
        value: show,
        label: AWARD_SHOW_LABELS[show],
        href: paths.anchor(paths.awards, awardShowAnchor(show)),
        count: catalogue.byAwardShow(show).length,
      })),
    ),
  };
}

/** Terms a browse list links to at most: the rest are one link away, on the term's index. */
export const BROWSE_LIMIT = 24;

/** The id of the listing's browse links (BrowseLinks.astro), where the header sends a reader without JavaScript. */
export const BROWSE_ID = 'browse-heading';

/**
 * The terms a browse list shows: all of them when they fit, else the BROWSE_LIMIT with the
 * most case studies (in the list's own order), and how many are left to the index page.
 */
export function browseSlice(facets: readonly Facet[], limit = BROWSE_LIMIT): { shown: Facet[]; more: number } {
  if (facets.length <= limit) return { shown: [...facets], more: 0 };
  const kept = new Set(
    [...facets]
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'en'))
      .slice(0, limit)
      .map((f) => f.value),
  );
  return { shown: facets.filter((f) => kept.has(f.value)), more: facets.length - limit };
}
