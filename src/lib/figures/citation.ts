/** How a source is named in running text and lists. */
import { formatPartialDate, type PartialDate } from '../../schemas/dates.ts';

interface SourceLike {
  publisher: string;
  published?: PartialDate | undefined;
}

/** "European Commission newsroom, 20 November 2019", or "…, undated". */
export function sourceLabel(source: SourceLike): string {
  return `${source.publisher}, ${source.published ? formatPartialDate(source.published) : 'undated'}`;
}

/** The Wayback Machine's list of snapshots of a page: a lookup, so it works for any URL without a request of ours. */
export const archiveLookup = (url: string) => `https://web.archive.org/web/*/${url}`;

/** The in-page anchor of a source in a case study's source list. */
export const sourceAnchor = (id: string) => `source-${id}`;

/** The id of the n-th citation note on a page (the passage a marker opens). */
export const citeNoteId = (n: number) => `cite-note-${n}`;

/** The id of the n-th citation marker on a page, which the source list links back to. */
export const citeMarkerId = (n: number) => `cite-${n}`;

/** What a citation of a case study needs. */
export interface CaseStudyCitation {
  /** The case study's slug, which also keys the BibTeX entry. */
  id: string;
  title: string;
  /** Names of the organisations that led the campaign. */
  leads: readonly string[];
  /** The campaign's launch year. */
  year: number;
  /** The page's absolute URL. */
  url: string;
  /** When this version of the page was built: a reader cites the version they read. */
  /** The date of the version cited: when the case study last changed. */
  version: Date;
  siteName: string;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** "A, B and C" (or "A, B or C"): how a sentence lists names. */
export function listNames(names: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${conjunction} ${names.at(-1)}`;
}

/**
 * The citation in plain text:
 * Causeway contributors. "#X: a 2019 campaign by A and B." Causeway. https://…/ (version of 2025-01-31).
 */
export function citationText(c: CaseStudyCitation): string {
  const about = c.leads.length ? `a ${c.year} campaign by ${listNames(c.leads)}` : `a ${c.year} campaign`;
  return `${c.siteName} contributors. “${c.title}: ${about}.” ${c.siteName}. ${c.url} (version of ${isoDay(c.version)}).`;
}

/** Escapes the characters BibTeX and LaTeX treat specially, so a title such as "#Hashtag & co" survives. */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}#$%&_~^]/g, (ch) => {
    switch (ch) {
      case '\\':
        return '\\textbackslash{}';
      case '~':
        return '\\textasciitilde{}';
      case '^':
        return '\\textasciicircum{}';
      default:
        return `\\${ch}`;
    }
  });
}

/** The citation as a BibTeX @misc entry, keyed `causeway-<slug>`. */
export function citationBibtex(c: CaseStudyCitation): string {
  const key = `${c.siteName}-${c.id}`.toLowerCase().replace(/[^a-z0-9-]/g, '-');
  const about = c.leads.length ? `A ${c.year} campaign by ${listNames(c.leads)}` : `A ${c.year} campaign`;
  const fields: [string, string][] = [
    ['author', `{${bibtexEscape(`${c.siteName} contributors`)}}`],
    ['title', `{${bibtexEscape(c.title)}}`],
    ['howpublished', bibtexEscape(`${c.siteName} case study`)],
    ['year', String(c.version.getUTCFullYear())],
    ['url', c.url],
    ['urldate', isoDay(c.version)],
    ['note', bibtexEscape(about)],
  ];
  const width = Math.max(...fields.map(([name]) => name.length));
  return `@misc{${key},\n${fields.map(([name, value]) => `  ${name.padEnd(width)} = {${value}}`).join(',\n')}\n}`;
}

/** What "cite this figure" needs: the figure as the page shows it and every source behind it. */
export interface FigureCitation {
  /** The case study's title. */
  campaign: string;
  /** What the figure counts, in words: "Views (whole hashtag)". */
  figure: string;
  /** Each claim behind the figure: the value as the page shows it ("over 2.6 billion") and its source. */
  claims: readonly { value: string; source: { id: string; data: SourceLike & { title: string; url: string } } }[];
  /** The absolute URL of the figure's row, with its anchor. */
  url: string;
  siteName: string;
}

/** "views (counted on Instagram)": lower case to run on in a sentence, but names keep their capitals. */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * One citation per source behind a figure, each with the value that source gives, so a reader
 * who quotes a number quotes who said it without cutting a list down by hand:
 * `#X, views: 230 million. Reported by A, “Title”, 20 November 2019, https://…. Compiled by
 * Causeway, https://…/#views.` A source that gives several values is cited once, with all of them.
 */
export function figureCitations(c: FigureCitation): { source: string; text: string }[] {
  const bySource = new Map<string, { data: FigureCitation['claims'][number]['source']['data']; values: string[] }>();
  for (const { value, source } of c.claims) {
    const entry = bySource.get(source.id) ?? { data: source.data, values: [] };
    if (!entry.values.includes(value)) entry.values.push(value);
    bySource.set(source.id, entry);
  }
  return [...bySource].map(([id, { data, values }]) => ({
    source: id,
    text: `${c.campaign}, ${lowerFirst(c.figure)}: ${listNames(values)}. Reported by ${data.publisher}, “${data.title}”, ${data.published ? formatPartialDate(data.published) : 'undated'}, ${data.url}. Compiled by ${c.siteName}, ${c.url}.`,
  }));
}
