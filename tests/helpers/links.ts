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
function htmlFiles(dist: string, dir = dist): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(dist, path);
    return name.endsWith('.html') ? ['/' + relative(dist, path).split(sep).join('/')] : [];
  });
}

export function checkLinks(dist: string, siteUrl: string, options: { pending?: readonly string[] } = {}): LinkReport {
  const site = new URL(siteUrl);
  const report: LinkReport = { broken: [], unsafeExternal: [], checked: 0 };
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      const root = parse(readFileSync(file, 'utf8'));
      set = new Set([
        ...root.querySelectorAll('[id]').map((e) => e.id),
        ...root.querySelectorAll('a[name]').map((e) => e.getAttribute('name')!),
      ]);
      ids.set(file, set);
    }
    return set;
  };

  for (const page of htmlFiles(dist)) {
    const root = parse(readFileSync(join(dist, page), 'utf8'));
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
        report.broken.push(`${where} is not a valid address`);
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
        report.broken.push(`${where} points at a missing file${hint}`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && file.endsWith('.html') && !idsOf(file).has(anchor))
        report.broken.push(`${where} points at #${anchor}, which is not an id on that page`);
    }
  }
  return report;
}
