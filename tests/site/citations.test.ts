/**
 * Citation markers and the notes they open (src/author-components/Cite.astro), in the built
 * HTML of the fixture catalogue, whose case studies cite with and without a passage, and of the
 * site itself.
 */
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { allPages, readPage, textOf } from '../helpers/dist.ts';
import { catalogue } from '../helpers/fixtures/catalogue.ts';

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

  it('keeps the plain link to the source list when there is no passage', () => {
    const html = readPage('/campaigns/fixture-gamma/', catalogue().dist);
    expect(html.querySelectorAll('.prose button.cite')).toHaveLength(0);
    for (const a of html.querySelectorAll('.prose a.cite')) expect(html.getElementById(a.getAttribute('href')!.slice(1))).toBeTruthy();
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
