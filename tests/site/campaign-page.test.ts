/**
 * The case-study page, read from the built HTML of the fixture catalogue, whose copy of
 * #TheRealChallenge keeps its figures fixed whatever happens to the real one.
 */
import { describe, expect, it } from 'vitest';
import { readPage, textOf } from '../helpers/dist.ts';
import { catalogue } from '../helpers/catalogue.ts';

const page = () => readPage('/campaigns/the-real-challenge/', catalogue().dist);

describe('#TheRealChallenge page', () => {
  it('has its title, summary and one h1', () => {
    const html = page();
    expect(html.querySelectorAll('h1').map(textOf)).toEqual(['#TheRealChallenge']);
    expect(html.querySelector('meta[name="description"]')?.getAttribute('content')).toMatch(/UNICEF and the European Union/);
  });

  it('shows all five view figures, each linked to its source in the source list', () => {
    const html = page();
    const row = html.querySelector('#results-table tr[data-metric-kind="views"]');
    expect(row, 'a views row in the results table').toBeTruthy();
    expect(row!.getAttribute('data-agree')).toBe('false');
    expect(textOf(row)).toContain('230M–380M');
    const claims = row!.querySelectorAll('li[data-claim-value]');
    const values = new Set(claims.map((li) => Number(li.getAttribute('data-claim-value'))));
    expect([...values].sort()).toEqual([230e6, 280e6, 282e6, 300e6, 380e6]);
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
    expect(textOf(row)).toMatch(/Sources disagree: 5 figures from 7 sources/);
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

  it('numbers every in-text citation to an entry in the source list', () => {
    const html = page();
    const cites = html.querySelectorAll('.prose a.cite');
    expect(cites.length).toBeGreaterThan(3);
    for (const a of cites) expect(html.getElementById(a.getAttribute('href')!.slice(1))).toBeTruthy();
  });

  it('marks quotations and names their speaker and source', () => {
    const figures = page().querySelectorAll('figure');
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
