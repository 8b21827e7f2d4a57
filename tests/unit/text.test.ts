/** Words and edit distance (src/lib/text.ts), which search, compare and the content checker share. */
import { describe, expect, it } from 'vitest';
import { editDistance, hashtagsBeyond, words } from '../../src/lib/text.ts';

describe('words', () => {
  it('lower-cases, drops accents and splits on anything that is not a letter or digit', () => {
    expect(words('Ghen Cô Vy, #Dance2020!')).toEqual(['ghen', 'co', 'vy', 'dance2020']);
    expect(words('  ')).toEqual([]);
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('hashtagsBeyond', () => {
  it('keeps the hashtags a title does not already say', () => {
    expect(hashtagsBeyond('#ForClimate', ['#ForClimate', '#TudoPeloClima'])).toEqual(['#TudoPeloClima']);
    expect(hashtagsBeyond('#Марафондобра2022 (Marathon of Kindness)', ['#Марафондобра2022'])).toEqual([]);
    expect(hashtagsBeyond('Red Cross COVID-19 videos', ['#RedCross'])).toEqual(['#RedCross']);
  });
});
