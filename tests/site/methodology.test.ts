/**
 * /methodology/, read from the built HTML. Its prose is content/pages/methodology.mdx; its
 * counts, term definitions and issue-form links come from the code (src/author-components/pages/),
 * and every link to it from a case study must land on an anchor it has.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIST, allPages, fileFor, readPage, requireBuild, textOf } from '../helpers/dist.ts';
import { catalogue } from '../helpers/fixtures/catalogue.ts';
import { paths, termId } from '../../src/lib/site/paths.ts';
import { SITE } from '../../src/site.config.ts';
import {
  INDEPENDENT_SOURCE_KINDS,
  INTERESTED_SOURCE_KINDS,
  PARTS,
  PLATFORMS,
  QUALIFIERS,
  SCOPES,
  SOURCE_KINDS,
} from '../../src/schemas/vocabulary.ts';

const page = (dist = DIST) => readPage(paths.methodology, dist);
const anchors = (dist = DIST) =>
  new Set(
    page(dist)
      .querySelectorAll('[id]')
      .map((el) => el.id),
  );
const CAMPAIGN_PAGE = /^\/campaigns\/[^/]+\/$/;
const fragment = (href: string) => href.split('#')[1] ?? '';

/** Every term a figure's label or a source's kind can show, by the id the page anchors it at. */
const TERM_IDS = [
  ...SCOPES.map((v) => termId('scope', v)),
  ...PARTS.map((v) => termId('part', v)),
  ...PLATFORMS.map((v) => termId('platform', v)),
  ...QUALIFIERS.map((v) => termId('precision', v)),
  ...(['independent', 'self-reported', 'other'] as const).map((v) => termId('provenance', v)),
  termId('attributed'),
  termId('doubted'),
  ...SOURCE_KINDS.map((v) => termId('source-kind', v)),
];

interface Record {
  metrics: { provenance: string; source: { kind: string }; attributedTo: string | null }[];
  sources: { id: string; language: string; kind: string }[];
  corrections: unknown[];
  checked: { current: boolean } | null;
}

