/**
 * Every page of a build, read and parsed once (tests/helpers/site-scan.ts), with every static
 * check run on the parsed page: html-validate, links, the Content Security Policy, typography,
 * head meta, structure, and what case-study and term pages promise. It runs over the real
 * build, over the fixture catalogue's, whose made-up case studies reach template branches
 * (missing figures, year-precise dates, roles) that the real content may not, and over the
 * pagination fixture's, whose listings run to three pages.
 *
 * html-validate parses the text again with its own parser: it cannot take another parser's tree.
 * `no-trailing-whitespace` is off in .htmlvalidate.json because it is about hand-written source,
 * and compressHTML: true keeps the spaces between inline elements at line ends on purpose.
 * `prefer-native-element` allows role="listbox": the compare page's "Add a case study" box is an
 * ARIA combobox, whose popup is a listbox that a <select> cannot be.
 */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { DIST, fileFor, requireBuild, textOf } from '../helpers/dist.ts';
import { linkChecker, type LinkReport } from '../helpers/links.ts';
import { scanPages, type PageCheck } from '../helpers/site-scan.ts';
import { publishedCampaigns, sourcesById } from '../helpers/collections.ts';
import { catalogue, paginated } from '../helpers/fixtures/catalogue.ts';
import { pngSize } from '../helpers/png.ts';
import { SITE } from '../../src/site.config.ts';
import { paths } from '../../src/lib/site/paths.ts';

// The project's configuration for both builds: looked up from each file, it would not be found
// beside the catalogue's build, outside the project.
const validator = new HtmlValidate(new StaticConfigLoader(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData));

const CAMPAIGN_PAGE = /^\/campaigns\/[^/]+\/$/;
const TERM_PAGE = /^\/(causes|organisations|mechanics|years|countries|languages|playbook)\/[^/]+\/$/;
const INDEX_PAGES = ['/causes/', '/organisations/', '/mechanics/', '/years/', '/playbook/'];
const CSP_DIRECTIVES = ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "worker-src 'self' blob:"];

