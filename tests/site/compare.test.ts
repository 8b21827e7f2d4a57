/**
 * /compare/, read from the built HTML: table, charts and picker without JavaScript, on the real
 * site against its content, and a known disputed figure on the fixture catalogue; and the files
 * its "Add a case study" box reads: the index of every case study and one row file for each.
 */
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { fileFor, readPage, textOf } from '../helpers/dist.ts';
import { publishedCampaigns } from '../helpers/collections.ts';
import { catalogue } from '../helpers/fixtures/catalogue.ts';
import { COMPARED_AT_MOST, COMPARE_COLUMNS } from '../../src/lib/compare/columns.ts';
import { COMPARE_INDEX_VERSION, type CompareIndex } from '../../src/lib/compare/candidates.ts';
import { countsWhole, isCampaignTotal, largest } from '../../src/lib/figures/metrics.ts';
import { OPEN_DATA_FIELDS, jsonPaths } from '../../src/lib/open-data/fields.ts';
import { TARGETS } from '../../scripts/bench/scale/report.ts';

const page = () => readPage('/compare/');
const readJson = <T>(path: string) => JSON.parse(readFileSync(fileFor(path), 'utf8')) as T;
/** The case studies the page shows: a bounded selection, the largest campaign view counts first. */
const shown = () => {
  const ids = new Set(
    page()
      .querySelectorAll('tbody tr[data-campaign]')
      .map((r) => r.getAttribute('data-campaign')),
  );
  return publishedCampaigns().filter((c) => ids.has(c.id));
};

