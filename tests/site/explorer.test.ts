/**
 * Listings and taxonomy pages over the built HTML: every link between a case study and its
 * causes, organisations, mechanics, years, countries, languages and playbook themes goes both
 * ways, on the real site and on a fixture build with more case studies.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { allPages, DIST, fileFor, readPage, textOf } from '../helpers/dist.ts';
import { buildExplorerFixture, FIXTURE_CAMPAIGNS } from '../helpers/explorer-fixture.ts';

const TERM_PAGE = /^\/(causes|organisations|mechanics|years|countries|languages|playbook)\/[^/]+\/$/;
const CAMPAIGN_PAGE = /^\/campaigns\/[^/]+\/$/;

/** Internal links inside <main>, without their #fragment, each once. */
function mainLinks(path: string, dist: string): string[] {
  const hrefs = readPage(path, dist)
    .querySelectorAll('main a[href^="/"]')
    .map((a) => a.getAttribute('href')!.split('#')[0]!);
  return [...new Set(hrefs)];
}

function checkTwoWay(dist: string) {
  const pages = allPages(dist);
  const campaigns = pages.filter((p) => CAMPAIGN_PAGE.test(p));
  const terms = pages.filter((p) => TERM_PAGE.test(p));

  it('has a page for every case study', () => {
    expect(campaigns.length).toBeGreaterThan(0);
  });

  it('links each case study to its terms, and each of those links back', () => {
    for (const campaign of campaigns) {
      const linked = mainLinks(campaign, dist).filter((href) => TERM_PAGE.test(href));
      expect(
        linked.some((h) => h.startsWith('/causes/')),
        `${campaign} links a cause`,
      ).toBe(true);
      expect(
        linked.some((h) => h.startsWith('/organisations/')),
        `${campaign} links an organisation`,
      ).toBe(true);
      expect(
        linked.some((h) => h.startsWith('/years/')),
        `${campaign} links its year`,
      ).toBe(true);
      for (const term of linked) {
        expect(existsSync(fileFor(term, dist)), `${campaign} links to ${term}, which exists`).toBe(true);
        expect(mainLinks(term, dist), `${term} links back to ${campaign}`).toContain(campaign);
      }
    }
  });

  it('links each term page to its case studies, and each of those links back', () => {
    for (const term of terms) {
      for (const campaign of mainLinks(term, dist).filter((href) => CAMPAIGN_PAGE.test(href))) {
        expect(mainLinks(campaign, dist), `${campaign} links back to ${term}`).toContain(term);
      }
    }
  });

  it('lists every case study on /campaigns/, with a link to every cause, organisation, mechanic and year in use', () => {
    const listing = mainLinks('/campaigns/', dist);
    for (const campaign of campaigns) expect(listing).toContain(campaign);
    const inUse = new Set(
      campaigns.flatMap((c) => mainLinks(c, dist)).filter((h) => /^\/(causes|organisations|mechanics|years)\//.test(h)),
    );
    for (const term of inUse) expect(listing, `/campaigns/ links ${term}`).toContain(term);
  });

  it('gives every term page on an index page a count', () => {
    for (const index of ['/causes/', '/organisations/', '/mechanics/', '/years/', '/playbook/']) {
      const items = readPage(index, dist).querySelectorAll('main li');
      expect(items.length, `${index} lists terms`).toBeGreaterThan(0);
      for (const li of items) expect(textOf(li), `${index}: ${textOf(li)}`).toMatch(/\(\d+ (case stud(y|ies)|lessons?)\)/);
    }
  });
}

describe('two-way links on the site', () => {
  checkTwoWay(DIST);
});

describe('with several case studies (fixture build)', () => {
  const { project, dist } = buildExplorerFixture();
  afterAll(() => project.remove());
  const page = (path: string) => readPage(path, dist);

  describe('two-way links', () => {
    checkTwoWay(dist);
  });

  it('lists all five case studies on /campaigns/, newest first, each with the data its filters need', () => {
    const items = page('/campaigns/').querySelectorAll('#campaign-list > li');
    expect(items.map((li) => li.getAttribute('data-campaign'))).toEqual([
      'fixture-gamma',
      'fixture-alpha',
      'fixture-delta',
      'the-real-challenge',
      'fixture-beta',
    ]);
    expect(textOf(items[1])).toContain('#FixtureAlpha');
    expect(textOf(items[1])).toContain('500 million views');
  });

  it('marks the explorer controls as needing JavaScript (hidden without it), with a label on every control', () => {
    const html = page('/campaigns/');
    const explorer = html.querySelector('causeway-explorer')!;
    expect(explorer.toString()).toMatch(/<noscript>\s*<link rel="stylesheet" href="\/noscript.css">\s*<\/noscript>/);
    expect(explorer.querySelector('form#explorer-form')?.hasAttribute('data-needs-js')).toBe(true);
    expect(explorer.querySelector('#explorer-facets')?.hasAttribute('data-needs-js')).toBe(true);
    for (const control of explorer.querySelectorAll('input, select')) {
      const labelled = control.closest('label') ?? explorer.querySelector(`label[for="${control.id}"]`);
      expect(labelled, control.getAttribute('name') ?? '').toBeTruthy();
    }
    for (const box of explorer.querySelectorAll('input[type="checkbox"]')) expect(box.getAttribute('form')).toBe('explorer-form');
    expect(explorer.querySelector('[data-status]')?.getAttribute('role')).toBe('status');
    // The listing that works without JavaScript is outside everything marked data-needs-js.
    expect(explorer.querySelector('[data-fallback] #campaign-list')?.closest('[data-needs-js]')).toBeNull();
  });

  it('offers every facet value with its count from the build, matching the taxonomy pages', () => {
    const explorer = page('/campaigns/').querySelector('causeway-explorer')!;
    for (const cause of ['climate-action', 'child-rights', 'refugees']) {
      const count = Number(
        textOf(explorer.querySelector(`input[data-facet="cause"][value="${cause}"]`)!.closest('label')!.querySelector('[data-count]')),
      );
      const listed = new Set(
        page(`/causes/${cause}/`)
          .querySelectorAll('main article h2 a, main article h3 a')
          .map((a) => a.getAttribute('href')),
      ).size;
      expect(count, cause).toBeGreaterThan(0);
      expect(count, cause).toBe(listed);
    }
  });

  it('relates case studies by what they share, best first, and says what', () => {
    const related = page('/campaigns/fixture-alpha/').querySelectorAll('[data-related]');
    // Gamma and the real case study both share a cause, UNICEF and a mechanic; gamma launched nearer in time.
    expect(related.map((li) => li.getAttribute('data-related'))).toEqual(['fixture-gamma', 'the-real-challenge']);
    expect(textOf(related[0])).toContain('In common: Climate action, UNICEF, Hashtag challenge');
    expect(page('/campaigns/fixture-alpha/').querySelector('[data-pagefind-ignore] #related-heading')).toBeTruthy();
  });

  it('groups an organisation’s case studies by role', () => {
    const headings = page('/organisations/unicef/').querySelectorAll('main h2').map(textOf);
    expect(headings).toEqual(['As lead (2 case studies)', 'As partner (1 case study)']);
  });

  it('shows dates on the timeline only as precisely as they are known', () => {
    const times = page('/timeline/').querySelectorAll('main time');
    const byIso = Object.fromEntries(times.map((t) => [t.getAttribute('datetime'), textOf(t)]));
    expect(byIso).toMatchObject({ '2018': '2018', '2021-03': 'March 2021', '2021-07-01': '1 July 2021', '2019-10-25': '25 October 2019' });
    expect(times.map((t) => t.getAttribute('datetime'))).toEqual(['2018', '2019-10-25', '2020-05-10', '2021-03', '2021-07-01']);
  });

  it('has a page per year, country and language in use', () => {
    for (const path of ['/years/2018/', '/years/2021/', '/countries/fr/', '/countries/br/', '/languages/pt-br/']) {
      expect(existsSync(fileFor(path, dist)), path).toBe(true);
    }
    expect(textOf(page('/years/').querySelector('main'))).toContain('2021 (2 case studies)');
  });

  it('gathers every lesson of a theme on its playbook page, linked to its case study and source', () => {
    const lessons = page('/playbook/speed/').querySelectorAll('main ul > li');
    expect(lessons).toHaveLength(1);
    expect(lessons[0]!.querySelector('a[href="/campaigns/fixture-gamma/"]')).toBeTruthy();
    expect(lessons[0]!.querySelector('a[href="/campaigns/fixture-gamma/#source-mau-student-blog-2020"]')).toBeTruthy();
  });

  it('covers every fixture campaign', () => {
    for (const slug of Object.keys(FIXTURE_CAMPAIGNS)) expect(existsSync(fileFor(`/campaigns/${slug}/`, dist)), slug).toBe(true);
  });
}, 120_000);

describe('the case-study page, completed', () => {
  const page = () => readPage('/campaigns/the-real-challenge/');

  it('offers a citation in plain text and BibTeX, outside the search index', () => {
    const box = page().querySelector('section[aria-labelledby="cite-heading"]');
    expect(box?.getAttribute('data-pagefind-ignore')).toBe('all');
    // node-html-parser keeps a <pre> as raw text: parse it once more to read it as a browser shows it.
    const [plain, bibtex] = box!.querySelectorAll('pre').map((pre) => parse(pre.innerHTML).textContent);
    expect(plain).toMatch(
      /^Causeway contributors\. “#TheRealChallenge: a 2019 campaign by UNICEF and EU\.” Causeway\. https:\/\/\S+\/campaigns\/the-real-challenge\/ \(version of \d{4}-\d\d-\d\d\)\.$/,
    );
    expect(bibtex).toMatch(/^@misc\{causeway-the-real-challenge,\n {2}author/);
    expect(bibtex).toContain('title        = {{\\#TheRealChallenge}}');
  });

  it('links to its own file in the repository to edit it', () => {
    const link = page().querySelector('a[data-edit-link]');
    expect(link?.getAttribute('href')).toMatch(/\/edit\/main\/content\/campaigns\/the-real-challenge\.mdx$/);
    expect(link?.closest('[data-pagefind-ignore]')).toBeTruthy();
  });

  it('keeps the exact value of every rounded figure', () => {
    const shares = page().querySelector('#results-table tr[data-metric-kind="shares"]');
    expect(shares?.querySelector('data')?.getAttribute('value')).toBe('1200000');
    expect(textOf(shares)).toContain('1.2 million (1,200,000)');
    const views = page()
      .querySelectorAll('#results-table tr[data-metric-kind="views"] details data')
      .map((d) => d.getAttribute('value'));
    expect(views).toContain('380000000');
  });

  it('links each lesson to its playbook theme', () => {
    const themes = page()
      .querySelectorAll('a[href^="/playbook/"]')
      .map((a) => a.getAttribute('href'));
    expect(themes).toEqual(expect.arrayContaining(['/playbook/focus-of-the-ask/', '/playbook/working-with-creators/']));
  });
});
