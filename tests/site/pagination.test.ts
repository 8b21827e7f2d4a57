/**
 * Every paginated listing over the built HTML: /campaigns/, the six kinds of term page, playbook
 * themes and timeline years, each checked against what its content calls for
 * (tests/helpers/listings.ts). The pagination fixture (tests/helpers/fixtures/pagination-build.ts) gives
 * every kind three pages, with ties of launch date across page boundaries and listings of exactly
 * one page and of one page and one item; the real site is checked the same way, so that its
 * listings stay right as they grow into pages. Each check lists its problems as lines naming
 * the page, over every listing at once.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { allPages, DIST, fileFor, readPage, requireBuild, textOf } from '../helpers/dist.ts';
import { paginated } from '../helpers/fixtures/catalogue.ts';
import {
  deepestListings,
  expectedListings,
  itemsOf,
  listedOn,
  pagesFor,
  PAGE_NAV,
  pageSlice,
  pageUrl,
  SECTIONS,
  type ExpectedListing,
} from '../helpers/listings.ts';
import { CAUSES } from '../helpers/fixtures/pagination-build.ts';
import { ui } from '../../src/i18n/ui.ts';
import { SITE } from '../../src/site.config.ts';

interface ListingPage {
  listing: ExpectedListing;
  /** Its number, from 1, and the listing's last. */
  n: number;
  last: number;
  path: string;
  html: HTMLElement;
}

/** Every page of every listing that `root`'s content calls for, parsed from `dist` where it was built. */
function listingPages(dist: string, root: string) {
  const listings = expectedListings(root);
  const pages: ListingPage[] = listings.flatMap((listing) => {
    const last = pagesFor(itemsOf(listing).length);
    return Array.from({ length: last }, (_, i) => ({ listing, n: i + 1, last, path: pageUrl(listing.base, i + 1) }))
      .filter((p) => existsSync(fileFor(p.path, dist)))
      .map((p) => ({ ...p, html: readPage(p.path, dist) }));
  });
  /** The problems `check` finds on every built page of every listing. */
  const problems = (check: (page: ListingPage) => (string | false)[]) =>
    pages.flatMap((page) =>
      check(page)
        .filter((p): p is string => !!p)
        .map((p) => `${page.path}: ${p}`),
    );
  return { listings, pages, problems };
}

const attr = (el: HTMLElement | null | undefined, name: string) => el?.getAttribute(name) ?? undefined;
/** A list as it reads in a problem line; two lists are the same when they read the same. */
const show = (list: readonly unknown[]) => JSON.stringify(list);

