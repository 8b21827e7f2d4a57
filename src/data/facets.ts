/**
 * The explorer's facet values: every value each facet can take, with its label and its count
 * over the whole catalogue. Shared by the explorer's markup and by /data/facets/<facet>.json,
 * which holds the values a long facet does not render: a catalogue of thousands names thousands
 * of organisations, and the page must not carry a checkbox for each (see FACET_RENDERED).
 */
import type { Catalogue } from '~/data/catalogue.ts';
import { evidenceGrade, hasIndependentSource } from '~/lib/figures/evidence.ts';
import { metricRows } from '~/lib/figures/metrics.ts';
import { listingFacets, type Facet } from '~/lib/site/listing.ts';
import { SEARCH_FILTERS, organisationNames, type SearchFilter } from '~/lib/search/records.ts';
import { REGIONS, regionsOf } from '~/lib/model/regions.ts';
import { countryName, languageName } from '~/schemas/locale.ts';
import { ORGANISATION_KINDS } from '~/schemas/vocabulary.ts';
import { ui } from '~/i18n/ui.ts';

export interface FacetValue {
  value: string;
  label: string;
  count: number;
  /** Every name an organisation goes by besides its label, which the facet's find box matches. */
  names?: string[];
}

/**
 * Values a facet renders in the page at most. A longer facet renders its most common values
 * and fetches the rest from /data/facets/<facet>.json when the reader asks for them all.
 */
export const FACET_RENDERED = 30;

const byLabel = (a: FacetValue, b: FacetValue) => a.label.localeCompare(b.label, 'en');
const byCount = (a: FacetValue, b: FacetValue) => b.count - a.count || byLabel(a, b);

/** Every value of every facet, in the order the explorer lists them; values no case study has are left out. */
export function facetValues(catalogue: Catalogue): Record<SearchFilter, FacetValue[]> {
  // The taxonomies the listing's browse links count already, without their pages' addresses.
  const browse = listingFacets(catalogue);
  const counted = (facets: readonly Facet[]) => facets.map(({ value, label, count }) => ({ value, label, count }));
  const organisations = new Map(catalogue.organisations.map((o) => [o.id, o]));
  const regions = catalogue.campaigns.map((c) => regionsOf(c.data.countries));
  const all: Record<SearchFilter, FacetValue[]> = {
    cause: counted(browse.cause),
    organisation: counted(browse.organisation).map((v) => {
      const names = organisationNames(organisations.get(v.value)!.data).filter((name) => name !== v.label);
      return names.length ? { ...v, names } : v;
    }),
    kind: ORGANISATION_KINDS.map((k) => ({
      value: k,
      label: ui.organisationKinds[k],
      count: catalogue.campaigns.filter((c) => c.organisations.some((o) => o.organisation.data.kind === k)).length,
    })),
    mechanic: counted(browse.mechanic),
    objective: counted(browse.objective),
    year: counted(browse.year),
    region: REGIONS.map((r) => ({ value: r, label: ui.regions[r], count: regions.filter((list) => list.includes(r)).length })),
    country: catalogue.countries.map((c) => ({ value: c, label: countryName(c) ?? c, count: catalogue.byCountry(c).length })),
    language: catalogue.languages.map((l) => ({ value: l, label: languageName(l) ?? l, count: catalogue.byLanguage(l).length })),
    evidence: [
      {
        value: 'independent',
        label: ui.explorer.independentSource,
        count: catalogue.campaigns.filter((c) => hasIndependentSource(evidenceGrade(metricRows(c.metrics), c.sources))).length,
      },
    ],
    award: counted(browse.award),
  };
  return Object.fromEntries(
    SEARCH_FILTERS.map((facet) => {
      const values = all[facet].filter((v) => v.count > 0 || facet === 'evidence');
      // A short facet keeps its natural order (vocabulary, years, names); a long one, whose
      // tail is not rendered, lists its most common values first, so those are the ones rendered.
      if (facet === 'organisation') values.sort(byLabel);
      return [facet, values.length > FACET_RENDERED ? values.sort(byCount) : values];
    }),
  ) as Record<SearchFilter, FacetValue[]>;
}
