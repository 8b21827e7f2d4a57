/**
 * The paginated listings of a build as its content says they must be: each listing's address,
 * the case studies it holds across all its pages, in the order the site documents, and the
 * headings they stand under. Read from a project's content/ (tests/helpers/collections.ts), not
 * through the build's data module, so that the built pages are checked against the content
 * itself. The orders are written out here as the README and the pages' own words state them:
 * every list of case studies newest launch first, the timeline oldest first, a launch day shared
 * by several case studies read in the order of their slugs.
 */
import type { HTMLElement } from 'node-html-parser';
import { paths } from '../../src/lib/site/paths.ts';
import { ui } from '../../src/i18n/ui.ts';
import { ORGANISATION_ROLES } from '../../src/schemas/vocabulary.ts';
import type { CampaignData } from '../../src/schemas/campaign.ts';
import { publishedCampaigns } from './collections.ts';

/** The four templates of a paginated listing; a term listing is any of the six kinds of term page. */
export type ListingKind = 'campaigns' | 'term' | 'playbook' | 'timeline';

export interface ExpectedListing {
  /** The first page's address: /causes/x/; later pages are at `pageUrl(base, n)`. */
  base: string;
  kind: ListingKind;
  /**
   * The case studies across all pages, in order, under their headings (a term page's "Case
   * studies", an organisation's roles); one group without a heading where pages show none. A
   * playbook theme lists lessons: the case study of each.
   */
  groups: { heading?: string; items: string[] }[];
}

/** How many pages a listing of `total` items takes, as the README states it: pages of 24. */
export const pagesFor = (total: number) => Math.max(1, Math.ceil(total / 24));

/** Page `n` of the listing at `base`, written out as the spec: the base itself, then base/page/n/. */
export const pageUrl = (base: string, n: number) => (n === 1 ? base : `${base}page/${n}/`);

/** Every item of a listing, across its groups. */
export const itemsOf = (listing: ExpectedListing) => listing.groups.flatMap((g) => g.items);

/** The items of one page of a listing. */
export const pageSlice = (listing: ExpectedListing, n: number) => itemsOf(listing).slice((n - 1) * 24, n * 24);

/** The sections of the site with paginated listings: the first segment of their addresses. */
export const SECTIONS = ['campaigns', 'causes', 'organisations', 'mechanics', 'years', 'countries', 'languages', 'playbook', 'timeline'];

/**
 * The listing with the most pages in each section, then with the most groups (an organisation's
 * roles), then the first by address: one of each paginated template, and of each kind of term
 * page, whose first pages are routes of their own.
 */
export function deepestListings(listings: readonly ExpectedListing[]): Map<string, ExpectedListing> {
  const pages = (l: ExpectedListing) => pagesFor(itemsOf(l).length);
  return new Map(
    SECTIONS.flatMap((section) => {
      const [deepest] = listings
        .filter((l) => l.base.startsWith(`/${section}/`))
        .sort((a, b) => pages(b) - pages(a) || b.groups.length - a.groups.length || a.base.localeCompare(b.base));
      return deepest ? [[section, deepest] as const] : [];
    }),
  );
}

/** A listing's links to its other pages (src/components/listing/Pagination.astro). */
export const PAGE_NAV = 'nav[data-pagination]';

/** Where a page's items are: one element per case study (or lesson) that the page lists. */
export const ITEM_SELECTOR: Record<ListingKind, string> = {
  campaigns: '#campaign-list > li',
  term: 'main section[aria-labelledby^="group-"] > ul > li',
  playbook: 'main > ul > li',
  timeline: 'main > ol > li > ol > li',
};

/** The case studies a built page lists, in order: the first case-study link of each item. */
export function listedOn(page: HTMLElement, kind: ListingKind): string[] {
  return page.querySelectorAll(ITEM_SELECTOR[kind]).map((item) => {
    const href = item.querySelector('a[href^="/campaigns/"]')?.getAttribute('href') ?? '';
    return /^\/campaigns\/([^/#]+)\//.exec(href)?.[1] ?? `(an item without a case-study link: ${item.textContent.trim().slice(0, 60)})`;
  });
}

type Campaign = { id: string; data: CampaignData };
const time = (c: Campaign) => c.data.launched.start.getTime();
const newestFirst = (a: Campaign, b: Campaign) => time(b) - time(a) || a.id.localeCompare(b.id);
const oldestFirst = (a: Campaign, b: Campaign) => time(a) - time(b) || a.id.localeCompare(b.id);
const yearOf = (c: Campaign) => c.data.launched.start.getUTCFullYear();

/** The case studies of each key `keysOf` gives them, each list in the order of `campaigns`. */
function groupBy(campaigns: readonly Campaign[], keysOf: (c: Campaign) => readonly (string | number)[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const c of campaigns) for (const key of new Set(keysOf(c).map(String))) groups.set(key, [...(groups.get(key) ?? []), c.id]);
  return groups;
}

/** Every listing of case studies the content of `root` calls for, with at least one item. */
export function expectedListings(root: string): ExpectedListing[] {
  const campaigns = publishedCampaigns(root).sort(newestFirst);
  const terms = (base: (key: string) => string, keysOf: (c: Campaign) => readonly (string | number)[]): ExpectedListing[] =>
    [...groupBy(campaigns, keysOf)].map(([key, items]) => ({
      base: base(key),
      kind: 'term',
      groups: [{ heading: ui.listing.caseStudiesHeading, items }],
    }));
  const organisations = [...new Set(campaigns.flatMap((c) => c.data.organisations.map((o) => o.id)))].map((id): ExpectedListing => ({
    base: paths.organisation(id),
    kind: 'term',
    groups: ORGANISATION_ROLES.map((role) => ({
      heading: ui.terms.organisations.asRole(ui.roles[role]),
      items: campaigns.filter((c) => c.data.organisations.some((o) => o.id === id && o.role === role)).map((c) => c.id),
    })).filter((g) => g.items.length > 0),
  }));
  const lessons = new Map<string, string[]>();
  for (const c of campaigns) for (const lesson of c.data.lessons) lessons.set(lesson.theme, [...(lessons.get(lesson.theme) ?? []), c.id]);
  return [
    { base: paths.campaigns, kind: 'campaigns', groups: [{ items: campaigns.map((c) => c.id) }] },
    ...terms(paths.cause, (c) => c.data.causes),
    ...organisations,
    ...terms(paths.mechanic, (c) => c.data.mechanics),
    ...terms(paths.year, (c) => [yearOf(c)]),
    ...terms(paths.country, (c) => c.data.countries),
    ...terms(paths.language, (c) => c.data.languages),
    ...[...lessons].map(([theme, items]): ExpectedListing => ({ base: paths.theme(theme), kind: 'playbook', groups: [{ items }] })),
    ...[...groupBy([...campaigns].sort(oldestFirst), (c) => [yearOf(c)])].map(([year, items]): ExpectedListing => ({
      base: paths.timelineYear(year),
      kind: 'timeline',
      groups: [{ items }],
    })),
  ];
}