/** The static checks of one page, each returning its problems as lines that name the page. */
function pageChecks(dist: string, root: string) {
  const campaigns = new Map(publishedCampaigns(root).map((c) => [c.id, c.data]));
  const sources = sourcesById(root);
  const imageSizes = new Map<string, string>();
  const sizeOf = (path: string) => {
    if (!imageSizes.has(path)) imageSizes.set(path, JSON.stringify(pngSize(readFileSync(fileFor(path, dist)))));
    return imageSizes.get(path)!;
  };
  const cardSize = JSON.stringify({ width: 1200, height: 630 });
  const links = linkChecker(dist, SITE.url);
  /** Internal links inside <main> of each page, without their #fragment, each once. */
  const mainLinks = new Map<string, string[]>();
  /** The list items of the term index pages, as text. */
  const indexItems = new Map<string, string[]>();

  const checks = {
    'passes html-validate': async ({ path, file, text }) => {
      const report = await validator.validateString(text, file);
      return report.results.flatMap((r) => r.messages.map((m) => `${path} ${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    },

    'carries a Content Security Policy without unsafe-inline or unsafe-eval for scripts': ({ path, root: html }) => {
      const policy = html.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      const script = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
      const problems = [];
      if (!script.includes("'self'")) problems.push(`${path}: script-src lacks 'self' in "${policy}"`);
      if (/'unsafe-inline'|'unsafe-eval'/.test(script)) problems.push(`${path}: script-src allows unsafe code: ${script}`);
      for (const directive of CSP_DIRECTIVES) if (!policy.includes(directive)) problems.push(`${path}: the policy lacks ${directive}`);
      return problems;
    },

    // compressHTML: true keeps template whitespace, whose visible results these two catch.
    'has no link whose text starts or ends with whitespace': ({ path, root: html }) =>
      html
        .querySelectorAll('main a, header a, footer a')
        // Whitespace at the edges of a flex or block box is not rendered: only inline text links count.
        .filter((a) => !a.querySelector('svg, img') && !/\b(chip|block|flex|inline-flex|grid)\b/.test(a.getAttribute('class') ?? ''))
        .filter((a) => a.textContent !== a.textContent.trim())
        .map((a) => `${path}: <a href="${a.getAttribute('href')}">${JSON.stringify(a.textContent)}</a>`),

    'has no space between a link and the punctuation after it': ({ path, root: html }) => {
      const main = html.querySelector('main')?.innerHTML ?? '';
      return [...main.matchAll(/<\/a>\s+[,.;:)](?!\w)/g)].map((m) => `${path}: …${main.slice(Math.max(0, m.index - 60), m.index + 10)}`);
    },

    'has lang, a skip link to main, the header search form (hidden without JavaScript, a browse link in its place) and the footer’s link to report an error':
      ({ path, root: html }) => {
        const form = html.querySelector('header form[role="search"]');
        // What readers without JavaScript get, as markup.
        const noscript = (where: string) =>
          html
            .querySelectorAll(`${where} noscript`)
            .map((n) => n.innerHTML)
            .join('');
        const tellUs = html.querySelector('footer a[data-report-error]');
        const missing = Object.entries({
          'lang="en"': html.querySelector('html')?.getAttribute('lang') === 'en',
          'a skip link to #main': !!html.querySelector('a[href="#main"]'),
          'main#main': !!html.querySelector('main#main'),
          // The search page has one box, its own, so its header has neither the form nor its no-JavaScript stand-in.
          ...(path === '/search/'
            ? {
                'no header search form beside the page’s own': !form,
                'the page’s own search box': !!html.querySelector('main form[role="search"] input[name="q"]'),
              }
            : {
                'a header search form to /search/': form?.getAttribute('action') === '/search/' && !!form.querySelector('input[name="q"]'),
                'data-needs-js on the header form': !!form?.hasAttribute('data-needs-js'),
                'a no-JavaScript browse link in the header': noscript('header').includes('href="/campaigns/#browse-heading"'),
              }),
          'the noscript stylesheet in the head': noscript('head').includes('<link rel="stylesheet" href="/noscript.css">'),
          'a footer "Tell us" link to the new-issue forms':
            tellUs?.getAttribute('href') === `${SITE.repository}/issues/new/choose` && textOf(tellUs) === 'Tell us',
        }).filter(([, ok]) => !ok);
        return missing.map(([what]) => `${path}: no ${what}`);
      },

    'links to the methodology from its footer, and states the licence of the content there, linked to the licence': ({
      path,
      root: html,
    }) => {
      const footer = html.querySelector('footer');
      const licence = footer?.querySelector('a[rel~="license"]');
      const missing = Object.entries({
        'footer link to /methodology/': !!footer?.querySelector(`a[href="${paths.methodology}"]`),
        [`footer licence link "${SITE.contentLicence.name}" to ${SITE.contentLicence.url}`]:
          licence?.getAttribute('href') === SITE.contentLicence.url && textOf(licence) === SITE.contentLicence.name,
      }).filter(([, ok]) => !ok);
      return missing.map(([what]) => `${path}: no ${what}`);
    },

    'loads nothing from another host': ({ path, root: html }) =>
      html
        .querySelectorAll('script[src], link[href]:not([rel="canonical"]), img[src]')
        .map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '')
        .filter((url) => /^(https?:)?\/\//.test(url))
        .map((url) => `${path}: loads ${url}`),

    'has a canonical URL, Open Graph and Twitter tags, and a 1200×630 PNG card that exists': ({ path, root: html }) => {
      if (path === '/404.html') return [];
      const head = html.querySelector('head')!;
      const meta = (key: string) => head.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
      const url = `${SITE.url}${path}`;
      const image = meta('og:image') ?? '';
      const wrong = Object.entries({
        canonical: head.querySelector('link[rel="canonical"]')?.getAttribute('href') === url,
        'og:url': meta('og:url') === url,
        'og:title': !!meta('og:title'),
        'og:description equal to the description': !!meta('description') && meta('og:description') === meta('description'),
        'twitter:card': meta('twitter:card') === 'summary_large_image',
        'og:image on the site': image.startsWith(`${SITE.url}/`),
        'twitter:image equal to og:image': meta('twitter:image') === image,
        'a 1200×630 card': image.startsWith(`${SITE.url}/`) && sizeOf(new URL(image).pathname) === cardSize,
      }).filter(([, ok]) => !ok);
      return wrong.map(([what]) => `${path}: wrong or missing ${what}`);
    },

    'cites as a bare [n] that links to the source list or opens its note, with no space before the punctuation after it': ({
      path,
      root: html,
    }) => {
      if (!CAMPAIGN_PAGE.test(path)) return [];
      const cites = html.querySelectorAll('.prose .cite');
      if (cites.length === 0) return [`${path}: no in-text citation`];
      return cites.flatMap((cite) => {
        const problems = [];
        if (!/^\[\d+\]$/.test(cite.textContent)) problems.push(`${path}: ${cite.outerHTML} is not a bare [n]`);
        // A link points at its source in the list; a button opens its note, which comes right after it.
        const target = cite.tagName === 'A' ? cite.getAttribute('href')!.slice(1) : cite.getAttribute('popovertarget')!;
        const points = html.getElementById(target);
        if (!points) problems.push(`${path}: ${cite.outerHTML} points at nothing`);
        const last = cite.tagName === 'A' ? cite : points;
        if (/^\s+[.,;:]/.test(last?.nextSibling?.textContent ?? ''))
          problems.push(`${path}: whitespace before the punctuation after ${cite.outerHTML}`);
        return problems;
      });
    },

    'is an Article in JSON-LD citing every source, with its own card as og:image': ({ path, root: html }) => {
      const id = CAMPAIGN_PAGE.exec(path) && path.split('/')[2]!;
      if (!id) return [];
      const data = campaigns.get(id);
      if (!data) return [`${path}: no published case study ${id} in the content`];
      const problems = [];
      const image = html.querySelector('meta[property="og:image"]')?.getAttribute('content');
      if (image !== `${SITE.url}/cards/${id}.png`) problems.push(`${path}: og:image is ${image}`);
      else if (sizeOf(`/cards/${id}.png`) !== cardSize) problems.push(`${path}: its card is not 1200×630`);
      const scripts = html.querySelectorAll('script[type="application/ld+json"]');
      if (scripts.length !== 1) return [...problems, `${path}: ${scripts.length} JSON-LD scripts`];
      const ld = JSON.parse(scripts[0]!.textContent);
      if (ld['@type'] !== 'Article' || ld.headline !== data.title || ld.url !== `${SITE.url}${path}`)
        problems.push(`${path}: JSON-LD type, headline or url is wrong`);
      const fields = [data.metrics, data.quotations, data.lessons, data.objectives, data.targets, data.resources, data.awards];
      const cited = [
        ...new Set(
          fields
            .flat()
            .map((x) => x.source)
            .concat(data.sources),
        ),
      ];
      if (ld.citation?.length !== cited.length) problems.push(`${path}: JSON-LD cites ${ld.citation?.length} sources, not ${cited.length}`);
      for (const citation of ld.citation ?? []) {
        const source = cited.map((s) => sources.get(s)!).find((s) => s.url === citation.url);
        if (!source) problems.push(`${path}: JSON-LD cites ${citation.url}, which the case study does not`);
        else if (
          citation['@type'] !== 'CreativeWork' ||
          citation.publisher?.name !== source.publisher ||
          citation.datePublished !== source.published?.iso
        )
          problems.push(`${path}: JSON-LD citation of ${citation.url} has the wrong type, publisher or date`);
      }
      return problems;
    },

    // Not a check of its own: what the link tests below need from every page.
    '(collects links)': ({ path, file, root: html }) => {
      links.visit('/' + relative(dist, file).split(sep).join('/'), html);
      const hrefs = html.querySelectorAll('main a[href^="/"]').map((a) => a.getAttribute('href')!.split('#')[0]!);
      mainLinks.set(path, [...new Set(hrefs)]);
      if (INDEX_PAGES.includes(path))
        // The terms, not the page links of an index long enough to be paged.
        indexItems.set(
          path,
          html
            .querySelectorAll('main li')
            .filter((li) => !li.closest('[data-pagination]'))
            .map(textOf),
        );
      return [];
    },
  } satisfies Record<string, PageCheck>;

  return { checks, links, mainLinks, indexItems };
}

function everyPage(name: string, dist: string, root: string) {
  const { checks, links, mainLinks, indexItems } = pageChecks(dist, root);
  let scan: { pages: string[]; problems: Record<string, string[]> };
  let report: LinkReport;
  const linksOf = (path: string) => mainLinks.get(path) ?? [];
  /** The links of a listing across all its pages (page 1 at `base`, the rest at base/page/n/). */
  const listingLinks = (base: string) => scan.pages.filter((p) => p === base || p.startsWith(`${base}page/`)).flatMap(linksOf);
  const campaigns = () => scan.pages.filter((p) => CAMPAIGN_PAGE.test(p));
  const terms = () => scan.pages.filter((p) => TERM_PAGE.test(p));

  describe(`every page of ${name}`, () => {
    beforeAll(async () => {
      scan = await scanPages(dist, checks);
      report = links.finish();
    }, 300_000);

    it('is found, case studies and term pages among them', () => {
      expect(campaigns().length).toBeGreaterThan(0);
      expect(terms().length).toBeGreaterThan(0);
    });

    for (const check of Object.keys(checks).filter((name) => !name.startsWith('('))) {
      it(check, () => {
        expect(scan.problems[check]).toEqual([]);
      });
    }

    it('has links to pages, files and ids that exist, and opens other hosts with rel="noopener noreferrer"', () => {
      expect(report.checked).toBeGreaterThan(10);
      expect(report.broken).toEqual([]);
      expect(report.unsafeExternal).toEqual([]);
    });

    it('links each case study to its causes, organisations and year, and each of those back', () => {
      const problems: string[] = [];
      for (const campaign of campaigns()) {
        const linked = linksOf(campaign).filter((href) => TERM_PAGE.test(href));
        for (const kind of ['causes', 'organisations', 'years'])
          if (!linked.some((h) => h.startsWith(`/${kind}/`))) problems.push(`${campaign} links no page in /${kind}/`);
        for (const term of linked) {
          if (!mainLinks.has(term)) problems.push(`${campaign} links to ${term}, which is not built`);
          else if (!listingLinks(term).includes(campaign)) problems.push(`${term} does not link back to ${campaign}`);
        }
      }
      expect(problems).toEqual([]);
    });

    it('links each term page to its case studies, and each of those back', () => {
      const problems = terms().flatMap((term) =>
        linksOf(term)
          .filter((href) => CAMPAIGN_PAGE.test(href) && !linksOf(href).includes(term))
          .map((campaign) => `${campaign} does not link back to ${term}`),
      );
      expect(problems).toEqual([]);
    });

    it('lists every case study on /campaigns/, and reaches every cause, organisation, mechanic and year in use from it', () => {
      const listing = listingLinks('/campaigns/');
      const inUse = new Set(
        campaigns()
          .flatMap(linksOf)
          .filter((h) => /^\/(causes|organisations|mechanics|years)\//.test(h)),
      );
      // A long list of terms links to its most common ones and to its index, which lists them all.
      const reached = (term: string) => {
        const index = `/${term.split('/')[1]}/`;
        return listing.includes(term) || (listing.includes(index) && listingLinks(index).includes(term));
      };
      expect(campaigns().filter((href) => !listing.includes(href))).toEqual([]);
      expect([...inUse].filter((term) => !reached(term))).toEqual([]);
    });

    it('gives every term on an index page a count', () => {
      for (const index of INDEX_PAGES) {
        const items = indexItems.get(index) ?? [];
        expect(items.length, `${index} lists terms`).toBeGreaterThan(0);
        for (const item of items) expect(item, index).toMatch(/\(\d+ (case stud(y|ies)|lessons?)\)/);
      }
    });
  });
}

it('html-validate still reports errors with this configuration (a clean run means something)', async () => {
  const report = await validator.validateString(
    '<!doctype html><html lang="en"><head><title>x</title></head><body><button>x</button><p><div></div></p></body></html>',
    'inline.html',
  );
  expect(report.valid).toBe(false);
});

requireBuild();
everyPage('the site', DIST, process.cwd());
everyPage('the fixture catalogue', catalogue().dist, catalogue().root);
// Its case-study pages repeat the catalogue's; it is here for the later pages of every listing
// (markup, links, and links back from case studies to listings that run over several pages).
everyPage('the pagination fixture', paginated().dist, paginated().root);
