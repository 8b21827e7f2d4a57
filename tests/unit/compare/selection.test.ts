/** The compare page's selection in its URL (src/lib/compare/selection.ts). */
import { describe, expect, it } from 'vitest';
import { parseSelection, selectionUrl } from '../../../src/lib/compare/selection.ts';
import { isSlug } from '../../../src/schemas/slug.ts';

describe('selection in the URL', () => {
  const known = ['the-real-challenge', 'fit-for-good', 'other'];
  it('reads comma lists and repeated parameters, keeping order and dropping unknown slugs', () => {
    expect(parseSelection('?c=fit-for-good,the-real-challenge', known)).toEqual(['fit-for-good', 'the-real-challenge']);
    expect(parseSelection('?c=other&c=fit-for-good&c=other', known)).toEqual(['other', 'fit-for-good']);
    expect(parseSelection('?c=nope,,other', known)).toEqual(['other']);
    expect(parseSelection('', known)).toEqual([]);
  });
  it('takes a test instead of a list, for a catalogue too long to send: anything shaped like a slug passes', () => {
    expect(parseSelection('?c=movember-uk,../x,BAD,a--b,,ok&c=ok', isSlug)).toEqual(['movember-uk', 'ok']);
  });
  it('writes the selection with commas and keeps other parameters and the hash', () => {
    expect(selectionUrl('https://x.org/compare/?c=a&c=b', ['other', 'fit-for-good'])).toBe('/compare/?c=other,fit-for-good');
    expect(selectionUrl('https://x.org/compare/?lang=en&c=a#charts', [])).toBe('/compare/?lang=en#charts');
  });
  it('round-trips', () => {
    const url = selectionUrl('https://x.org/compare/', ['fit-for-good', 'other']);
    expect(parseSelection(new URL(url, 'https://x.org').search, known)).toEqual(['fit-for-good', 'other']);
  });
});
