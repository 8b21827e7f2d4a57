/**
 * The planners' fields over the built HTML and open data of the fixture catalogue, where Fixture
 * Alpha states two objectives, a target of views, a budget, a team and a Cannes Lions Silver,
 * and Fixture Gamma an objective, a Cannes Lions shortlist and a Webby: the facts panel, the
 * target beside its result, /objectives/, /awards/, the explorer's facets and the open data.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { fileFor, readPage, textOf } from '../helpers/dist.ts';
import { parseCsv } from '../helpers/csv.ts';
import { catalogue } from '../helpers/fixtures/catalogue.ts';
import { undocumented } from '../helpers/open-data.ts';
import { OPEN_DATA_FIELDS } from '../../src/lib/open-data/fields.ts';
import { CASE_STUDY_COLUMNS } from '../../src/lib/open-data/records.ts';
import { ui } from '../../src/i18n/ui.ts';

const { dist } = catalogue();
const page = (path: string) => readPage(path, dist);
const alpha = () => page('/campaigns/fixture-alpha/');
/** The facts panel's value of the term `term`, if the panel has it. */
const fact = (html: HTMLElement, term: string) =>
  html.querySelectorAll('aside[aria-labelledby="facts-heading"] dt').find((dt) => textOf(dt) === term)?.nextElementSibling;
const hrefs = (el: HTMLElement | null | undefined) => (el?.querySelectorAll('a') ?? []).map((a) => a.getAttribute('href'));
const file = (path: string) => readFileSync(fileFor(path, dist), 'utf8');

describe('the facts panel', () => {
  it('lists the objectives, each linked to its page, in our words, with its source', () => {
    const objectives = fact(alpha(), 'Objectives');
    expect(objectives?.querySelectorAll('li').map(textOf)).toEqual([
      'Awareness To make young people aware of a made-up risk. Fixture Organiser, 15 February 2021',
      'Participation To have young people post videos of their own. Fixture Organiser, 15 February 2021',
    ]);
    expect(hrefs(objectives)).toEqual([
      '/objectives/awareness/',
      '#source-fixture-organiser-plan-2021',
      '/objectives/participation/',
      '#source-fixture-organiser-plan-2021',
    ]);
  });

  it('says so when no source states what the organisers aimed for, and names objectives in its summary only when there are some', () => {
    const beta = page('/campaigns/fixture-beta/');
    expect(textOf(fact(beta, 'Objectives'))).toBe('The sources do not state what the organisers aimed for.');
    expect(textOf(beta.querySelector('[data-facts-toggle]'))).not.toContain('objectives');
    expect(textOf(alpha().querySelector('[data-facts-toggle]'))).toContain('objectives, budget, team, awards');
  });

  it('gives the budget with its currency and what it was for, and the team in people, each with its source', () => {
    expect(textOf(fact(alpha(), 'Budget'))).toBe('€100,000 to make the first videos Fixture Organiser, 15 February 2021');
    expect(fact(alpha(), 'Budget')?.querySelector('data')?.getAttribute('value')).toBe('100000');
    expect(textOf(fact(alpha(), 'Team'))).toBe('12 people Fixture Organiser, 15 February 2021');
    expect(fact(page('/campaigns/fixture-beta/'), 'Budget')).toBeUndefined();
  });

  it('lists the awards with show, year, level and category, each linked to /awards/ and cited to the awards body’s page', () => {
    const awards = fact(page('/campaigns/fixture-gamma/'), 'Awards');
    expect(awards?.querySelectorAll('li').map(textOf)).toEqual([
      'Webby Awards 2021: Winner, Social, Public Service as “The Gamma Song” Fixture Awards Body, 20 June 2022',
      'Cannes Lions 2022: Shortlist, Social & Creator Fixture Awards Body, 20 June 2022',
    ]);
    expect(hrefs(awards)).toEqual([
      '/awards/#show-webby-awards',
      '#source-fixture-awards-body-2022',
      '/awards/#show-cannes-lions',
      '#source-fixture-awards-body-2022',
    ]);
  });

  it('cites sources that the source list holds, with the words of each that the fields rest on', () => {
    const html = alpha();
    for (const id of ['fixture-organiser-plan-2021', 'fixture-awards-body-2022']) {
      const entry = html.getElementById(`source-${id}`);
      expect(entry, id).toBeTruthy();
      expect(entry!.querySelector('a[href^="https://example.org/"]'), id).toBeTruthy();
    }
    const words = html.getElementById('source-fixture-organiser-plan-2021')!.querySelectorAll('q').map(textOf);
    expect(words).toEqual([
      'The made-up campaign sets out to make young people aware of the risk.',
      'We want young people to post their own videos.',
      'We aim for a billion views.',
      'A budget of €100k to make the first videos.',
      'A team of 12 runs it.',
    ]);
  });
});

