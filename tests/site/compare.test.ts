/**
 * /compare/, read from the built HTML: table, charts and picker without JavaScript, on the real
 * site against its content, and a known disputed figure on the fixture catalogue.
 */
import { describe, expect, it } from 'vitest';
import { readPage, textOf } from '../helpers/dist.ts';
import { publishedCampaigns } from '../helpers/collections.ts';
import { catalogue } from '../helpers/catalogue.ts';
import { COMPARED_AT_MOST, COMPARE_COLUMNS } from '../../src/lib/compare.ts';
import { isCampaignTotal, largest } from '../../src/lib/metrics.ts';

const page = () => readPage('/compare/');
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
    expect(textOf(views)).toMatch(/^230M–380M .*Campaign · rounded · over · self-reported.* 5 sources/);
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
        if (!data.metrics.some((m) => m.kind === kind && m.scope.type === column.scope && m.scope.part === undefined)) continue;
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
      const campaignViews = data.metrics.some((m) => m.kind === 'views' && isCampaignTotal(m.scope));
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

  it('offers a GET form of checkboxes, one per campaign, named c', () => {
    const form = page().querySelector('causeway-compare-picker form')!;
    expect(form.getAttribute('method')).toBe('get');
    expect(form.getAttribute('action')).toBe('/compare/');
    const boxes = form.querySelectorAll('input[type="checkbox"][name="c"]');
    expect(boxes.map((b) => b.getAttribute('value')).sort()).toEqual(
      shown()
        .map((c) => c.id)
        .sort(),
    );
  });
});
