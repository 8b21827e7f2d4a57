/**
 * A small link checker over a built site: every internal href/src must name a file in the
 * build, every #anchor an id on the target page, and every link to another host must carry
 * rel="noopener noreferrer". Addresses on the site's own host (canonical links, og:image)
 * count as internal.
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

/**
 * A link checker fed one parsed page at a time (`visit`), so that a scan that parses every page
 * once for other checks can check links too; `finish` resolves the #anchors once every page's
 * ids are known.
 */
export function linkChecker(dist: string, siteUrl: string, options: { pending?: readonly string[] } = {}) {
  const site = new URL(siteUrl);
  const report: LinkReport = { broken: [], unsafeExternal: [], checked: 0 };
  /** Problems in page order; an anchor is looked up at the end, when every page's ids are known. */
  const problems: (string | { where: string; file: string; anchor: string })[] = [];
  const ids = new Map<string, Set<string>>();

  return {
    /** Checks the links of one page; `page` is its site path, such as /campaigns/x/index.html. */
    visit(page: string, root: HTMLElement): void {
      ids.set(
        join(dist, page),
        new Set([
          ...root.querySelectorAll('[id]').map((e) => e.id),
          ...root.querySelectorAll('a[name]').map((e) => e.getAttribute('name')!),
        ]),
      );
      const base = new URL(page.replace(/index\.html$/, ''), site);
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
      ];
      for (const { el, attr, value } of targets) {
        report.checked++;
        const where = `${page}: <${el.tagName.toLowerCase()} ${attr}="${value}">`;
        if (/^(mailto|tel):/i.test(value)) continue;
        let url: URL;
        try {
          url = new URL(value, base);
        } catch {
          problems.push(`${where} is not a valid address`);
          continue;
        }
        if (url.host !== site.host || !/^https?:$/.test(url.protocol)) {
          if (el.tagName === 'A') {
            const rel = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
            if (!rel.includes('noopener') || !rel.includes('noreferrer'))
              report.unsafeExternal.push(`${where} lacks rel="noopener noreferrer"`);
          }
          continue;
        }
        if (options.pending?.some((prefix) => url.pathname.startsWith(prefix))) continue;
        const path = decodeURIComponent(url.pathname);
        const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
        if (!existsSync(file) || statSync(file).isDirectory()) {
          const hint = existsSync(join(dist, path, 'index.html')) ? ' (add the trailing slash)' : '';
          problems.push(`${where} points at a missing file${hint}`);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && file.endsWith('.html')) problems.push({ where, file, anchor });
      }
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
export function checkLinks(dist: string, siteUrl: string, options: { pending?: readonly string[] } = {}): LinkReport {
  const checker = linkChecker(dist, siteUrl, options);
  for (const page of htmlFiles(dist)) checker.visit(page, parse(readFileSync(join(dist, page), 'utf8')));
  return checker.finish();
}