describe('a target beside its result', () => {
  it('sits in the result’s own <tbody>, so a phone’s card holds it, with both figures and both sources', () => {
    const views = alpha().querySelector('#results-table tr#views');
    const line = views?.parentNode?.querySelector('tr[data-target]');
    expect(line?.getAttribute('data-target')).toBe('views');
    expect(textOf(line)).toBe(
      'Target: 1 billion · Fixture Organiser, 15 February 2021 Reported: 500 million · Malmö University student blog (Communication for Development), 8 October 2020',
    );
    expect(line?.querySelector('[data-target-value]')?.getAttribute('value')).toBe('1000000000');
    // A line each, so that no bracket or separator is left at the end of a line by the link after it.
    expect(line?.querySelectorAll('td > span.block').map((s) => textOf(s).split(' ')[0])).toEqual(['Target:', 'Reported:']);
    expect(hrefs(line)).toEqual(['#source-fixture-organiser-plan-2021', '#source-mau-student-blog-2020']);
  });

  it('never judges: no verdict, no percentage, and only beside the result of its kind and scope type', () => {
    const table = alpha().querySelector('#results-table')!;
    expect(table.querySelectorAll('tr[data-target]')).toHaveLength(1);
    expect(table.querySelector('tr#likes')?.parentNode?.querySelector('tr[data-target]')).toBeNull();
    expect(textOf(table.querySelector('tr[data-target]'))).not.toMatch(/%|\b(met|missed|exceeded|achieved|success|fell short)\b/i);
    expect(page('/campaigns/fixture-gamma/').querySelectorAll('#results-table tr[data-target]')).toHaveLength(0);
  });
});

describe('/objectives/ and its pages', () => {
  it('lists every kind of objective with how many case studies’ sources state it', () => {
    const items = page('/objectives/').querySelectorAll('main li');
    const listed = Object.fromEntries(items.map((li) => [li.querySelector('a')?.getAttribute('href'), textOf(li)]));
    expect(Object.keys(listed)).toHaveLength(7);
    expect(listed['/objectives/awareness/']).toMatch(/^Awareness .*2 case studies/);
    expect(listed['/objectives/participation/']).toMatch(/1 case study/);
    expect(listed['/objectives/fundraising/']).toMatch(/0 case studies/);
  });

  it('lists on each page the case studies that state it, each of which links back', () => {
    const listed = page('/objectives/awareness/')
      .querySelectorAll('main article h2 a, main article h3 a')
      .map((a) => a.getAttribute('href'));
    expect(listed).toEqual(['/campaigns/fixture-gamma/', '/campaigns/fixture-alpha/']);
    for (const href of listed) expect(hrefs(fact(page(href!), 'Objectives'))).toContain('/objectives/awareness/');
    expect(page('/objectives/awareness/').querySelector('main a[href="/objectives/"]')).toBeTruthy();
  });

  it('says so on the page of a kind no case study states', () => {
    expect(textOf(page('/objectives/fundraising/').querySelector('main'))).toContain(ui.terms.objectives.none);
  });
});

