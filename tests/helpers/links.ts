/**
 * A small link checker over a built site: every internal href/src must name a file in the
 * build, every #anchor an id on the target page, and every link to another host must carry
 * rel="noopener noreferrer". Addresses on the site's own host (canonical links, og:image,
 * JSON-LD) count as internal, and so do the addresses that data-* attributes hand browser code
 * to fetch. A build made under a base path is checked with `base`: an internal address outside
 * it is broken, as it would be on the host.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Attributes that point at something the browser loads or follows. */
const LINK_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['iframe[src]', 'src'],
  ['form[action]', 'action'],
  ['meta[property="og:image"]', 'content'],
  ['meta[property="og:url"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
];
const SRCSET_SELECTORS = ['img[srcset]', 'source[srcset]'];

export interface LinkReport {
  broken: string[];
  unsafeExternal: string[];
  /** How many links were checked, so a test can tell an empty site from a clean one. */
  checked: number;
}

/** Every .html file in `dist`, as site paths ("/campaigns/x/index.html"). */
export function htmlFiles(dist: string, dir = dist): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(dist, path);
    return name.endsWith('.html') ? ['/' + relative(dist, path).split(sep).join('/')] : [];
  });
}

/** A data-* attribute's value that is an address: from the root, or on a host, with no spaces. */
const DATA_ADDRESS = /^(\/(?!\/)|https?:\/\/)\S*$/;

