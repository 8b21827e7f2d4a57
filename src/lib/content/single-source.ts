/**
 * The rule of at least two sites (issue 23): a case study cites sources on at least two
 * different sites, or its body opens by saying plainly that it rests on a single source. This
 * module holds the two tests the rule needs, each pure: which site a source's address belongs
 * to, and whether an opening paragraph says that the case study rests on a single source.
 */

/**
 * Suffixes under which a name is registered one level further down: `bbc.co.uk` is a site, not
 * `co.uk`. The project has no public-suffix list (https://publicsuffix.org), so the common
 * two-level suffixes of the countries its sources come from are listed here by hand; a
 * hostname under a suffix missing from this list is counted one level too high, which can only
 * merge two sites into one (a stricter count), never split one site into two. Add a suffix
 * here when a real source needs it.
 */
export const TWO_LEVEL_SUFFIXES: ReadonlySet<string> = new Set([
  // United Kingdom
  'co.uk',
  'org.uk',
  'ac.uk',
  'gov.uk',
  'me.uk',
  // Brazil
  'com.br',
  'org.br',
  'gov.br',
  'net.br',
  // Indonesia
  'co.id',
  'or.id',
  'go.id',
  'ac.id',
  // Pakistan
  'com.pk',
  'org.pk',
  'gov.pk',
  // South Africa
  'co.za',
  'org.za',
  'gov.za',
  // Japan
  'co.jp',
  'or.jp',
  'ne.jp',
  'ac.jp',
  'go.jp',
  // Australia and New Zealand
  'com.au',
  'org.au',
  'net.au',
  'gov.au',
  'edu.au',
  'co.nz',
  'org.nz',
  // Elsewhere in Asia, Africa, the Middle East and Latin America
  'co.in',
  'org.in',
  'gov.in',
  'com.ph',
  'org.ph',
  'gov.ph',
  'com.vn',
  'com.my',
  'com.sg',
  'com.hk',
  'com.tw',
  'com.cn',
  'co.kr',
  'co.th',
  'co.ke',
  'or.ke',
  'com.ng',
  'com.gh',
  'com.eg',
  'com.sa',
  'co.il',
  'com.tr',
  'com.ua',
  'com.mx',
  'org.mx',
  'gob.mx',
  'com.ar',
  'com.co',
  'com.pe',
]);

/**
 * Hosting platforms on which each subdomain is someone else's site (two blogs on blogspot.com
 * are two publishers). The public-suffix list calls these private suffixes; only the few a
 * contributor is likely to cite are listed. A platform that hosts the organisers' and others'
 * pages under one name (medium.com, whose addresses are paths) counts as one site.
 */
export const HOSTING_SUFFIXES: ReadonlySet<string> = new Set(['blogspot.com', 'wordpress.com', 'substack.com', 'github.io', 'tumblr.com']);

/**
 * The site an address belongs to: its registrable domain, lower-cased, so that `www.`,
 * `newsroom.` or `www2.` in front of one domain do not make it another site
 * (newsroom.tiktok.com and tiktok.com are one site; jordan.unfpa.org is unfpa.org). Under a
 * two-level suffix (TWO_LEVEL_SUFFIXES) or a hosting platform (HOSTING_SUFFIXES) the site is
 * one label longer: thenews.com.pk, someblog.blogspot.com. An address that cannot be read, or
 * whose host is an IP address, is its host as written.
 */
export function siteOf(url: string): string {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return url;
  }
  if (/^[\d.]+$/.test(host) || host.startsWith('[')) return host;
  const labels = host.split('.');
  const lastTwo = labels.slice(-2).join('.');
  const keep = TWO_LEVEL_SUFFIXES.has(lastTwo) || HOSTING_SUFFIXES.has(lastTwo) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** The distinct sites of these addresses, in order of first appearance. */
export function sitesOf(urls: readonly string[]): string[] {
  return [...new Set(urls.map(siteOf))];
}

/**
 * The first paragraph of a case study's body, as a reader meets it: the first block of lines
 * between blank lines that is not a heading (a `## Context` above it is skipped, so the
 * statement may stand first under the first heading). Its `<Cite />` markers are removed, so
 * that a source's passage cannot say it for the prose, and its white space folded. Undefined
 * when the body holds no such block, or when the first block is a component, not prose.
 */
export function firstParagraph(body: string): string | undefined {
  const block = body
    .split(/\n[ \t]*\n/)
    .map((b) => b.trim())
    .find((b) => b !== '' && !b.split('\n').every((line) => /^#{1,6}\s/.test(line.trim())));
  if (block === undefined || block.startsWith('<') || block.startsWith('import ') || block.startsWith('export ')) return undefined;
  return block
    .replace(/<Cite\b(?:\s+[\w-]+=(?:"[^"]*"|'[^']*'|\{[^}]*\}))*\s*\/>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The wordings that count as saying plainly that a case study rests on a single source, each
 * found in the opening paragraph of a published case study (case does not count):
 * - a verb of resting with "a single" or "one" before the kind of source, an adverb allowed in
 *   between: "This case study rests on a single source: …", "rests mostly on a single
 *   source", "Everything on this page rests on one document";
 * - "only one" or "just one" before the kind of source: "Only one readable page describes
 *   this campaign";
 * - the case study "has" or "cites" only one source: "This case study has only one source".
 * The kind of source is source, document, page, report or account, "readable" allowed before
 * it. A loose word (single, only, one) is not enough, and a wording after "not", "never" or
 * "n't" ("it does not rest on a single source") does not count.
 */
const KIND = String.raw`(?:readable\s+)?(?:source|document|page|report|account)\b`;
const NOT_NEGATED = String.raw`(?<!\bnot\s)(?<!\bnever\s)(?<!n't\s)`;
export const SINGLE_SOURCE_STATEMENTS: readonly RegExp[] = [
  new RegExp(String.raw`${NOT_NEGATED}\b(?:rests|relies|depends|draws|is\s+based)\s+(?:(?:mostly|entirely|wholly|only|solely)\s+)?on\s+(?:a\s+single|one|only\s+one|just\s+one)\s+${KIND}`, 'i'),
  new RegExp(String.raw`${NOT_NEGATED}\b(?:only|just)\s+one\s+${KIND}`, 'i'),
  new RegExp(String.raw`${NOT_NEGATED}\b(?:has|cites)\s+(?:only\s+|just\s+)?(?:a\s+single|one)\s+${KIND}`, 'i'),
];

/** Whether `paragraph` says in one of SINGLE_SOURCE_STATEMENTS' wordings that the case study rests on a single source. */
export function saysSingleSource(paragraph: string | undefined): boolean {
  return paragraph !== undefined && SINGLE_SOURCE_STATEMENTS.some((pattern) => pattern.test(paragraph));
}

/** An example of the opening paragraph, for the fix of the check's message. */
export const SINGLE_SOURCE_EXAMPLE = 'This case study rests on a single source: <the page>. No other readable account of the campaign was found.';