describe('/awards/', () => {
  const awards = () => page('/awards/');

  it('lists the awards by show in the vocabulary’s order, then by year, the highest level first', () => {
    const shows = awards().querySelectorAll('main section[id^="show-"]');
    expect(shows.map((s) => s.id)).toEqual(['show-cannes-lions', 'show-webby-awards']);
    expect(
      shows.map((s) => [
        textOf(s.querySelector('h2')),
        s.querySelectorAll('h3').map(textOf),
        s.querySelectorAll('li[data-award]').map((li) => li.getAttribute('data-level')),
      ]),
    ).toEqual([
      ['Cannes Lions', ['2022'], ['silver', 'shortlist']],
      ['Webby Awards', ['2021'], ['winner']],
    ]);
  });

  it('links each award to its case study and to the awards body’s page in that case study’s sources', () => {
    const webby = awards().querySelector('#show-webby-awards li[data-award]');
    expect(textOf(webby)).toBe('Winner, Social, Public Service Fixture Gamma as “The Gamma Song” Fixture Awards Body, 20 June 2022');
    expect(hrefs(webby)).toEqual(['/campaigns/fixture-gamma/', '/campaigns/fixture-gamma/#source-fixture-awards-body-2022']);
    expect(hrefs(awards().querySelector('main nav'))).toEqual(['#show-cannes-lions', '#show-webby-awards']);
  });

  it('is in the sitemap, as /objectives/ is', () => {
    const sitemap = readFileSync(`${dist}/sitemap-0.xml`, 'utf8');
    for (const path of ['/awards/', '/objectives/', '/objectives/awareness/']) expect(sitemap).toContain(`${path}</loc>`);
  });
});

describe('the explorer and the browse links', () => {
  const listing = () => page('/campaigns/');
  const counts = (facet: string) =>
    Object.fromEntries(
      listing()
        .querySelectorAll(`input[data-facet="${facet}"]`)
        .map((box) => [box.getAttribute('value'), Number(textOf(box.closest('label')!.querySelector('[data-count]')))]),
    );

  it('offers an Objective facet and an Awarded facet by show, counted over the catalogue', () => {
    expect(counts('objective')).toEqual({ awareness: 2, participation: 1 });
    expect(counts('award')).toEqual({ 'cannes-lions': 2, 'webby-awards': 1 });
    const legends = listing()
      .querySelectorAll('[data-facet-group]')
      .map((group) => textOf(group.querySelector('legend')));
    expect(legends).toEqual(expect.arrayContaining(['Objective', 'Awarded']));
  });

  it('gives each case study its objectives and award shows as Pagefind filters', () => {
    const filters = (slug: string, key: string) =>
      page(`/campaigns/${slug}/`)
        .querySelectorAll(`[data-pagefind-filter="${key}[data-value]"]`)
        .map((span) => span.getAttribute('data-value'));
    expect(filters('fixture-alpha', 'objective')).toEqual(['awareness', 'participation']);
    expect(filters('fixture-gamma', 'award')).toEqual(['webby-awards', 'cannes-lions']);
    expect(filters('fixture-beta', 'objective')).toEqual([]);
  });

  it('links the objectives and the award shows from the listing’s browse section', () => {
    const browse = listing().querySelector('#browse-heading')!.parentNode;
    expect(hrefs(browse)).toEqual(
      expect.arrayContaining([
        '/objectives/',
        '/objectives/awareness/',
        '/awards/',
        '/awards/#show-cannes-lions',
        '/awards/#show-webby-awards',
      ]),
    );
  });
});

