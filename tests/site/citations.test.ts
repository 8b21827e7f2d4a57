/**
 * Citation markers and the notes they open (src/author-components/Cite.astro), in the built
 * HTML of the fixture catalogue, in the prose and the source list, and of the site itself.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { allPages, DIST, fileFor, readPage, textOf } from '../helpers/dist.ts';
import { parseCsv } from '../helpers/csv.ts';
import { catalogue } from '../helpers/fixtures/catalogue.ts';
import { CLAIM_COLUMNS } from '../../src/lib/open-data/records.ts';
import { OPEN_DATA_FIELDS } from '../../src/lib/open-data/fields.ts';

/** claims.csv of a build, as records keyed by column. */
const claims = (dist: string) => {
  const [header, ...rows] = parseCsv(readFileSync(fileFor('/data/claims.csv', dist), 'utf8'));
  expect(header).toEqual([...CLAIM_COLUMNS]);
  return rows.map((row) => Object.fromEntries(CLAIM_COLUMNS.map((c, i) => [c, row[i]!])) as Record<(typeof CLAIM_COLUMNS)[number], string>);
};

/** Every marker of a page that opens a note, with its note (undefined when the id points nowhere). */
const markersWithNotes = (html: HTMLElement) =>
  html
    .querySelectorAll('.prose button.cite')
    .map((button) => ({ button, note: html.getElementById(button.getAttribute('popovertarget') ?? '') ?? undefined }));

describe('a citation with a passage', () => {
  const page = () => readPage('/campaigns/fixture-alpha/', catalogue().dist);

  it('is a button that opens a popover note holding the passage, the source and its date', () => {
    const [first, ...rest] = markersWithNotes(page());
    expect(rest).toEqual([]);
    expect(first?.button.getAttribute('type')).toBe('button');
    expect(first?.button.getAttribute('aria-label')).toBe(
      'Source 1: Malmö University student blog (Communication for Development), 8 October 2020. Show the words of the source',
    );
    const note = first!.note!;
    expect(note.hasAttribute('popover')).toBe(true);
    expect(note.hasAttribute('data-pagefind-ignore')).toBe(true);
    expect(textOf(note.querySelector('q'))).toBe('A made-up passage … that stands for the words of the source.');
    expect(note.querySelector('q')?.getAttribute('lang')).toBe('en');
    expect(textOf(note)).toMatch(/Source 1, in its own words/);
  });

  it('links from the note to the source itself, and closes from a button of its own', () => {
    const note = markersWithNotes(page())[0]!.note!;
    expect(note.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
      'https://wpmu.mau.se/nmict202group7/2020/10/08/tiktok-for-good-ngos-are-taping-into-the-potential-of-tiktok/',
    ]);
    expect(note.querySelector('button[popovertargetaction="hide"]')?.getAttribute('popovertarget')).toBe(note.id);
  });

  it('gives the English translation of a passage in another language', () => {
    const note = markersWithNotes(readPage('/campaigns/fixture-beta/', catalogue().dist))[0]!.note!;
    expect(textOf(note.querySelector('q'))).toBe('Un passage inventé pour les tests.');
    expect(textOf(note)).toContain('In English: A passage made up for the tests.');
  });
});

describe('the source list', () => {
  it('shows under each source the words cited from it, once each, with their translation', () => {
    const alpha = readPage('/campaigns/fixture-alpha/', catalogue().dist).getElementById('source-mau-student-blog-2020')!;
    expect(alpha.querySelectorAll('details q').map(textOf)).toEqual(['A made-up passage … that stands for the words of the source.']);
    expect(textOf(alpha.querySelector('summary'))).toBe('The words cited from it (1)');
    const beta = readPage('/campaigns/fixture-beta/', catalogue().dist).getElementById('source-mau-student-blog-2020')!;
    expect(textOf(beta.querySelector('details li'))).toBe(
      '“Un passage inventé pour les tests.” In English: A passage made up for the tests.'.replace(/[“”]/g, ''),
    );
  });

  it('shows no such list for a source cited only for a figure, which has no passage', () => {
    const delta = readPage('/campaigns/fixture-delta/', catalogue().dist).getElementById(
      'source-financial-express-kaunsibadibaathai-2019-11-26',
    )!;
    expect(delta.querySelector('details')).toBeNull();
  });
});

describe('citation notes on the site', () => {
  it('every marker that opens a note opens one of its own, on every case-study page', () => {
    for (const path of allPages().filter((p) => /^\/campaigns\/[^/]+\/$/.test(p) && !p.startsWith('/campaigns/page/'))) {
      const notes = markersWithNotes(readPage(path));
      for (const { button, note } of notes) expect(note?.hasAttribute('popover'), `${path} ${button.toString()}`).toBe(true);
      expect(new Set(notes.map((n) => n.note?.id)).size, path).toBe(notes.length);
    }
  });
});

