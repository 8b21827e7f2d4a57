/**
 * Every taxonomy page that lists case studies, described once: its address, title, lead, parent
 * and groups. The first page of each is its own route (causes/[id].astro, …, which add their own
 * facts); later pages come from [section]/[term]/page/[page].astro, which reads the same list,
 * so the two can never disagree on what a page holds.
 */
import type { Catalogue, Campaign } from '~/data/catalogue.ts';
import { orgLabel } from '~/lib/model/organisations.ts';
import type { Group } from '~/lib/site/pagination.ts';
import { paths } from '~/lib/site/paths.ts';
import { countryName, languageName } from '~/schemas/locale.ts';
import { ui } from '~/i18n/ui.ts';

export interface TermListing {
  base: string;
  title: string;
  lead: string;
  parent: { href: string; label: string };
  groups: Group<Campaign>[];
}

const single = (campaigns: Campaign[]): Group<Campaign>[] =>
  campaigns.length ? [{ heading: ui.listing.caseStudiesHeading, items: campaigns }] : [];

/** An organisation's page title, under 70 characters: a long name with a short form uses the short form alone. */
export const organisationTitle = (data: { name: string; shortName?: string | undefined }) =>
  !data.shortName ? data.name : `${data.name} (${data.shortName})`.length > 56 ? data.shortName : `${data.name} (${data.shortName})`;

export function termListings(catalogue: Catalogue): TermListing[] {
  return [
    ...catalogue.causes.map((c) => ({
      base: paths.cause(c.id),
      title: c.data.name,
      lead: c.data.description,
      parent: { href: paths.causes, label: ui.terms.causes.all },
      groups: single(catalogue.byCause(c.id)),
    })),
    ...catalogue.organisations.map((o) => ({
      base: paths.organisation(o.id),
      title: organisationTitle(o.data),
      lead: o.data.description,
      parent: { href: paths.organisations, label: ui.terms.organisations.all },
      groups: catalogue
        .byOrganisationRole(o.id)
        .map(({ role, campaigns }) => ({ heading: ui.terms.organisations.asRole(ui.roles[role]), items: campaigns })),
    })),
    ...catalogue.mechanics.map((m) => ({
      base: paths.mechanic(m.id),
      title: m.data.name,
      lead: m.data.description,
      parent: { href: paths.mechanics, label: ui.terms.mechanics.all },
      groups: single(catalogue.byMechanic(m.id)),
    })),
    ...catalogue.years.map((y) => ({
      base: paths.year(y),
      title: ui.terms.years.page(y),
      lead: ui.terms.years.lead(y),
      parent: { href: paths.years, label: ui.terms.years.all },
      groups: single(catalogue.byYear(y)),
    })),
    ...catalogue.countries.map((code) => ({
      base: paths.country(code),
      title: countryName(code) ?? code,
      lead: ui.terms.countries.lead(countryName(code) ?? code),
      parent: { href: paths.countries, label: ui.terms.countries.all },
      groups: single(catalogue.byCountry(code)),
    })),
    ...catalogue.languages.map((tag) => ({
      base: paths.language(tag),
      title: languageName(tag) ?? tag,
      lead: ui.terms.languages.lead(languageName(tag) ?? tag),
      parent: { href: paths.languages, label: ui.terms.languages.all },
      groups: single(catalogue.byLanguage(tag)),
    })),
  ];
}

/** The listing of one term page, by its address. */
export function termListing(catalogue: Catalogue, base: string): TermListing {
  const listing = termListings(catalogue).find((l) => l.base === base);
  if (!listing) throw new Error(`No taxonomy listing at ${base}`);
  return listing;
}

/** An index of terms (every cause, every organisation…): what its pages list, described once. */
export interface TermIndex {
  base: string;
  title: string;
  intro: string;
  items: { href: string; name: string; count: string; description?: string | undefined }[];
}

/**
 * Every index page. Page 1 of each is its own route (causes/index.astro, …); an index longer
 * than TERM_PAGE_SIZE continues at [section]/page/[page].astro, which reads the same list.
 */
export function termIndexes(catalogue: Catalogue): TermIndex[] {
  return [
    {
      base: paths.causes,
      title: ui.terms.causes.title,
      intro: ui.terms.causes.intro,
      items: catalogue.causes.map((cause) => ({
        href: paths.cause(cause.id),
        name: cause.data.name,
        count: ui.counts.caseStudies(catalogue.byCause(cause.id).length),
        description: cause.data.description,
      })),
    },
    {
      base: paths.organisations,
      title: ui.terms.organisations.title,
      intro: ui.terms.organisations.intro,
      items: catalogue.organisations.map((org) => ({
        href: paths.organisation(org.id),
        name: orgLabel(org) === org.data.name ? org.data.name : `${org.data.name} (${orgLabel(org)})`,
        count: ui.counts.caseStudies(catalogue.byOrganisation(org.id).length),
        description: ui.organisationKinds[org.data.kind],
      })),
    },
    {
      base: paths.mechanics,
      title: ui.terms.mechanics.title,
      intro: ui.terms.mechanics.intro,
      items: catalogue.mechanics.map((mechanic) => ({
        href: paths.mechanic(mechanic.id),
        name: mechanic.data.name,
        count: ui.counts.caseStudies(catalogue.byMechanic(mechanic.id).length),
        description: mechanic.data.description,
      })),
    },
    {
      base: paths.years,
      title: ui.terms.years.title,
      intro: ui.terms.years.intro,
      items: catalogue.years.map((year) => ({
        href: paths.year(year),
        name: String(year),
        count: ui.counts.caseStudies(catalogue.byYear(year).length),
      })),
    },
    {
      base: paths.countries,
      title: ui.terms.countries.title,
      intro: ui.terms.countries.intro,
      items: catalogue.countries.map((code) => ({
        href: paths.country(code),
        name: countryName(code) ?? code,
        count: ui.counts.caseStudies(catalogue.byCountry(code).length),
      })),
    },
    {
      base: paths.languages,
      title: ui.terms.languages.title,
      intro: ui.terms.languages.intro,
      items: catalogue.languages.map((tag) => ({
        href: paths.language(tag),
        name: languageName(tag) ?? tag,
        count: ui.counts.caseStudies(catalogue.byLanguage(tag).length),
      })),
    },
    {
      base: paths.playbook,
      title: ui.playbook.title,
      intro: ui.playbook.intro,
      items: catalogue.themes.map((theme) => ({
        href: paths.theme(theme.id),
        name: theme.data.name,
        count: ui.counts.lessons(catalogue.lessonsByTheme(theme.id).length),
        description: theme.data.description,
      })),
    },
  ];
}

/** The index at `base`. */
export function termIndex(catalogue: Catalogue, base: string): TermIndex {
  const index = termIndexes(catalogue).find((i) => i.base === base);
  if (!index) throw new Error(`No term index at ${base}`);
  return index;
}
