/**
 * The case-study page, read from the built HTML of the fixture catalogue, whose copy of
 * #TheRealChallenge keeps its figures fixed whatever happens to the real one.
 */
import { describe, expect, it } from 'vitest';
import { readPage, textOf } from '../helpers/dist.ts';
import { catalogue } from '../helpers/fixtures/catalogue.ts';
import { paths } from '../../src/lib/site/paths.ts';

const page = () => readPage('/campaigns/the-real-challenge/', catalogue().dist);

describe('#TheRealChallenge page', () => {
  it('has its title, summary and one h1', () => {
    const html = page();
    expect(html.querySelectorAll('h1').map(textOf)).toEqual(['#TheRealChallenge']);
    expect(html.querySelector('meta[name="description"]')?.getAttribute('content')).toMatch(/UNICEF and the European Union/);
  });

  it('shows every campaign-scope view figure, each linked to its source in the source list', () => {
    const html = page();
    const row = html.querySelector('#results-table tr[data-metric-kind="views"][data-scope="campaign"]');
    expect(row, 'a views row in the results table').toBeTruthy();
    expect(row!.getAttribute('data-agree')).toBe('false');
    expect(textOf(row)).toContain('230M–380M');
    const claims = row!.querySelectorAll('li[data-claim-value]');
    const values = new Set(claims.map((li) => Number(li.getAttribute('data-claim-value'))));
    expect([...values].sort()).toEqual([230e6, 280e6, 380e6]);
    for (const li of claims) {
      const href = li.querySelector('a')?.getAttribute('href') ?? '';
      expect(href).toMatch(/^#source-/);
      const target = html.getElementById(href.slice(1));
      expect(target, `source list entry ${href}`).toBeTruthy();
      expect(target!.querySelector('a[href^="https://"]')?.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('keeps the conflicting figures in a <details> so they work without JavaScript', () => {
    const row = page().querySelector('#results-table tr[data-metric-kind="views"]');
    expect(row?.querySelector('details summary')).toBeTruthy();
    expect(textOf(row)).toMatch(/Sources disagree: 3 figures from 5 sources/);
  });

  it('keeps the hashtag-wide view counts in a row of their own, named as the compare page names them', () => {
    const row = page().querySelector('#results-table tr#views-hashtag');
    expect(row?.getAttribute('data-scope')).toBe('hashtag');
    expect(textOf(row)).toContain('282M–300M');
    expect(textOf(row?.querySelector('th'))).toMatch(/^Views \(whole hashtag\) /);
    expect(textOf(page().querySelector('[data-evidence-grade]')?.parentNode)).toContain('282M–300M views (whole hashtag)');
    expect(textOf(row?.querySelector('.evidence-label'))).toMatch(/Whole hashtag/);
  });

  it('labels every figure with what it counts, how precise it is and who reports it, as a reader would say it', () => {
    const rows = page().querySelectorAll('#results-table tbody tr[data-metric-kind]');
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) {
      const label = textOf(row.querySelector('.evidence-label [data-evidence-text]'));
      expect(label, row.id).toMatch(/^(Campaign total|Whole hashtag|Own account|Platform-wide|Event|Part of the \w+: )/);
      expect(label, row.id).toMatch(/exact count|rounded|given as “(about|more than|up to)”/);
      expect(label, row.id).toMatch(
        / · reported by (an independent source|other sources|(the organisers|TikTok|their agency|an award entry)((, | and )(the organisers|TikTok|their agency|an award entry))*)$/,
      );
      expect(label, row.id).not.toMatch(/self-reported|tiktok| over /);
    }
    // Every campaign-scope view figure comes from the organisers, their agency or an award entry.
    expect(textOf(page().querySelector('tr#views .evidence-label [data-evidence-text]'))).toBe(
      'Campaign total, rounded, given as “more than” · reported by the organisers, their agency and an award entry',
    );
  });

  it('makes each label a button that opens one note per page, explaining it and linking to the methodology', () => {
    const html = page();
    const labels = html.querySelectorAll('.evidence-label');
    expect(labels.length).toBeGreaterThan(3);
    for (const label of labels) {
      expect(label.tagName).toBe('BUTTON');
      expect(label.getAttribute('popovertarget')).toBe('figure-label-help');
      expect(label.hasAttribute('title')).toBe(false);
    }
    const notes = html.querySelectorAll('#figure-label-help');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.hasAttribute('popover')).toBe(true);
    // Not inside the facts panel's <details>, which is closed on a phone and would hide it.
    expect(notes[0]!.closest('details')).toBeNull();
    expect(textOf(notes[0])).toMatch(/dashed border/);
    expect(notes[0]!.querySelector('a')?.getAttribute('href')).toBe(paths.figureLabels);
    expect(notes[0]!.querySelector('button[popovertargetaction="hide"]')?.getAttribute('popovertarget')).toBe('figure-label-help');
  });

  it('says TikTok, not tiktok, where a source is TikTok', () => {
    for (const path of ['/campaigns/the-real-challenge/', '/compare/'])
      expect(textOf(readPage(path, catalogue().dist))).not.toMatch(/tiktok\)/);
  });

  it('anchors each figure and offers one citation per source, each with the figure that source gives and a copy button', () => {
    const row = page().querySelector('#results-table tr#views')!;
    const citations = row.querySelectorAll('[data-figure-citation]');
    const publishers = ['European External Action Service', 'European Commission newsroom', 'Roses Are Blue', 'Caples Awards'];
    expect(citations.length).toBeGreaterThanOrEqual(publishers.length);
    for (const publisher of publishers) {
      const own = citations.filter((c) => textOf(c).includes(`Reported by ${publisher},`));
      expect(own, publisher).toHaveLength(1);
    }
    for (const citation of citations) {
      const text = textOf(citation);
      expect(text).toMatch(/^#TheRealChallenge, views: [^.]*\d[^.]*\. Reported by [^;]+\. Compiled by Causeway, /);
      expect(text).toMatch(/\/campaigns\/the-real-challenge\/#views\.$/);
      expect(text.match(/Reported by /g), text).toHaveLength(1);
      const copy = citation.parentNode!.querySelector('causeway-copy')!;
      expect(copy.getAttribute('data-copy-from')).toBe(citation.id);
    }
  });

  it('offers a share button and copy buttons that are hidden until their script runs, each with a status line', () => {
    const html = page();
    const copies = html.querySelectorAll('causeway-copy');
    expect(copies.length).toBeGreaterThan(4);
    for (const copy of copies) {
      expect(copy.hasAttribute('hidden'), copy.toString().slice(0, 80)).toBe(true);
      expect(copy.querySelector('button')?.getAttribute('type')).toBe('button');
      expect(copy.querySelector('[role="status"]')).toBeTruthy();
      const from = copy.getAttribute('data-copy-from');
      if (from) expect(html.getElementById(from), from).toBeTruthy();
      else expect(copy.getAttribute('data-text')).toMatch(/^https?:\/\//);
    }
    const share = html.querySelector('article header causeway-copy[data-share]');
    expect(share?.getAttribute('data-text')).toBe(html.querySelector('link[rel="canonical"]')?.getAttribute('href'));
    // The messages travel once, on the first copy button.
    expect(html.querySelectorAll('causeway-copy[data-messages]')).toHaveLength(1);
    expect(JSON.parse(html.querySelector('causeway-copy[data-messages]')!.getAttribute('data-messages')!)).toMatchObject({
      share: 'Share',
      linkCopied: 'Link copied.',
      copied: 'Copied.',
    });
    for (const id of ['cite-plain', 'cite-bibtex'])
      expect(html.querySelector(`#cite-heading`)?.parentNode?.querySelector(`causeway-copy[data-copy-from="${id}"]`), id).toBeTruthy();
    // The script is inline: a case study still fetches none.
    expect(html.querySelectorAll('script[src]')).toHaveLength(0);
  });

  it('draws how the reported view count moved over time, with a table of the same values', () => {
    const chart = page().querySelector('figure[data-drift="views"]');
    expect(chart, 'drift chart for views').toBeTruthy();
    const marks = chart!.querySelectorAll('[data-mark]');
    expect(marks.length).toBeGreaterThanOrEqual(3);
    expect(chart!.querySelectorAll('tbody tr')).toHaveLength(marks.length);
    expect(chart!.querySelector('svg[aria-hidden="true"]')).toBeTruthy();
    expect(chart!.querySelectorAll('time').map((t) => t.getAttribute('datetime'))).toEqual(
      [...chart!.querySelectorAll('time').map((t) => t.getAttribute('datetime')!)].sort(),
    );
  });

  // The report of December 2026: search excerpts read "#ForClimate #ForClimate #TudoPeloClima".
  it('shows under the title only the hashtags it does not already say', () => {
    const header = readPage('/campaigns/for-climate/').querySelector('article header')!;
    expect(textOf(header.querySelector('h1'))).toBe('#ForClimate');
    expect(textOf(header.querySelector('h1 + p'))).toBe('#TudoPeloClima');
  });

  // The report of December 2026: "Digital Diplomacy (Medium) (Melis M Figanmeşe, Dante Licona)".
  it('names a source’s authors after its publisher, not in a second pair of brackets', () => {
    const lines = readPage('/campaigns/for-climate/').querySelectorAll('#sources-heading + ol > li > span:first-of-type').map(textOf);
    expect(lines.some((line) => / · by [^·]+ and [^·]+ · /.test(line))).toBe(true);
    expect(lines.filter((line) => /\) \(/.test(line))).toEqual([]);
  });

  // The report of December 2026: the marks had no labels, and the axis read "19 November 2019 … 2020".
  it("labels each mark of the drift chart with its row of the table, and writes the axis's dates alike", () => {
    const chart = page().querySelector('figure[data-drift="views"]')!;
    const rows = chart.querySelectorAll('tbody tr');
    rows.forEach((row, i) => {
      expect(row.getAttribute('data-point')).toBe(String(i + 1));
      expect(textOf(row.querySelector('td'))).toMatch(new RegExp(`^${i + 1}\\. `));
    });
    // Every row's number is on the chart, once; marks on one spot share a label ("2, 3").
    const labelled = chart.querySelectorAll('[data-mark] text').flatMap((t) => textOf(t).split(', '));
    expect(labelled.sort()).toEqual(rows.map((_, i) => String(i + 1)).sort());
    const axis = chart.querySelectorAll('div[aria-hidden="true"] > span').map(textOf);
    expect(axis).toHaveLength(2);
    const shape = (date: string) => date.replace(/\d+/g, 'n').replace(/[A-Z][a-z]+/g, 'M');
    expect(shape(axis[0]!)).toBe(shape(axis[1]!));
  });

  it('gives each figure a <tbody> of its own, which a phone shows as a card: what it counts, value, badge, sources and citation', () => {
    const cards = page().querySelectorAll('#results-table table.metric-table > tbody');
    expect(cards).toHaveLength(page().querySelectorAll('#results-table tr[data-metric-kind]').length);
    for (const card of cards) {
      const [row, ...rest] = card.querySelectorAll(':scope > tr');
      expect(row?.hasAttribute('data-metric-kind'), 'the figure row comes first').toBe(true);
      // A card holds its own figure and, at most, that figure's drift chart.
      expect(rest.every((tr) => tr.querySelector('figure[data-drift]'))).toBe(true);
      expect(textOf(row!.querySelector('th[scope="row"]')), row!.id).toMatch(/^(Views|Videos created|Likes|Shares|Countries)/);
      expect(row!.querySelector('th .evidence-label'), row!.id).toBeTruthy();
      expect(row!.querySelector('td a[href^="#source-"]'), row!.id).toBeTruthy();
      expect(row!.querySelector('[data-figure-citation]'), row!.id).toBeTruthy();
    }
    const views = page().querySelector('.metric-table > tbody:has(> #views)');
    expect(textOf(views)).toMatch(/^Views .*230M–380M Sources disagree: 3 figures from 5 sources Source Show every figure/);
    expect(views?.querySelector('figure[data-drift="views"]'), 'the views chart in the views card').toBeTruthy();
  });

  it('puts a contents strip above the facts, linking to each section of the page', () => {
    const html = page();
    const strip = html.querySelector('nav[data-contents]');
    expect(strip, 'contents strip').toBeTruthy();
    expect(strip!.getAttribute('aria-labelledby')).toBe('contents-heading');
    const links = strip!.querySelectorAll('a');
    const sections = [
      ...html.querySelectorAll('.prose h2').map(textOf),
      'Sources',
      ...(html.getElementById('corrections-heading') ? ['Corrections'] : []),
    ];
    expect(sections.slice(0, 5)).toEqual(['Context', 'What they did', 'Results', 'Reception', 'Lessons']);
    expect(links.map(textOf)).toEqual(sections);
    for (const a of links) {
      const target = html.getElementById(a.getAttribute('href')!.slice(1));
      expect(target?.tagName, a.toString()).toBe('H2');
      expect(textOf(target)).toBe(textOf(a));
    }
    // Before the facts, so that a phone shows it on the first screen.
    const body = html.toString();
    expect(body.indexOf('data-contents')).toBeLessThan(body.indexOf('id="facts-heading"'));
  });

  it('folds the facts panel into a <details>, closed in the HTML, whose summary is its heading and what it holds', () => {
    const details = page().querySelector('aside[aria-labelledby="facts-heading"] > details.facts-details');
    expect(details, 'facts <details>').toBeTruthy();
    expect(details!.hasAttribute('open')).toBe(false);
    const summary = details!.querySelector(':scope > summary');
    expect(summary?.querySelector(':scope > h2#facts-heading')).toBeTruthy();
    expect(textOf(summary)).toMatch(/^Facts Organisations, causes, mechanics, dates, .*figures, evidence Show Hide$/);
    expect(details!.querySelector(':scope > dl')).toBeTruthy();
  });

  it('links every source without a pinned snapshot to a search of the Internet Archive, named as a search, fetching nothing until followed', () => {
    const entries = page().querySelectorAll('li[id^="source-"]');
    expect(entries.length).toBeGreaterThan(3);
    const links = entries.map((li) => ({
      url: li.querySelector('cite a')!.getAttribute('href')!,
      archive: li.querySelector('a[data-archive]')!,
    }));
    // A pinned snapshot (a source's `archived`) is the only link called a copy.
    for (const { url, archive } of links) {
      const search = archive.getAttribute('href') === `https://web.archive.org/web/*/${url}`;
      expect([archive.getAttribute('data-archive'), textOf(archive)]).toEqual(
        search ? ['search', 'search the Internet Archive for copies'] : ['snapshot', 'archived copy'],
      );
      expect(archive.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(links.some(({ archive }) => archive.getAttribute('data-archive') === 'search')).toBe(true);
  });

  it('shows a doubted figure in a row of its own, with its note, outside the range of the others', () => {
    const rows = page().querySelectorAll('#results-table tr[data-metric-kind="videos"]');
    const doubted = rows.filter((r) => r.hasAttribute('data-doubted'));
    expect(doubted).toHaveLength(1);
    const text = textOf(doubted[0]);
    expect(text).toMatch(/, doubted · reported by /);
    expect(text).toContain('51 million');
    expect(text).toContain('Doubted by this case study: Probably a slip for 51,000');
    const total = rows.find((r) => !r.hasAttribute('data-doubted') && r.getAttribute('data-scope') === 'campaign');
    expect(textOf(total)).toMatch(/^Videos created .*50K–51K/);
  });

  it('grades the evidence in the facts panel', () => {
    const grade = page().querySelector('[data-evidence-grade]');
    expect(textOf(grade)).toMatch(/\d+ of \d+ figures with an independent source/);
    expect(textOf(grade)).toMatch(/widest spread/);
  });

  it('has a facts panel with organisations and roles, causes, mechanics and dates, linked', () => {
    const facts = page().querySelector('aside[aria-labelledby="facts-heading"]');
    const text = textOf(facts);
    expect(text).toContain('UNICEF (Lead)');
    expect(text).toContain('TikTok (Platform)');
    expect(facts?.querySelector('a[href="/causes/child-rights/"]')).toBeTruthy();
    expect(facts?.querySelector('a[href="/mechanics/hashtag-challenge/"]')).toBeTruthy();
    expect(facts?.querySelector('time[datetime="2019-10-25"]')).toBeTruthy();
    expect(facts?.querySelector('time[datetime="2019-11-20"]')).toBeTruthy();
  });

  it('numbers every in-text citation to an entry in the source list, whose source its note links to', () => {
    const html = page();
    const entries = html.querySelectorAll('section[aria-labelledby="sources-heading"] > ol > li');
    const cites = html.querySelectorAll('.prose button.cite');
    expect(cites.length).toBeGreaterThan(3);
    for (const button of cites) {
      const entry = entries[Number(/^\[(\d+)\]$/.exec(textOf(button))?.[1]) - 1];
      const note = html.getElementById(button.getAttribute('popovertarget') ?? '');
      expect(entry, button.toString()).toBeDefined();
      expect(note?.querySelector('a')?.getAttribute('href'), button.toString()).toBe(entry?.querySelector('cite a')?.getAttribute('href'));
    }
  });

  it('marks quotations and names their speaker and source', () => {
    // The drift chart and the formats of "Cite this case study" are figures too.
    const figures = page()
      .querySelectorAll('figure')
      .filter((f) => !f.hasAttribute('data-drift') && !f.closest('[aria-labelledby="cite-heading"]'));
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) {
      expect(figure.querySelector('blockquote')).toBeTruthy();
      expect(textOf(figure.querySelector('figcaption'))).toMatch(/Ricardo Pires.*Source:/);
    }
  });

  it('shows the safeguarding note', () => {
    expect(textOf(page().querySelector('[aria-labelledby="safeguarding-heading"]'))).toMatch(/children/);
  });
});

describe('a quotation from a source in another language', () => {
  const figure = () =>
    readPage('/campaigns/fixture-gamma/', catalogue().dist)
      .querySelectorAll('figure')
      .find((f) => f.querySelector('blockquote') && textOf(f).includes('Fixture Speaker'));

  it('keeps its words in their language, for screen readers, and gives them in English after', () => {
    const quotation = figure();
    expect(quotation?.querySelector('blockquote')?.getAttribute('lang')).toBe('pt');
    expect(textOf(quotation?.querySelector('blockquote'))).toBe('“Uma frase inventada para os testes.”');
    expect(textOf(quotation?.querySelector('blockquote + p'))).toBe('In English: A sentence made up for the tests.');
    expect(quotation?.querySelector('blockquote + p')?.hasAttribute('lang')).toBe(false);
  });
});