describe('/compare/', () => {
  it('shows a bounded selection: the case studies with the largest campaign view counts, and says so', () => {
    const all = publishedCampaigns();
    const ids = shown().map((c) => c.id);
    expect(ids.length).toBe(Math.min(COMPARED_AT_MOST, all.length));
    const views = (c: (typeof all)[number]) => largest(c.data.metrics, 'views') ?? -1;
    const lowestShown = Math.min(...shown().map(views));
    for (const c of all.filter((x) => !ids.includes(x.id))) expect(views(c), c.id).toBeLessThanOrEqual(lowestShown);
    expect(textOf(page().querySelector('[data-compare-selection]'))).toMatch(/open data/);
    expect(page().querySelector('[data-compare-selection] a[href="/data/campaigns.csv"]')).toBeTruthy();
  });

  it('has a table row per campaign shown and a column per compared kind and scope', () => {
    const table = page().querySelector('causeway-sortable-table table')!;
    expect(table.querySelectorAll('thead th')).toHaveLength(COMPARE_COLUMNS.length + 1);
    expect(textOf(table.querySelector('thead th[data-column="views-hashtag"]'))).toBe('Views (whole hashtag)');
    const rows = table.querySelectorAll('tbody tr');
    for (const row of rows) expect(row.querySelectorAll('td')).toHaveLength(COMPARE_COLUMNS.length);
  });

  it('links every figure in the table to its sources and shows disagreement as a range', () => {
    const cells = page()
      .querySelectorAll('tbody td')
      .filter((td) => td.getAttribute('data-sort-value') !== '');
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) {
      const links = cell.querySelectorAll('a[href^="https://"]');
      expect(links.length, textOf(cell)).toBeGreaterThan(0);
      for (const a of links) expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('shows the range, scope, precision, provenance and number of sources of a disputed figure (fixture catalogue)', () => {
    const views = readPage('/compare/', catalogue().dist).querySelector('tr[data-campaign="the-real-challenge"] td')!;
    // The cell names its column first, for the phone's stacked cards (hidden on a wide screen).
    expect(textOf(views)).toMatch(
      /^Views 230M–380M .*Campaign total, rounded, given as “more than” · reported by the organisers.* 5 sources/,
    );
  });

  it('says "not reported" for an empty cell rather than leaving it blank', () => {
    const empty = page()
      .querySelectorAll('tbody td')
      .filter((td) => td.getAttribute('data-sort-value') === '');
    for (const cell of empty) expect(textOf(cell.querySelector('.sr-only'))).toBe('Not reported');
  });

  it('draws a bar with its value for every campaign that reports a kind in a compared scope', () => {
    const html = page();
    for (const { id, data } of shown()) {
      for (const column of COMPARE_COLUMNS) {
        const kind = column.kind;
        if (!data.metrics.some((m) => m.kind === kind && m.scope.type === column.scope && countsWhole(m))) continue;
        const bar = html.querySelector(`figure[data-chart^="${column.key}"] li[data-campaign="${id}"]`);
        expect(bar, `${column.key} bar for ${id}`).toBeTruthy();
        expect(textOf(bar!.querySelector('[data-bar-value]'))).toMatch(/\d/);
        const width = bar!.querySelector('rect[data-part="low"]')?.getAttribute('width') ?? '';
        expect(Number.parseFloat(width), `${kind} bar width for ${id}`).toBeGreaterThan(0);
      }
    }
  });

  it('never charts a hashtag-wide or platform-wide total among campaign results', () => {
    const html = page();
    for (const { id, data } of shown()) {
      const campaignViews = data.metrics.some((m) => m.kind === 'views' && isCampaignTotal(m));
      const bar = html.querySelector(`figure[data-chart="views"] li[data-campaign="${id}"]`);
      expect(Boolean(bar), `views bar for ${id}`).toBe(campaignViews);
    }
    // #CreateKindness reports only TikTok's platform-wide kindness total: it is on no chart.
    expect(html.querySelector('figure[data-chart] li[data-campaign="create-kindness"]')).toBeNull();
    for (const li of html.querySelectorAll('figure[data-chart="views-hashtag"] li'))
      expect(textOf(li.closest('figure')!.querySelector('h3'))).toBe('Views (whole hashtag)');
  });

  it('draws a range where sources disagree, and names the scale of each chart', () => {
    const html = page();
    const views = readPage('/compare/', catalogue().dist).querySelector(
      'figure[data-chart="views"] li[data-campaign="the-real-challenge"]',
    )!;
    expect(views.querySelector('rect[data-part="range"]')).toBeTruthy();
    for (const figure of html.querySelectorAll('figure[data-chart]')) {
      const scale = figure.getAttribute('data-scale');
      expect(textOf(figure.querySelector('figcaption'))).toMatch(scale === 'log' ? /Logarithmic scale/ : /Linear scale/);
    }
  });

  it('offers a form of checkboxes, one per campaign, named c as in the URL, with no submit button to undo the choice', () => {
    const form = page().querySelector('causeway-compare-picker form')!;
    expect(form.getAttribute('method')).toBe('get');
    expect(form.getAttribute('action')).toBe('/compare/');
    // Without JavaScript a static page cannot show a submitted choice; ticking filters at once instead.
    expect(form.querySelectorAll('button:not([type]), button[type="submit"], input[type="submit"]')).toHaveLength(0);
    expect(form.querySelector('button[type="reset"]')).toBeTruthy();
    const boxes = form.querySelectorAll('input[type="checkbox"][name="c"]');
    expect(boxes.map((b) => b.getAttribute('value')).sort()).toEqual(
      shown()
        .map((c) => c.id)
        .sort(),
    );
  });

  it('stays within the page budget however large the catalogue: at most 250 kB of HTML and 1,500 elements', () => {
    expect(statSync(fileFor('/compare/')).size).toBeLessThanOrEqual(TARGETS.pageBytes);
    expect(page().querySelectorAll('*').length).toBeLessThanOrEqual(TARGETS.pageElements);
  });

  it('has an "Add a case study" combobox, labelled and described, with a listbox and a status, hidden without JavaScript', () => {
    const addBox = page().querySelector('causeway-compare-picker form [data-add-box]')!;
    expect(addBox.hasAttribute('data-needs-js')).toBe(true);
    const input = addBox.querySelector('input[role="combobox"]')!;
    expect(textOf(addBox.querySelector(`label[for="${input.id}"]`))).toBe('Add a case study');
    // No name: what is typed there is never submitted with the form.
    expect(input.hasAttribute('name')).toBe(false);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('aria-autocomplete')).toBe('list');
    expect(addBox.querySelector(`#${input.getAttribute('aria-describedby')!}`)).toBeTruthy();
    const listbox = addBox.querySelector(`#${input.getAttribute('aria-controls')!}`)!;
    expect(listbox.getAttribute('role')).toBe('listbox');
    expect(listbox.getAttribute('aria-label')).toBeTruthy();
    expect(addBox.querySelector('[role="status"]')).toBeTruthy();
    // Its messages travel with it, placeholders left for the script, which ships no strings.
    const messages = JSON.parse(addBox.getAttribute('data-messages')!) as Record<string, string>;
    expect(messages['added']).toBe('Added {title} to the table.');
    // Its options are clones of its own template, so the script builds no markup.
    const option = addBox.querySelector('template[data-option] li')!;
    expect(option.getAttribute('role')).toBe('option');
    expect(option.getAttribute('aria-selected')).toBe('false');
  });

  it('says that the charts hold the case studies a reader adds', () => {
    expect(textOf(page().querySelector('#charts-heading + p'))).toMatch(/and the case studies you add/);
  });
});

describe('/data/compare-index.json', () => {
  const index = () => readJson<CompareIndex>('/data/compare-index.json');

  it('has every published case study once, with its title and year, newest first', () => {
    const { version, campaigns } = index();
    expect(version).toBe(COMPARE_INDEX_VERSION);
    const expected = publishedCampaigns();
    expect(campaigns.map(([id]) => id).sort()).toEqual(expected.map((c) => c.id).sort());
    for (const { id, data } of expected) {
      const [, title, year] = campaigns.find(([slug]) => slug === id)!;
      expect([title, year], id).toEqual([data.title, data.launched.start.getUTCFullYear()]);
    }
    const years = campaigns.map(([, , year]) => year);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it('names every organisation of each case study, by position in its list of names', () => {
    const { organisations, campaigns } = index();
    const orgs = new Map(
      JSON.parse(readFileSync(fileFor('/data/organisations.json'), 'utf8')).organisations.map((o: { id: string; name: string }) => [
        o.id,
        o.name,
      ]),
    );
    for (const { id, data } of publishedCampaigns()) {
      const [, , , positions] = campaigns.find(([slug]) => slug === id)!;
      expect(positions.map((at) => organisations[at]![0]).sort(), id).toEqual(
        [...new Set(data.organisations.map((o) => orgs.get(o.id)))].sort(),
      );
    }
  });

  it('holds only the documented fields, and stays small: under 100 bytes a case study besides the organisations', () => {
    const text = readFileSync(fileFor('/data/compare-index.json'), 'utf8');
    const { campaigns } = JSON.parse(text) as CompareIndex;
    expect(jsonPaths(JSON.parse(text)).sort()).toEqual(Object.keys(OPEN_DATA_FIELDS.compareIndex).sort());
    expect(JSON.stringify(campaigns).length / campaigns.length).toBeLessThan(100);
  });
});

describe('/data/compare/<slug>.json', () => {
  it('exists for every published case study, with its box and its row of the table', () => {
    for (const { id, data } of publishedCampaigns()) {
      const file = readJson<{ id: string; choice: string; row: string; charts: Record<string, string> }>(`/data/compare/${id}.json`);
      // A one-bar chart per compared figure, keyed as the page's charts are, for the picker to add.
      for (const [key, html] of Object.entries(file.charts)) {
        const chart = parse(html).querySelector(`figure[data-chart="${key}"]`);
        expect(
          chart?.querySelectorAll('li[data-bar]').map((bar) => bar.getAttribute('data-campaign')),
          `${id} ${key}`,
        ).toEqual([id]);
        expect(chart!.querySelector('li[data-bar]')!.getAttribute('data-values')).toMatch(/^\d+(\.\d+)?( \d+(\.\d+)?)*$/);
      }
      expect(Object.keys(file)).toEqual(Object.keys(OPEN_DATA_FIELDS.compareRow));
      expect(file.id).toBe(id);
      const choice = parse(file.choice);
      expect(choice.querySelector(`li input[type="checkbox"][name="c"][value="${id}"]`), id).toBeTruthy();
      expect(textOf(choice.querySelector('label'))).toContain(data.title);
      const row = parse(file.row).querySelector(`tr[data-campaign="${id}"]`)!;
      expect(row.querySelector(`th[scope="row"] a[href="/campaigns/${id}/"]`), id).toBeTruthy();
      expect(row.querySelectorAll('td')).toHaveLength(COMPARE_COLUMNS.length);
      // Its figure labels open the note the page holds once; a row must not bring a second.
      expect(parse(file.row).querySelector('#figure-label-help'), id).toBeNull();
    }
    const labels = page().querySelectorAll('.evidence-label');
    expect(labels.length).toBeGreaterThan(0);
    expect(page().querySelectorAll('#figure-label-help')).toHaveLength(1);
  });

  it('is the very markup the page renders for the same case study', () => {
    const html = readFileSync(fileFor('/compare/'), 'utf8');
    for (const { id } of shown()) {
      const { row, choice } = readJson<{ choice: string; row: string }>(`/data/compare/${id}.json`);
      expect(html.includes(row), `row of ${id}`).toBe(true);
      expect(html.includes(choice), `box of ${id}`).toBe(true);
    }
  });
});