function paginationSuite(name: string, dist: string, root: string) {
  describe(`pagination of ${name}`, () => {
    const { listings, pages, problems } = listingPages(dist, root);

    it('builds page 1 at the listing’s address and pages 2 to ceil(n/24) at page/n/, and no other page (no page/1/)', () => {
      const wrong = listings.flatMap((listing) => {
        const last = pagesFor(itemsOf(listing).length);
        const folder = join(dirname(fileFor(listing.base, dist)), 'page');
        const built = existsSync(folder) ? readdirSync(folder).sort((a, b) => Number(a) - Number(b)) : [];
        const wanted = Array.from({ length: last - 1 }, (_, i) => String(i + 2));
        return [
          ...(existsSync(fileFor(listing.base, dist)) ? [] : [`${listing.base}: not built`]),
          ...(show(built) === show(wanted)
            ? []
            : [`${listing.base}: ${itemsOf(listing).length} items, pages ${show(built)} under page/, not ${show(wanted)}`]),
          ...wanted
            .filter((n) => !existsSync(fileFor(pageUrl(listing.base, Number(n)), dist)))
            .map((n) => `${listing.base}page/${n}/: no page`),
        ];
      });
      expect(wrong).toEqual([]);
    });

    it('lists each item on exactly one page, in the documented order, 24 a page and the rest on the last', () => {
      expect(
        problems(({ listing, n, html }) => {
          const [got, wanted] = [listedOn(html, listing.kind), pageSlice(listing, n)];
          return [show(got) !== show(wanted) && `lists ${show(got)}, not ${show(wanted)}`];
        }),
      ).toEqual([]);
    });

    it('shows on each page the headings of the groups it holds, each with its full count', () => {
      expect(
        problems(({ listing, n, html }) => {
          if (listing.kind !== 'term') return [];
          // The groups with an item in this page's slice, as one list cut into pages of 24.
          let offset = 0;
          const wanted = listing.groups.flatMap((g) => {
            const from = offset;
            offset += g.items.length;
            return from < n * 24 && offset > (n - 1) * 24 ? [`${g.heading!} (${ui.counts.caseStudies(g.items.length)})`] : [];
          });
          const got = html.querySelectorAll('main section[aria-labelledby^="group-"] > h2').map(textOf);
          return [show(got) !== show(wanted) && `headings ${show(got)}, not ${show(wanted)}`];
        }),
      ).toEqual([]);
    });

    it('gives every page its own canonical URL, and rel="prev" and rel="next" in the head for the pages on either side', () => {
      expect(
        problems(({ listing, n, last, path, html }) => {
          const head = html.querySelector('head')!;
          const [prev, next] = [n > 1 ? pageUrl(listing.base, n - 1) : undefined, n < last ? pageUrl(listing.base, n + 1) : undefined];
          const canonical = attr(head.querySelector('link[rel="canonical"]'), 'href');
          const heads = { prev: head.querySelectorAll('link[rel="prev"]'), next: head.querySelectorAll('link[rel="next"]') };
          return [
            canonical !== `${SITE.url}${path}` && `canonical ${canonical}`,
            (heads.prev.length > 1 || attr(heads.prev[0], 'href') !== prev) &&
              `rel=prev ${show(heads.prev.map((l) => attr(l, 'href')))}, not ${prev}`,
            (heads.next.length > 1 || attr(heads.next[0], 'href') !== next) &&
              `rel=next ${show(heads.next.map((l) => attr(l, 'href')))}, not ${next}`,
          ];
        }),
      ).toEqual([]);
    });

    it('shows a labelled page nav of real links (previous, next, the first, the last and the pages beside) with aria-current on this page; none on a one-page listing', () => {
      expect(
        problems(({ listing, n, last, html }) => {
          const navs = html.querySelectorAll(PAGE_NAV);
          if (last === 1) return [navs.length > 0 && 'a one-page listing shows page links'];
          if (navs.length !== 1) return [`${navs.length} page navs`];
          const nav = navs[0]!;
          const label = attr(nav, 'aria-label');
          const labels = html.querySelectorAll('nav').map((el) => attr(el, 'aria-label'));
          const current = nav.querySelectorAll('[aria-current="page"]');
          const numbered = nav.querySelectorAll('a:not([rel])');
          const shown = [...numbered.map((a) => Number(textOf(a))), Number(textOf(current[0]))].sort((a, b) => a - b);
          const wantedShown = [...new Set([1, n - 1, n, n + 1, last])].filter((k) => k >= 1 && k <= last).sort((a, b) => a - b);
          const link = (rel: string, to: number | false) => {
            const a = nav.querySelectorAll(`a[rel="${rel}"]`);
            const want = to ? pageUrl(listing.base, to) : undefined;
            return (
              (a.length > 1 || attr(a[0], 'href') !== want || (a.length === 1 && !textOf(a[0]))) &&
              `${rel} link ${show(a.map((x) => attr(x, 'href')))}, not ${want}`
            );
          };
          return [
            !label && 'the nav has no label',
            labels.filter((l) => l === label).length > 1 && `another nav is also labelled "${label}"`,
            !textOf(nav).includes(ui.pagination.position(n, last)) && `no "${ui.pagination.position(n, last)}"`,
            link('prev', n > 1 && n - 1),
            link('next', n < last && n + 1),
            (current.length !== 1 || textOf(current[0]) !== String(n) || current[0]!.tagName === 'A') &&
              `aria-current on ${show(current.map(textOf))}, not on a plain ${n}`,
            show(shown) !== show(wantedShown) && `numbers ${show(shown)}, not ${show(wantedShown)}`,
            ...numbered.map((a) => {
              const k = Number(textOf(a));
              return (
                (attr(a, 'href') !== pageUrl(listing.base, k) || attr(a, 'aria-label') !== ui.pagination.page(k)) &&
                `number ${textOf(a)} links ${attr(a, 'href')}, labelled ${attr(a, 'aria-label')}`
              );
            }),
          ];
        }),
      ).toEqual([]);
    });

    it('tells the pages of a listing apart in their title and heading: page n says so, page 1 does not', () => {
      const byListing = new Map<string, string[]>();
      const wrong = problems(({ listing, n, html }) => {
        const [title, h1] = [textOf(html.querySelector('title')), textOf(html.querySelector('main h1'))];
        byListing.set(listing.base, [...(byListing.get(listing.base) ?? []), title]);
        const says = (text: string) => (n === 1 ? !/, page \d/.test(text) : text.includes(`, page ${n}`));
        return [!says(title) && `title "${title}"`, !says(h1) && `h1 "${h1}"`];
      });
      const repeated = [...byListing]
        .filter(([, titles]) => new Set(titles).size !== titles.length)
        .map(([base, titles]) => `${base}: ${show(titles)}`);
      expect([...wrong, ...repeated]).toEqual([]);
    });

    // Later pages lack what page 1 puts above its items (the explorer's results heading on /campaigns/).
    it('keeps its headings in order on every page: none more than one level below the one before', () => {
      expect(
        problems(({ html }) => {
          let previous = 0;
          return html.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6').map((heading) => {
            const level = Number(heading.tagName.slice(1));
            const skip = level > previous + 1 && `h${level} "${textOf(heading)}" after h${previous}`;
            previous = level;
            return skip;
          });
        }),
      ).toEqual([]);
    });

    it('never links to page/1/, which is not built: page 1 is the listing’s own address', () => {
      const links = allPages(dist).flatMap((path) =>
        [...readFileSync(fileFor(path, dist), 'utf8').matchAll(/href="([^"]*\/page\/1\/[^"]*)"/g)].map((m) => `${path}: ${m[1]}`),
      );
      expect(links).toEqual([]);
    });

    it('lists every page of every listing in the sitemap', () => {
      const read = (file: string) => [...readFileSync(join(dist, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
      const urls = new Set(read('sitemap-index.xml').flatMap((sitemap) => read(new URL(sitemap).pathname)));
      expect(pages.map((p) => `${SITE.url}${p.path}`).filter((url) => !urls.has(url))).toEqual([]);
      expect([...urls].filter((url) => url.includes('/page/1/'))).toEqual([]);
    });
  });
}

describe('the pagination fixture', () => {
  const { listings } = listingPages(paginated().dist, paginated().root);
  const pagesOf = (base: string) => pagesFor(itemsOf(listings.find((l) => l.base === base)!).length);

  it('runs every paginated listing template, and every kind of term page, to three pages', () => {
    const deepest = Object.fromEntries(
      [...deepestListings(listings)].map(([section, listing]) => [section, pagesFor(itemsOf(listing).length)]),
    );
    expect(deepest).toEqual(Object.fromEntries(SECTIONS.map((section) => [section, 3])));
  });

  it('has listings at the edges: exactly one full page, and one page and one item', () => {
    expect(itemsOf(listings.find((l) => l.base === `/causes/${CAUSES.onePage}/`)!)).toHaveLength(24);
    expect(itemsOf(listings.find((l) => l.base === `/causes/${CAUSES.pastOnePage}/`)!)).toHaveLength(25);
    expect(pagesOf(`/causes/${CAUSES.pastOnePage}/`)).toBe(2);
  });
});

paginationSuite('the pagination fixture', paginated().dist, paginated().root);
requireBuild();
paginationSuite('the site', DIST, process.cwd());

// The report of December 2026: /campaigns/page/2/ dropped the explorer, and its lead still
// promised to "narrow them down by facet".
describe('the later pages of /campaigns/ (pagination fixture)', () => {
  it('promise no facet they lack, and link to the first page, which has the explorer', () => {
    const html = readPage('/campaigns/page/2/', paginated().dist);
    expect(html.querySelector('causeway-explorer')).toBeNull();
    expect(textOf(html.querySelector('main header'))).not.toMatch(/facet|filter by|narrow/i);
    expect(html.querySelectorAll('main header a[href="/campaigns/"]').map(textOf)).toContain(ui.listing.toExplorer);
    expect(readPage('/campaigns/', paginated().dist).querySelector('causeway-explorer')).toBeTruthy();
  });
});
