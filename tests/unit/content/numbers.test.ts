/** Figures in a sentence (src/lib/content/numbers.ts), for the check that a cited sentence states only its passages' figures. */
import { describe, expect, it } from 'vitest';
import { figuresIn, figuresMissing } from '../../../src/lib/content/numbers.ts';

describe('figuresIn', () => {
  it('reads one figure however it is written', () => {
    for (const text of ['2.6 billion views', '2,600,000,000 views', '2.6B views', '2.6bn views', '2 600 000 000 views'])
      expect(figuresIn(text), text).toEqual([2.6e9]);
    expect(figuresIn('95K videos and 9.9 million likes')).toEqual([95000, 9.9e6]);
    expect(figuresIn('INR 5 crore, or Rs 50 lakh')).toEqual([5e7, 5e6]);
    expect(figuresIn('$100,000 and 50% and 3 countries')).toEqual([100000, 50, 3]);
  });
  it('leaves dates and times of day out', () => {
    expect(figuresIn('On 20 March 2020, at 8:30 p.m., and on May 10, and in 2019')).toEqual([]);
    expect(figuresIn('the 1st of June')).toEqual([]);
  });
  it('does not take digits inside words, slugs or addresses', () => {
    expect(figuresIn('#Dance2020 on COVID-19 at example.org/page/3, on 7NEWS and 9News')).toEqual([]);
    expect(figuresIn('and France 24 counted hundreds')).toEqual([]);
  });
  it('reads both ends of a range, however it is written', () => {
    expect(figuresIn('aged 16-24')).toEqual([16, 24]);
    expect(figuresIn('aged between 16 and 24')).toEqual([16, 24]);
    expect(figuresIn('Over 500 videos')).toEqual([500]);
    expect(figuresIn('its 30th anniversary')).toEqual([30]);
  });
});

describe('figuresMissing', () => {
  it('names the figures a sentence states that no passage does', () => {
    expect(figuresMissing('It reached 2.6 billion views and 40,000 videos', ['over 2,600,000,000 views'])).toEqual([40000]);
    expect(figuresMissing('It reached 2.6B views', ['2.6 billion views were counted'])).toEqual([]);
  });
});
