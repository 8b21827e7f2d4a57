/**
 * The explorer's vocabulary (src/lib/search/vocabulary.ts), from the catalogue: every cause,
 * organisation and mechanic with case studies, and every hashtag, each with its names, page and
 * count, and each cause with the causes near it. Served as /data/search-terms.json, which the explorer fetches with its first search.
 */
import type { Catalogue } from '~/data/catalogue.ts';
import { nearbyCausesOf } from '~/data/terms.ts';
import { listingFacets } from '~/lib/site/listing.ts';
import { paths } from '~/lib/site/paths.ts';
import { organisationNames } from '~/lib/search/records.ts';
import type { SearchTerm } from '~/lib/search/vocabulary.ts';

export function searchTerms(catalogue: Catalogue): SearchTerm[] {
  const facets = listingFacets(catalogue);
  const organisations = new Map(catalogue.organisations.map((o) => [o.id, o]));
  const nearby = nearbyCausesOf(catalogue);
  const term = (
    kind: SearchTerm['kind'],
    { value, label, href, count }: { value: string; label: string; href: string; count: number },
    names = [label],
  ): SearchTerm => ({
    kind,
    id: value,
    label,
    names: [...new Set([label, ...names])],
    href,
    count,
  });
  return [
    // An organisation under its full name: the shortcut says whom the short one stands for.
    ...facets.organisation.map((f) => {
      const { data } = organisations.get(f.value)!;
      return { ...term('organisation', { ...f, label: data.name }, organisationNames(data)), organisations: [f.value] };
    }),
    // A body that took part in none itself but whose members did ("UN" for the UN system), by its members' case studies.
    ...catalogue.organisations
      .filter((o) => catalogue.byOrganisation(o.id).length === 0 && catalogue.byMembers(o.id).length > 0)
      .map((o) => ({
        ...term(
          'organisation',
          { value: o.id, label: o.data.name, href: paths.organisation(o.id), count: catalogue.byMembers(o.id).length },
          organisationNames(o.data),
        ),
        organisations: catalogue.organisations.filter((m) => catalogue.ancestors(m.id).some((a) => a.id === o.id)).map((m) => m.id),
        byMembers: true,
      })),
    // A cause with the causes near it (their ids, terms of this list), which a search for it offers.
    ...facets.cause.map((f) => {
      const near = (nearby.get(f.value) ?? []).map((c) => c.id);
      return near.length ? { ...term('cause', f), nearby: near } : term('cause', f);
    }),
    ...facets.mechanic.map((f) => term('mechanic', f)),
    ...catalogue.campaigns.flatMap((c) =>
      c.data.hashtags.map((tag) => term('hashtag', { value: tag, label: tag, href: paths.campaign(c.id), count: 1 })),
    ),
  ];
}
