/**
 * Every taxonomy page that lists case studies and every index of terms, described once: address,
 * title, lead, parent and groups (or terms). Each is one route, causes/[id]/[...page].astro and
 * causes/[...page].astro and the like, that builds its first and later pages from the same
 * description, so no two pages of a listing can disagree on what it holds.
 */
import type { Catalogue, Campaign, Cause, Mechanic, Objective, Organisation } from '~/data/catalogue.ts';
import { orgLabel } from '~/lib/model/organisations.ts';
import { nearbyCauses } from '~/lib/model/sdgs.ts';
import { groupsTotal, listingPaths, TERM_PAGE_SIZE, type Group } from '~/lib/site/pagination.ts';
import { paths } from '~/lib/site/paths.ts';
import { countryName, languageName } from '~/schemas/locale.ts';
import { ui } from '~/i18n/ui.ts';

/** What a term page lists, on all its pages (src/layouts/TermLayout.astro shows one of them). */
export interface TermListing {
  /** The term's first page, from which later pages are numbered. */
  base: string;
  title: string;
  /** One or two sentences on the term; also the page's meta description. */
  lead: string;
  parent: { href: string; label: string };
  /** Every case study of the term, under headings: "Case studies", or an organisation's roles; none for a term without any. */
  groups: Group<Campaign>[];
}

const single = (campaigns: Campaign[]): Group<Campaign>[] =>
  campaigns.length ? [{ heading: ui.listing.caseStudiesHeading, items: campaigns }] : [];

/** An organisation's page title, under 70 characters: a long name with a short form uses the short form alone. */
const organisationTitle = (data: { name: string; shortName?: string | undefined }) =>
  !data.shortName ? data.name : `${data.name} (${data.shortName})`.length > 56 ? data.shortName : `${data.name} (${data.shortName})`;

/** An organisation's kind, and for a parent that took part in none itself, how many case studies its members did. */
const organisationNote = (catalogue: Catalogue, org: Organisation) => {
  const kind = ui.organisationKinds[org.data.kind];
  const ofMembers = catalogue.byOrganisation(org.id).length === 0 ? catalogue.byMembers(org.id).length : 0;
  return ofMembers > 0 ? `${kind}. ${ui.terms.organisations.membersTookPart(ofMembers)}` : kind;
};

/** The link from a term page up to the index of its section. */
const indexLink = (section: 'causes' | 'organisations' | 'mechanics' | 'years' | 'countries' | 'languages' | 'objectives') => ({
  href: paths[section],
  label: ui.terms[section].all,
});

/** The listing of each kind of term page, from the term itself. */
export const termListing = {
  cause: (catalogue: Catalogue, cause: Cause): TermListing => ({
    base: paths.cause(cause.id),
    title: cause.data.name,
    lead: cause.data.description,
    parent: indexLink('causes'),
    groups: single(catalogue.byCause(cause.id)),
  }),
  organisation: (catalogue: Catalogue, organisation: Organisation): TermListing => ({
    base: paths.organisation(organisation.id),
    title: organisationTitle(organisation.data),
    lead: organisation.data.description,
    parent: indexLink('organisations'),
    groups: catalogue
      .byOrganisationRole(organisation.id)
      .map(({ role, campaigns }) => ({ heading: ui.terms.organisations.asRole(ui.roles[role]), items: campaigns })),
  }),
  mechanic: (catalogue: Catalogue, mechanic: Mechanic): TermListing => ({
    base: paths.mechanic(mechanic.id),
    title: mechanic.data.name,
    lead: mechanic.data.description,
    parent: indexLink('mechanics'),
    groups: single(catalogue.byMechanic(mechanic.id)),
  }),
  year: (catalogue: Catalogue, year: number): TermListing => ({
    base: paths.year(year),
    title: ui.terms.years.page(year),
    lead: ui.terms.years.lead(year),
    parent: indexLink('years'),
    groups: single(catalogue.byYear(year)),
  }),
  country: (catalogue: Catalogue, code: string): TermListing => ({
    base: paths.country(code),
    title: countryName(code) ?? code,
    lead: ui.terms.countries.lead(countryName(code) ?? code),
    parent: indexLink('countries'),
    groups: single(catalogue.byCountry(code)),
  }),
  language: (catalogue: Catalogue, tag: string): TermListing => ({
    base: paths.language(tag),
    title: languageName(tag) ?? tag,
    lead: ui.terms.languages.lead(languageName(tag) ?? tag),
    parent: indexLink('languages'),
    groups: single(catalogue.byLanguage(tag)),
  }),
  objective: (catalogue: Catalogue, objective: Objective): TermListing => ({
    base: paths.objective(objective.id),
    title: objective.data.name,
    lead: objective.data.description,
    parent: indexLink('objectives'),
    groups: single(catalogue.byObjective(objective.id)),
  }),
};

/** A link to another organisation's page, as an organisation page lists the bodies it belongs to and its members. */
export interface OrganisationLink {
  href: string;
  label: string;
}

/**
 * What an organisation page says of the bodies it belongs to ("Part of: United Nations system",
 * by full name) and of its members (by the short form readers know, each with its count of
 * case studies), and, for a parent that took part in none itself, that its members did, in
 * place of "no case studies".
 */
