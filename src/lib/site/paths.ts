/**
 * Every internal address, built in one place so a page and the pages that link to it can never
 * disagree (the two-way link tests rely on it), plus the repository links from site.config.ts.
 */
import { SITE } from '../../site.config.ts';

export const paths = {
  home: '/',
  campaigns: '/campaigns/',
  campaign: (id: string) => `/campaigns/${id}/`,
  causes: '/causes/',
  cause: (id: string) => `/causes/${id}/`,
  organisations: '/organisations/',
  organisation: (id: string) => `/organisations/${id}/`,
  mechanics: '/mechanics/',
  mechanic: (id: string) => `/mechanics/${id}/`,
  years: '/years/',
  year: (year: number | string) => `/years/${year}/`,
  countries: '/countries/',
  country: (code: string) => `/countries/${code.toLowerCase()}/`,
  languages: '/languages/',
  language: (tag: string) => `/languages/${tag.toLowerCase()}/`,
  objectives: '/objectives/',
  objective: (id: string) => `/objectives/${id}/`,
  /** Every award of every case study, by show and year. */
  awards: '/awards/',
  playbook: '/playbook/',
  theme: (id: string) => `/playbook/${id}/`,
  timeline: '/timeline/',
  timelineYear: (year: number | string) => `/timeline/${year}/`,
  search: '/search/',
  compare: '/compare/',
  about: '/about/',
  /** Every correction of every case study, newest first, and its feed. */
  corrections: '/corrections/',
  correctionsFeed: '/corrections.xml',
  /** The About page's section on corrections and contributions. */
  contribute: '/about/#corrections-and-contributions',
  /** Where the methodology says what a figure's label means: its scope, precision and who reports it. */
  figureLabels: '/about/#how-figures-are-sourced',
  data: '/data/',
  dataJson: '/data/campaigns.json',
  dataCsv: '/data/campaigns.csv',
  dataClaims: '/data/claims.csv',
  /** One row per case study, for a spreadsheet. */
  dataCaseStudies: '/data/case-studies.csv',
  dataJsonl: '/data/campaigns.jsonl',
  /** One collection of the open data as a file of its own: `/data/organisations.json`. */
  dataCollection: (name: string) => `/data/${name}.json`,
  /** What the compare page's picker searches: every case study's slug, title, year, hashtags and organisations. */
  compareIndex: '/data/compare-index.json',
  /** One case study's row of the compare table and its box in the picker, as HTML, fetched when a reader adds it. */
  compareRow: (id: string) => `/data/compare/${id}.json`,
  /** Every value of one explorer facet, with labels and counts (src/data/facets.ts). */
  facetValues: (facet: string) => `/data/facets/${facet}.json`,
  /** The explorer's vocabulary: causes, organisations, mechanics and hashtags with their names, pages and counts. */
  searchTerms: '/data/search-terms.json',
  rss: '/rss.xml',
  sitemap: '/sitemap-index.xml',
  favicon: '/favicon.svg',
  /** Styles for readers without JavaScript (hides controls that would need it). */
  noscriptCss: '/noscript.css',
  /** The social card of a case study. */
  card: (slug: string) => `/cards/${slug}.png`,
  /** The social card of every other page. */
  siteCard: '/cards/site.png',
  /** Pagefind's bundle (its script, worker, wasm and index), written after the build. */
  pagefind: '/pagefind/',
  pagefindScript: '/pagefind/pagefind.js',
  /**
   * Page `n` (from 1) of a paginated listing whose first page is `base`: `/campaigns/` stays as
   * it is, page 2 is `/campaigns/page/2/` (a folder of its own, so it never meets a slug).
   */
  page: (base: string, n: number) => (n <= 1 ? base : `${base}page/${n}/`),
  /** A fragment of a page: `paths.anchor(paths.campaign('x'), 'results-table')`. */
  anchor: (path: string, id: string) => `${path}#${id}`,
} as const;

/** The repository host's choice of issue forms (.github/ISSUE_TEMPLATE/: a wrong figure, a campaign to add, or a blank issue). */
export const newIssueUrl = `${SITE.repository}/issues/new/choose`;

/** The page that edits a content file on the repository host: `content/campaigns/x.mdx` → …/edit/main/content/campaigns/x.mdx. */
export const editUrl = (filePath: string) => `${SITE.repository}/edit/${SITE.branch}/${filePath.replace(/^\.?\//, '')}`;

/** A file of the repository as its host shows it: `docs/checks/x.md` → …/blob/main/docs/checks/x.md. */
export const repositoryFileUrl = (filePath: string) => `${SITE.repository}/blob/${SITE.branch}/${filePath.replace(/^\.?\//, '')}`;

/** The absolute URL of a page of the site. */
export const absoluteUrl = (path: string) => new URL(path, SITE.url).href;
