/**
 * The explorer's vocabulary (src/lib/search/vocabulary.ts), from the catalogue: every cause,
 * organisation and mechanic with case studies, and every hashtag, each with its names, page and
 * count. Served as /data/search-terms.json, which the explorer fetches with its first search.
 */
import type { Catalogue } from '~/data/catalogue.ts';
import { listingFacets } from '~/lib/site/listing.ts';
import { paths } from '~/lib/site/paths.ts';
import { organisationNames } from '~/lib/search/records.ts';
import type { SearchTerm } from '~/lib/search/vocabulary.ts';

export function searchTerms(catalogue: Catalogue): SearchTerm[] {
  const facets = listingFacets(catalogue);
  const organisations = new Map(catalogue.organisations.map((o) => [o.id, o]));
  const term = (kind: SearchTerm['kind'], { label, href, count }: { label: string; href: string; count: number }, names = [label]) => ({
    kind,
    label,
    names: [...new Set([label, ...names])],
    href,
    count,
  });
  return [
    ...facets.organisation.map((f) => term('organisation', f, organisationNames(organisations.get(f.value)!.data))),
    ...facets.cause.map((f) => term('cause', f)),
    ...facets.mechanic.map((f) => term('mechanic', f)),
    ...catalogue.campaigns.flatMap((c) =>
      c.data.hashtags.map((tag) => term('hashtag', { label: tag, href: paths.campaign(c.id), count: 1 })),
    ),
  ];
}
