import { describe, expect, it } from 'vitest';
import { comparator, matches, parseState, serializeState, DEFAULT_STATE, type ListingItem } from '../../src/lib/listing.ts';

const item = (extra: Partial<ListingItem>): ListingItem => ({
  cause: [],
  organisation: [],
  mechanic: [],
  year: ['2020'],
  launched: 0,
  views: undefined,
  ...extra,
});

describe('URL state', () => {
  it('reads filters and sort from the query', () => {
    expect(parseState('?cause=climate-action&year=2020&sort=views')).toEqual({
      filters: { cause: 'climate-action', year: '2020' },
      sort: 'views',
    });
  });
  it('ignores unknown keys, empty values and unknown sorts', () => {
    expect(parseState('?colour=red&cause=&sort=sideways')).toEqual(DEFAULT_STATE);
    expect(parseState('')).toEqual(DEFAULT_STATE);
  });
  it('writes the default as no query at all, and keys in a fixed order', () => {
    expect(serializeState(DEFAULT_STATE)).toBe('');
    expect(serializeState({ filters: { year: '2019', cause: 'refugees' }, sort: 'oldest' })).toBe('?cause=refugees&year=2019&sort=oldest');
  });
  it('round-trips', () => {
    for (const query of ['?organisation=unicef', '?cause=a&organisation=b&mechanic=c&year=2021&sort=oldest', '?sort=views']) {
      expect(serializeState(parseState(query))).toBe(query);
    }
  });
});

describe('matches', () => {
  const campaign = item({ cause: ['refugees', 'health'], organisation: ['unicef', 'tiktok'], mechanic: ['music'], year: ['2021'] });
  it('passes everything without filters', () => {
    expect(matches(campaign, DEFAULT_STATE)).toBe(true);
  });
  it('needs every filter to match', () => {
    expect(matches(campaign, { filters: { cause: 'health', organisation: 'unicef' }, sort: 'newest' })).toBe(true);
    expect(matches(campaign, { filters: { cause: 'health', year: '2020' }, sort: 'newest' })).toBe(false);
    expect(matches(campaign, { filters: { mechanic: 'quiz' }, sort: 'newest' })).toBe(false);
  });
});

describe('comparator', () => {
  const a = item({ launched: 1, views: 10 });
  const b = item({ launched: 3, views: undefined });
  const c = item({ launched: 2, views: 500 });
  it('sorts newest, oldest, and most views with unknown views last', () => {
    expect([a, b, c].sort(comparator('newest'))).toEqual([b, c, a]);
    expect([a, b, c].sort(comparator('oldest'))).toEqual([a, c, b]);
    expect([a, b, c].sort(comparator('views'))).toEqual([c, a, b]);
  });
});