export function organisationRelations(
  catalogue: Pick<Catalogue, 'partOf' | 'members' | 'byOrganisation'>,
  organisation: Organisation,
): { partOf: OrganisationLink[]; members: OrganisationLink[]; none: string | undefined } {
  const members = catalogue.members(organisation.id);
  const ownCount = catalogue.byOrganisation(organisation.id).length;
  return {
    partOf: catalogue.partOf(organisation.id).map((o) => ({ href: paths.organisation(o.id), label: o.data.name })),
    members: members.map((o) => ({
      href: paths.organisation(o.id),
      label: `${orgLabel(o)} (${ui.counts.caseStudies(catalogue.byOrganisation(o.id).length)})`,
    })),
    none: ownCount === 0 && members.length > 0 ? ui.terms.organisations.noneOwn : undefined,
  };
}

/**
 * The static paths of every page of a term's listing, for its `[...page]` route: the route's
 * `params` and `props`, plus the listing and the page number.
 */
export const termListingPaths = <Params extends object, Props extends object = Record<never, never>>(
  listing: TermListing,
  params: Params,
  props = {} as Props,
) => listingPaths(listing.base, groupsTotal(listing.groups), { params, props: { ...props, listing } });

/** An index of terms (every cause, every organisation…): what its pages list, described once. */
export interface TermIndex {
  base: string;
  title: string;
  intro: string;
  items: { href: string; name: string; count: string; description?: string | undefined }[];
}

type IndexItem = TermIndex['items'][number];

/** An index of `terms` at `base`, under its section's title and intro. */
const indexOf = <T>(
  base: string,
  strings: { title: string; intro: string },
  terms: readonly T[],
  item: (term: T) => IndexItem,
): TermIndex => ({
  base,
  title: strings.title,
  intro: strings.intro,
  items: terms.map(item),
});

/** Each index of terms, from the catalogue; one longer than TERM_PAGE_SIZE runs on to later pages. */
export const termIndex = {
  causes: (catalogue: Catalogue) =>
    indexOf(paths.causes, ui.terms.causes, catalogue.causes, (cause) => ({
      href: paths.cause(cause.id),
      name: cause.data.name,
      count: ui.counts.caseStudies(catalogue.byCause(cause.id).length),
      description: cause.data.description,
    })),
  organisations: (catalogue: Catalogue) =>
    indexOf(paths.organisations, ui.terms.organisations, catalogue.organisations, (org) => ({
      href: paths.organisation(org.id),
      name: orgLabel(org) === org.data.name ? org.data.name : `${org.data.name} (${orgLabel(org)})`,
      count: ui.counts.caseStudies(catalogue.byOrganisation(org.id).length),
      description: organisationNote(catalogue, org),
    })),
  mechanics: (catalogue: Catalogue) =>
    indexOf(paths.mechanics, ui.terms.mechanics, catalogue.mechanics, (mechanic) => ({
      href: paths.mechanic(mechanic.id),
      name: mechanic.data.name,
      count: ui.counts.caseStudies(catalogue.byMechanic(mechanic.id).length),
      description: mechanic.data.description,
    })),
  years: (catalogue: Catalogue) =>
    indexOf(paths.years, ui.terms.years, catalogue.years, (year) => ({
      href: paths.year(year),
      name: String(year),
      count: ui.counts.caseStudies(catalogue.byYear(year).length),
    })),
  countries: (catalogue: Catalogue) =>
    indexOf(paths.countries, ui.terms.countries, catalogue.countries, (code) => ({
      href: paths.country(code),
      name: countryName(code) ?? code,
      count: ui.counts.caseStudies(catalogue.byCountry(code).length),
    })),
  languages: (catalogue: Catalogue) =>
    indexOf(paths.languages, ui.terms.languages, catalogue.languages, (tag) => ({
      href: paths.language(tag),
      name: languageName(tag) ?? tag,
      count: ui.counts.caseStudies(catalogue.byLanguage(tag).length),
    })),
  objectives: (catalogue: Catalogue) =>
    indexOf(paths.objectives, ui.terms.objectives, catalogue.objectives, (objective) => ({
      href: paths.objective(objective.id),
      name: objective.data.name,
      count: ui.counts.caseStudies(catalogue.byObjective(objective.id).length),
      description: objective.data.description,
    })),
  playbook: (catalogue: Catalogue) =>
    indexOf(paths.playbook, ui.playbook, catalogue.themes, (theme) => ({
      href: paths.theme(theme.id),
      name: theme.data.name,
      count: ui.counts.lessons(catalogue.lessonsByTheme(theme.id).length),
      description: theme.data.description,
    })),
};

/** The static paths of every page of an index, for its `[...page]` route: the index and the page number. */
export const termIndexPaths = (index: TermIndex) =>
  listingPaths(index.base, index.items.length, { props: { index }, size: TERM_PAGE_SIZE });

/** The causes near each cause (lib/model/sdgs.ts), with their names and counts: for cause pages and the search's vocabulary. */
export function nearbyCausesOf(catalogue: Catalogue): Map<string, { id: string; name: string; count: number }[]> {
  const goals = catalogue.causes.map((c) => ({ id: c.id, name: c.data.name, sdgs: c.data.sdgs, count: catalogue.byCause(c.id).length }));
  return new Map(goals.map((cause) => [cause.id, nearbyCauses(cause, goals).map(({ id, name, count }) => ({ id, name, count }))]));
}