/** Every address a page's JSON-LD holds (its strings that are http(s) URLs). */
function jsonLdAddresses(root: HTMLElement): string[] {
  const strings = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : typeof value === 'object' && value ? Object.values(value).flatMap(strings) : [];
  return root
    .querySelectorAll('script[type="application/ld+json"]')
    .flatMap((script) => strings(JSON.parse(script.textContent) as unknown))
    .filter((value) => /^https?:\/\//.test(value));
}

export interface LinkOptions {
  /** Path prefixes (from the build's root) of files written after the pages, which are not looked for. */
  pending?: readonly string[];
  /** The base path the build was made under (`/name/`); `/` unless given. */
  base?: string;
}

/**
 * A link checker fed one parsed page at a time (`visit`), so that a scan that parses every page
 * once for other checks can check links too; `finish` resolves the #anchors once every page's
 * ids are known. `address` checks one address found elsewhere (a feed, the sitemap, open data).
 */
export function linkChecker(dist: string, siteUrl: string, options: LinkOptions = {}) {
  const site = new URL(siteUrl);
  const prefix = options.base ?? '/';
  const report: LinkReport = { broken: [], unsafeExternal: [], checked: 0 };
  /** Problems in page order; an anchor is looked up at the end, when every page's ids are known. */
  const problems: (string | { where: string; file: string; anchor: string })[] = [];
  const ids = new Map<string, Set<string>>();
  /** The address of a file of the build (`/campaigns/x/index.html`): under the base path. */
  const urlOf = (page: string) => new URL(`${prefix}${page.slice(1).replace(/(^|\/)index\.html$/, '$1')}`, site);

  /** Checks an address on the site's own host; `where` names it in a problem. */
  function internal(url: URL, where: string): void {
    if (!url.pathname.startsWith(prefix)) {
      problems.push(`${where} is outside the base path ${prefix}`);
      return;
    }
    const path = `/${decodeURIComponent(url.pathname).slice(prefix.length)}`;
    if (options.pending?.some((pending) => path.startsWith(pending))) return;
    const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
    if (!existsSync(file) || statSync(file).isDirectory()) {
      const hint = existsSync(join(dist, path, 'index.html')) ? ' (add the trailing slash)' : '';
      problems.push(`${where} points at a missing file${hint}`);
      return;
    }
    const anchor = decodeURIComponent(url.hash.slice(1));
    if (anchor && file.endsWith('.html')) problems.push({ where, file, anchor });
  }

  /** Parses `value` against `from`; undefined (with the problem kept) if it is no address. */
  function parseAddress(value: string, from: URL, where: string): URL | undefined {
    try {
      return new URL(value, from);
    } catch {
      problems.push(`${where} is not a valid address`);
      return undefined;
    }
  }
  const onSite = (url: URL) => url.host === site.host && /^https?:$/.test(url.protocol);

  /** Checks the links of `root`, read as if on `page` (its path in the build); `where` names each in a problem. */
  function check(page: string, root: HTMLElement, where: (el: HTMLElement, attr: string, value: string) => string): void {
    const from = urlOf(page);
    const targets: { el: HTMLElement; value: string; attr: string }[] = [
      ...LINK_ATTRIBUTES.flatMap(([selector, attr]) =>
        root.querySelectorAll(selector).map((el) => ({ el, attr, value: el.getAttribute(attr)! })),
      ),
      ...SRCSET_SELECTORS.flatMap((selector) =>
        root.querySelectorAll(selector).flatMap((el) =>
          el
            .getAttribute('srcset')!
            .split(',')
            .map((candidate) => ({ el, attr: 'srcset', value: candidate.trim().split(/\s+/)[0]! })),
        ),
      ),
      ...root.querySelectorAll('*').flatMap((el) =>
        Object.entries(el.attributes)
          .filter(([attr, value]) => attr.startsWith('data-') && DATA_ADDRESS.test(value))
          .map(([attr, value]) => ({ el, attr, value })),
      ),
    ];
    for (const { el, attr, value } of targets) {
      report.checked++;
      const at = where(el, attr, value);
      if (/^(mailto|tel):/i.test(value)) continue;
      const url = parseAddress(value, from, at);
      if (!url) continue;
      if (!onSite(url)) {
        if (el.tagName === 'A') {
          const rel = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
          if (!rel.includes('noopener') || !rel.includes('noreferrer')) report.unsafeExternal.push(`${at} lacks rel="noopener noreferrer"`);
        }
        continue;
      }
      internal(url, at);
    }
  }

  return {
    /** Checks the links of one page; `page` is its path in the build, such as /campaigns/x/index.html. */
    visit(page: string, root: HTMLElement): void {
      ids.set(
        join(dist, page),
        new Set([
          ...root.querySelectorAll('[id]').map((e) => e.id),
          ...root.querySelectorAll('a[name]').map((e) => e.getAttribute('name')!),
        ]),
      );
      check(page, root, (el, attr, value) => `${page}: <${el.tagName.toLowerCase()} ${attr}="${value}">`);
      for (const value of jsonLdAddresses(root)) {
        report.checked++;
        const at = `${page}: JSON-LD "${value}"`;
        const url = parseAddress(value, urlOf(page), at);
        if (url && onSite(url)) internal(url, at);
      }
    },
    /** Checks the links of markup that browser code puts into `page` (a fragment it fetches); `source` names it. */
    fragment(source: string, page: string, root: HTMLElement): void {
      check(page, root, (el, attr, value) => `${source}: <${el.tagName.toLowerCase()} ${attr}="${value}">`);
    },
    /**
     * Checks an address found in another file of the build (`source`, a feed, the sitemap, open
     * data): it must be on the site and resolve. A relative one is read from `from`, a path in the build.
     */
    address(source: string, value: string, from = '/'): void {
      report.checked++;
      const at = `${source}: "${value}"`;
      const url = parseAddress(value, urlOf(from), at);
      if (!url) return;
      if (onSite(url)) internal(url, at);
      else problems.push(`${at} is not on the site (${site.host})`);
    },
    finish(): LinkReport {
      for (const problem of problems) {
        if (typeof problem === 'string') report.broken.push(problem);
        else if (!ids.get(problem.file)?.has(problem.anchor))
          report.broken.push(`${problem.where} points at #${problem.anchor}, which is not an id on that page`);
      }
      return report;
    },
  };
}

/** Checks every page of `dist` on its own, reading and parsing each once. */
export function checkLinks(dist: string, siteUrl: string, options: LinkOptions = {}): LinkReport {
  const checker = linkChecker(dist, siteUrl, options);
  for (const page of htmlFiles(dist)) checker.visit(page, parse(readFileSync(join(dist, page), 'utf8')));
  return checker.finish();
}