describe('/methodology/', () => {
  it('has one h1 and a section for each thing it promises', () => {
    const html = page();
    expect(html.querySelectorAll('h1')).toHaveLength(1);
    for (const id of [
      'what-counts-as-a-case-study',
      'how-candidates-are-found',
      'sources-and-who-they-are',
      fragment(paths.figureLabels),
      'why-unlike-figures-are-never-compared',
      'how-the-evidence-grade-is-computed',
      'how-case-studies-are-checked',
      'known-biases',
      fragment(paths.correctionsPolicy),
    ])
      expect(html.querySelector(`h2#${id}`), `h2#${id}`).toBeTruthy();
  });

  it('defines every term of every label vocabulary and every source kind, each under its own anchor', () => {
    const html = page();
    for (const id of TERM_IDS) {
      const term = html.querySelector(`dt#${id}`);
      expect(term, `dt#${id}`).toBeTruthy();
      expect(textOf(term).length, id).toBeGreaterThan(2);
      expect(term!.nextElementSibling?.tagName, id).toBe('DD');
      expect(textOf(term!.nextElementSibling).length, id).toBeGreaterThan(10);
    }
    expect(html.querySelectorAll('[data-terms] dt')).toHaveLength(TERM_IDS.length);
  });

  it('says of each source kind whether its figures are self-reported or independent, as the vocabulary sorts them', () => {
    const html = page();
    for (const kind of SOURCE_KINDS) {
      const meaning = textOf(html.querySelector(`dt#${termId('source-kind', kind)}`)!.nextElementSibling);
      if (INTERESTED_SOURCE_KINDS.includes(kind)) expect(meaning, kind).toMatch(/ is self-reported\.$/);
      else if (INDEPENDENT_SOURCE_KINDS.includes(kind)) expect(meaning, kind).toMatch(/ is independent\.$/);
      else expect(meaning, kind).not.toMatch(/ is (self-reported|independent)\.$/);
    }
  });

  it('names each term as the labels on the case studies say it', () => {
    const html = page();
    const scopeTerms = html.querySelectorAll('[data-terms="scope"] dt').map(textOf);
    const labels = allPages()
      .filter((path) => CAMPAIGN_PAGE.test(path))
      .flatMap((path) => readPage(path).querySelectorAll('.evidence-label [data-evidence-text]').map(textOf));
    expect(labels.length).toBeGreaterThan(30);
    // Every label starts with a scope's term, or says it counts a part: "Part of the campaign: one video".
    expect(labels.filter((label) => !scopeTerms.some((term) => label.startsWith(term)) && !label.startsWith('Part of '))).toEqual([]);
    expect(textOf(html.querySelector(`dt#${termId('precision', 'about')}`))).toBe('given as “about”');
    expect(labels.some((label) => label.includes('given as “about”'))).toBe(true);
    expect(textOf(html.querySelector(`dt#${termId('provenance', 'independent')}`))).toBe('reported by an independent source');
    expect(labels.some((label) => label.endsWith('· reported by an independent source'))).toBe(true);
  });

  it('states the counts of the catalogue as the open data has them, not as typed numbers', () => {
    requireBuild();
    const { campaigns } = JSON.parse(readFileSync(fileFor(paths.dataJson), 'utf8')) as { campaigns: Record[] };
    const sources = [...new Map(campaigns.flatMap((c) => c.sources.map((s) => [s.id, s]))).values()];
    const figures = campaigns.flatMap((c) => c.metrics);
    const count = (name: string) =>
      page()
        .querySelectorAll(`[data-count="${name}"]`)
        .map((el) => textOf(el).replace(/,/g, ''));
    const expected = {
      'case-studies': `${campaigns.length} case studies`,
      sources: `${sources.length} sources`,
      'english-sources': String(sources.filter((s) => s.language === 'en' || s.language.startsWith('en-')).length),
      'platform-sources': String(sources.filter((s) => s.kind === 'platform').length),
      figures: `${figures.length} figures`,
      'self-reported-figures': String(figures.filter((m) => m.provenance === 'self-reported').length),
      'independent-figures': String(figures.filter((m) => m.provenance === 'independent').length),
      'platform-figures': String(figures.filter((m) => (m.attributedTo ?? m.source.kind) === 'platform').length),
      'checked-current': String(campaigns.filter((c) => c.checked?.current === true).length),
      'checked-changed': String(campaigns.filter((c) => c.checked?.current === false).length),
      unchecked: String(campaigns.filter((c) => c.checked === null).length),
      corrections: `${campaigns.reduce((n, c) => n + c.corrections.length, 0)} corrections`,
    };
    for (const [name, text] of Object.entries(expected)) {
      expect(count(name).length, name).toBeGreaterThan(0);
      for (const shown of count(name)) expect(shown, name).toBe(text);
    }
  });

  it('links to the issue forms the repository has, the corrections page, the open data and the licence', () => {
    const html = page();
    const forms = html.querySelectorAll('[data-report-links] a').map((a) => a.getAttribute('href') ?? '');
    const templates = forms.flatMap((href) => /[?&]template=([\w-]+\.yml)$/.exec(href)?.[1] ?? []);
    expect(templates.sort()).toEqual(['propose-case-study.yml', 'report-wrong-figure.yml']);
    for (const template of templates) expect(existsSync(`.github/ISSUE_TEMPLATE/${template}`), template).toBe(true);
    for (const href of forms) expect(href.startsWith(`${SITE.repository}/`), href).toBe(true);
    const hrefs = html.querySelectorAll('article a').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(expect.arrayContaining([paths.corrections, paths.dataLicence, paths.compare]));
  });

  it('describes the evidence grade by the three counts the facts panel shows and the open data exports', () => {
    const text = textOf(page().querySelector(`#how-the-evidence-grade-is-computed`)!.nextElementSibling);
    expect(text).toMatch(/three facts/);
    const list = textOf(page().querySelector('#how-the-evidence-grade-is-computed ~ ol'));
    expect(list).toMatch(/independent source.*undated sources.*widest spread/is);
    const grades = allPages()
      .filter((path) => CAMPAIGN_PAGE.test(path))
      .flatMap((path) => readPage(path).querySelectorAll('[data-evidence-grade] li').map(textOf));
    expect(grades.some((g) => / of \d+ figures? with an independent source$/.test(g))).toBe(true);
    expect(textOf(page())).toContain('evidence_independent');
  });
});

describe('links to the methodology', () => {
  it('land on an anchor it has, from every case study of the real build and the fixture catalogue, label notes included', () => {
    for (const dist of [DIST, catalogue().dist]) {
      const targets = anchors(dist);
      const caseStudies = allPages(dist).filter((path) => CAMPAIGN_PAGE.test(path));
      expect(caseStudies.length).toBeGreaterThan(3);
      for (const path of caseStudies) {
        const html = readPage(path, dist);
        const links = html.querySelectorAll(`a[href^="${paths.methodology}"]`).map((a) => a.getAttribute('href')!);
        expect(links, path).toContain(paths.methodology);
        if (html.querySelector('.evidence-label')) expect(links, path).toContain(paths.figureLabels);
        for (const href of links.filter((h) => h.includes('#'))) expect(targets.has(fragment(href)), `${path} → ${href}`).toBe(true);
      }
    }
  });

  it('from a label’s note, land on the section that defines what a scope, a precision and a provenance mean', () => {
    const html = page();
    const heading = html.getElementById(fragment(paths.figureLabels))!;
    const terms: string[] = [];
    for (let el = heading.nextElementSibling; el && el.tagName !== 'H2'; el = el.nextElementSibling)
      terms.push(...el.querySelectorAll('[data-terms]').map((dl) => dl.getAttribute('data-terms')!), el.getAttribute('data-terms') ?? '');
    expect(terms.filter(Boolean)).toEqual(['scope', 'part', 'platform', 'precision', 'provenance']);
  });

  it('from the corrections page, land on the corrections policy', () => {
    const href = readPage(paths.corrections).querySelector(`main a[href="${paths.correctionsPolicy}"]`);
    expect(href).toBeTruthy();
    expect(anchors().has(fragment(paths.correctionsPolicy))).toBe(true);
  });
});