describe('the open data', () => {
  const json = () => JSON.parse(file('/data/campaigns.json')) as { campaigns: ({ slug: string } & Record<string, unknown>)[] };
  const record = (slug: string) => json().campaigns.find((c) => c.slug === slug)!;

  it('holds the objectives, targets, budget, team and awards in campaigns.json, each with its source and passage', () => {
    const a = record('fixture-alpha');
    expect(a['objectives']).toMatchObject([
      {
        id: 'awareness',
        name: 'Awareness',
        text: 'To make young people aware of a made-up risk.',
        source: { id: 'fixture-organiser-plan-2021' },
      },
      { id: 'participation', passage: 'We want young people to post their own videos.', translation: null },
    ]);
    expect(a['targets']).toMatchObject([
      {
        kind: 'views',
        value: 1e9,
        qualifier: 'rounded',
        wording: 'a billion views',
        scope: { type: 'campaign', part: null },
        passage: 'We aim for a billion views.',
      },
    ]);
    expect(a['resources']).toMatchObject([
      { kind: 'budget', value: 100000, currency: 'EUR', detail: 'to make the first videos' },
      { kind: 'team', value: 12, currency: null, detail: null },
    ]);
    expect(a['awards']).toMatchObject([
      { show: 'cannes-lions', showName: 'Cannes Lions', year: 2022, category: 'Social & Creator', level: 'silver', entry: null },
    ]);
    expect(record('fixture-beta')).toMatchObject({ objectives: [], targets: [], resources: [], awards: [] });
  });

  it('documents on /data/ every field of the planners’ records', () => {
    expect(undocumented(json(), OPEN_DATA_FIELDS.json)).toEqual([]);
    const objectives = JSON.parse(file('/data/objectives.json')) as Record<string, unknown>;
    const { version, site, documentation } = OPEN_DATA_FIELDS.json;
    expect(undocumented(objectives, { version, site, documentation, ...OPEN_DATA_FIELDS.collections.objectives })).toEqual([]);
  });

  it('links each kind of objective to the case studies that state it, newest first, in objectives.json', () => {
    const { objectives } = JSON.parse(file('/data/objectives.json')) as { objectives: { id: string; campaigns: string[] }[] };
    expect(objectives.find((o) => o.id === 'awareness')?.campaigns).toEqual(['fixture-gamma', 'fixture-alpha']);
    expect(objectives.find((o) => o.id === 'fundraising')?.campaigns).toEqual([]);
  });

  it('has the same records in campaigns.jsonl', () => {
    const lines = file('/data/campaigns.jsonl').trimEnd().split('\n');
    const a = lines.map((line) => JSON.parse(line) as { slug: string }).find((c) => c.slug === 'fixture-alpha');
    expect(a).toEqual(record('fixture-alpha'));
  });

  it('sums them up in case-studies.csv, one cell each', () => {
    const [header, ...rows] = parseCsv(file('/data/case-studies.csv'));
    expect(header).toEqual([...CASE_STUDY_COLUMNS]);
    const row = Object.fromEntries(header!.map((column, i) => [column, rows.find((r) => r[0] === 'fixture-alpha')![i]]));
    expect(row).toMatchObject({
      objectives: 'Awareness; Participation',
      targets: 'views: 1000000000',
      budget: '100000 EUR',
      team: '12',
      awards: 'Cannes Lions 2022: Silver, Social & Creator',
    });
  });

  it('lists their citations in claims.csv, with the source’s own words', () => {
    const rows = parseCsv(file('/data/claims.csv')).filter((r) => r[0] === 'fixture-alpha');
    expect(rows.map((r) => [r[1], r[2], r[3]])).toEqual(
      expect.arrayContaining([
        [
          'objectives[0]',
          'To make young people aware of a made-up risk.',
          'The made-up campaign sets out to make young people aware of the risk.',
        ],
        ['targets[0]', 'Target: a billion views', 'We aim for a billion views.'],
        ['resources[0]', 'Budget: €100k', 'A budget of €100k to make the first videos.'],
        ['resources[1]', 'Team: 12 people', 'A team of 12 runs it.'],
        ['awards[0]', 'Cannes Lions 2022: Silver, Social & Creator', 'Silver: Fixture Alpha, Social & Creator.'],
      ]),
    );
  });
});
