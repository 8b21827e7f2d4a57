/**
 * Every internal address, built in one place so a page and the pages that link to it can never
 * disagree (the two-way link tests rely on it), plus the repository links from site.config.ts.
 * Every address starts with the base path (SITE.base), so the site works wherever it is served:
 * at the root of its host, or under /name/ as on a GitHub Pages project site.
 */
import { SITE } from '../../site.config.ts';

/** The groups of terms the methodology defines, each a vocabulary of figures and sources. */
export type TermGroup = 'scope' | 'part' | 'platform' | 'precision' | 'provenance' | 'source-kind' | 'attributed' | 'doubted';

/** The id of a term on the methodology page: `scope-hashtag`, `precision-about`, or `doubted` for a group of one. */
export const termId = (group: TermGroup, value?: string) => (value ? `${group}-${value}` : group);

/** `/campaigns/x/`, written from the site's root, under the base path `base` ("/" or "/name/"): `/name/campaigns/x/`. */
export const underBase = (base: string) => (path: string) => `${base}${path.replace(/^\//, '')}`;

/**
 * Every internal address under the base path `base`: each entry is written from the site's
 * root and goes through `at`, so none can miss the base.
 */
export function pathsUnder(base: string) {
  const at = underBase(base);
  return {
    home: at('/'),
    campaigns: at('/campaigns/'),
    campaign: (id: string) => at(`/campaigns/${id}/`),
    causes: at('/causes/'),
    cause: (id: string) => at(`/causes/${id}/`),
    organisations: at('/organisations/'),
    organisation: (id: string) => at(`/organisations/${id}/`),
    mechanics: at('/mechanics/'),
    mechanic: (id: string) => at(`/mechanics/${id}/`),
    years: at('/years/'),
    year: (year: number | string) => at(`/years/${year}/`),
    countries: at('/countries/'),
    country: (code: string) => at(`/countries/${code.toLowerCase()}/`),
    languages: at('/languages/'),
    language: (tag: string) => at(`/languages/${tag.toLowerCase()}/`),
    objectives: at('/objectives/'),
    objective: (id: string) => at(`/objectives/${id}/`),
    /** Every award of every case study, by show and year. */
    awards: at('/awards/'),
    playbook: at('/playbook/'),
    theme: (id: string) => at(`/playbook/${id}/`),
    timeline: at('/timeline/'),
    timelineYear: (year: number | string) => at(`/timeline/${year}/`),
    search: at('/search/'),
    compare: at('/compare/'),
    about: at('/about/'),
    /** How the site works, written to be cited: what a case study is, sources, labels, the evidence grade, checks, biases, corrections. */
    methodology: at('/methodology/'),
    /** One term of the methodology, whose id is `termId(group, value)`: `paths.term('scope', 'hashtag')`. */
    term: (group: TermGroup, value?: string) => at(`/methodology/#${termId(group, value)}`),
    /** Every correction of every case study, newest first, and its feed. */
    corrections: at('/corrections/'),
    correctionsFeed: at('/corrections.xml'),
    /** The methodology's section on corrections and how to report an error. */
    correctionsPolicy: at('/methodology/#corrections-and-how-to-report-an-error'),
    /** The About page's section on contributing. */
    contribute: at('/about/#contribute'),
    /** Where the methodology says what a figure's label means: its scope, precision and who reports it. */
    figureLabels: at('/methodology/#what-a-figures-label-says'),
    data: at('/data/'),
    /** The /data/ page's section on the licence of the open data and how to credit it. */
    dataLicence: at('/data/#licence'),
    /** The Frictionless Data Package that describes every open-data file (src/lib/open-data/package.ts). */
    dataPackage: at('/data/datapackage.json'),
    dataJson: at('/data/campaigns.json'),
    dataCsv: at('/data/campaigns.csv'),
    dataClaims: at('/data/claims.csv'),
    /** One row per case study, for a spreadsheet. */
    dataCaseStudies: at('/data/case-studies.csv'),
    dataJsonl: at('/data/campaigns.jsonl'),
    /** One collection of the open data as a file of its own: `/data/organisations.json`. */
    dataCollection: (name: string) => at(`/data/${name}.json`),
    /** What the compare page's picker searches: every case study's slug, title, year, hashtags and organisations. */
    compareIndex: at('/data/compare-index.json'),
    /** One case study's row of the compare table and its box in the picker, as HTML, fetched when a reader adds it. */
    compareRow: (id: string) => at(`/data/compare/${id}.json`),
    /** Every value of one explorer facet, with labels and counts (src/data/facets.ts). */
    facetValues: (facet: string) => at(`/data/facets/${facet}.json`),
    /** The explorer's vocabulary: causes, organisations, mechanics and hashtags with their names, pages and counts. */
    searchTerms: at('/data/search-terms.json'),
    rss: at('/rss.xml'),
    sitemap: at('/sitemap-index.xml'),
    favicon: at('/favicon.svg'),
    /** Styles for readers without JavaScript (hides controls that would need it). */
    noscriptCss: at('/noscript.css'),
    /** The social card of a case study. */
    card: (slug: string) => at(`/cards/${slug}.png`),
    /** The social card of every other page. */
    siteCard: at('/cards/site.png'),
    /** Pagefind's bundle (its script, worker, wasm and index), written after the build. */
    pagefind: at('/pagefind/'),
    pagefindScript: at('/pagefind/pagefind.js'),
    /**
     * Page `n` (from 1) of a paginated listing whose first page is `base` (an address above, already
     * under the base path): `/campaigns/` stays as it is, page 2 is `/campaigns/page/2/` (a folder
     * of its own, so it never meets a slug).
     */
    page: (base: string, n: number) => (n <= 1 ? base : `${base}page/${n}/`),
    /** A fragment of a page: `paths.anchor(paths.campaign('x'), 'results-table')`. */
    anchor: (path: string, id: string) => `${path}#${id}`,
  } as const;
}

/** Every internal address of this build, under SITE.base. */
export const paths = pathsUnder(SITE.base);

/** An address written from the site's root ("/campaigns/x/") under this build's base path: for links in content, such as MDX prose. */
export const withBase = underBase(SITE.base);

/**
 * The inverse: an internal address as a path from the build folder's root ("/campaigns/x/"),
 * for code that finds the file behind an address; throws on an address outside the base.
 */
export function withoutBase(address: string): string {
  if (!address.startsWith(SITE.base)) throw new Error(`${address} is not under the base path ${SITE.base}`);
  return `/${address.slice(SITE.base.length)}`;
}

/** The repository host's choice of issue forms (.github/ISSUE_TEMPLATE/: a wrong figure, a campaign to add, or a blank issue). */
export const newIssueUrl = `${SITE.repository}/issues/new/choose`;

/** The page that edits a content file on the repository host: `content/campaigns/x.mdx` → …/edit/main/content/campaigns/x.mdx. */
export const editUrl = (filePath: string) => `${SITE.repository}/edit/${SITE.branch}/${filePath.replace(/^\.?\//, '')}`;

/** A new issue with one of the repository's issue forms (.github/ISSUE_TEMPLATE/<form>.yml). */
export const issueFormUrl = (form: 'report-wrong-figure' | 'propose-case-study') => `${SITE.repository}/issues/new?template=${form}.yml`;

/** A file of the repository as its host shows it: `docs/checks/x.md` → …/blob/main/docs/checks/x.md. */
export const repositoryFileUrl = (filePath: string) => `${SITE.repository}/blob/${SITE.branch}/${filePath.replace(/^\.?\//, '')}`;

/** The absolute URL of a page of the site. */
export const absoluteUrl = (path: string) => new URL(path, SITE.url).href;