describe('the way back from a note and from the source list', () => {
  const caseStudies = () => allPages().filter((p) => /^\/campaigns\/[^/]+\/$/.test(p) && !p.startsWith('/campaigns/page/'));

  it('gives each marker an id, and each note a button back that closes it', () => {
    const [{ button, note }] = markersWithNotes(readPage('/campaigns/fixture-alpha/', catalogue().dist)) as [
      { button: HTMLElement; note: HTMLElement },
    ];
    // The id the source list links back to sits on an empty span just before the marker.
    expect(button.previousElementSibling?.id).toBe('cite-1');
    expect(textOf(button.previousElementSibling)).toBe('');
    const back = note.querySelector('button[popovertargetaction="hide"]')!;
    expect(textOf(back)).toBe('↩ Back to the text');
    expect(back.getAttribute('aria-label')).toMatch(/back to the text$/);
  });

  it('links each source in the list back to every marker that cites it, on every case-study page', () => {
    const pages = caseStudies();
    expect(pages.length).toBeGreaterThan(10);
    for (const path of pages) {
      const html = readPage(path);
      const markers = html.querySelectorAll('.prose button.cite');
      const linked: string[] = [];
      html.querySelectorAll('#sources-heading ~ ol > li').forEach((li, i) => {
        for (const a of li.querySelectorAll('[data-cited-at] a')) {
          const anchor = html.getElementById(a.getAttribute('href')!.slice(1));
          const marker = anchor?.nextElementSibling;
          // The marker is numbered by the source it cites: the list's number.
          expect(marker?.classList.contains('cite'), `${path} ${a.getAttribute('href')}`).toBe(true);
          expect(textOf(marker), `${path} ${li.id}`).toBe(`[${i + 1}]`);
          linked.push(anchor!.id);
        }
      });
      expect(linked.sort(), path).toEqual(markers.map((m) => m.previousElementSibling!.id).sort());
    }
  });
});

describe('the print stylesheet', () => {
  it('drops the chrome and the controls, opens every <details>, prints link addresses, and is never dark', () => {
    const html = readPage('/campaigns/fixture-alpha/', catalogue().dist);
    const css = html
      .querySelectorAll('link[rel="stylesheet"]')
      .map((l) => readFileSync(fileFor(l.getAttribute('href')!, catalogue().dist), 'utf8'))
      .join('\n');
    const print = /@media print\{(.*?)\}\}/s.exec(css)?.[1] ?? '';
    for (const hidden of ['body>header', 'body>footer', 'nav', '[role=search]', 'causeway-copy', '[popover]'])
      expect(print, hidden).toMatch(new RegExp(`${hidden.replace(/[[\]]/g, '\\$&')}[^{]*\\{display:none!important`));
    expect(print).toMatch(/details::details-content\{content-visibility:visible/);
    expect(print).toMatch(/a\[href\^=http\][^{]*:after\{content:" \(" attr\(href\) "\)"/);
    // Dark colours apply on screens only, so a page prints dark on white in any system setting.
    expect(css.match(/@media \(prefers-color-scheme:dark\)\{[^}]*\}/g)?.join('') ?? '').not.toMatch(
      /[{;](color|background|background-color):/,
    );
  });
});

describe('/data/claims.csv', () => {
  it('has a row per citation with its claim, source and passage, each column documented', () => {
    expect(Object.keys(OPEN_DATA_FIELDS.claims)).toEqual([...CLAIM_COLUMNS]);
    const alpha = claims(catalogue().dist).filter((r) => r.campaign === 'fixture-alpha');
    expect(alpha.find((r) => r.field === 'body')).toMatchObject({
      claim: 'A made-up case study used only by tests',
      passage: 'A made-up passage … that stands for the words of the source.',
      translation: '',
      source_id: 'mau-student-blog-2020',
      source_language: 'en',
    });
    const lesson = claims(catalogue().dist).find((r) => r.field === 'lessons[0]');
    expect(lesson?.claim).toMatch(/\w/);
  });

  it('on the site, lists every marker of every case study, with the passage its note shows', () => {
    const rows = claims(DIST);
    const slugs = new Set(rows.map((r) => r.campaign));
    expect(slugs.size).toBeGreaterThan(10);
    for (const slug of slugs) {
      const html = readPage(`/campaigns/${slug}/`);
      const body = rows.filter((r) => r.campaign === slug && r.field === 'body');
      expect(body.length, slug).toBe(html.querySelectorAll('.prose .cite').length);
      const shown = new Set(html.querySelectorAll('.prose .cite-note q').map((q) => q.textContent));
      for (const r of body.filter((r) => r.passage)) expect(shown.has(r.passage), `${slug}: ${r.passage}`).toBe(true);
    }
  });
});
