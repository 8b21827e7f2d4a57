import { describe, expect, it } from 'vitest';
import { compareSortValues, nextDirection, sortFromSearch, sortUrl } from '../../../src/lib/compare/table-sort.ts';

const sort = (values: string[], numeric: boolean, direction: 'ascending' | 'descending') =>
  [...values].sort((a, b) => compareSortValues(a, b, numeric, direction));

describe('compareSortValues', () => {
  it('orders figures as numbers, not as text', () => {
    expect(sort(['9', '100', '20'], true, 'ascending')).toEqual(['9', '20', '100']);
    expect(sort(['9', '100', '20'], true, 'descending')).toEqual(['100', '20', '9']);
  });
  it('puts missing figures last in both directions', () => {
    expect(sort(['', '5', '1'], true, 'ascending')).toEqual(['1', '5', '']);
    expect(sort(['5', '', '1'], true, 'descending')).toEqual(['5', '1', '']);
  });
  it('orders names alphabetically, ignoring case', () => {
    expect(sort(['beta', 'Alpha', 'gamma'], false, 'ascending')).toEqual(['Alpha', 'beta', 'gamma']);
  });
});

describe('nextDirection', () => {
  it('starts figures largest first and names A to Z, then toggles', () => {
    expect(nextDirection(null, true)).toBe('descending');
    expect(nextDirection(null, false)).toBe('ascending');
    expect(nextDirection('descending', true)).toBe('ascending');
    expect(nextDirection('ascending', true)).toBe('descending');
  });
});

describe('the order in the address', () => {
  const columns = [
    { key: 'campaign', numeric: false },
    { key: 'views', numeric: true },
  ];
  it('reads a known column and its direction, or the column’s first direction', () => {
    expect(sortFromSearch('?c=a,b&sort=views&dir=ascending', columns)).toEqual({ column: 'views', direction: 'ascending' });
    expect(sortFromSearch('?sort=views', columns)).toEqual({ column: 'views', direction: 'descending' });
    expect(sortFromSearch('?sort=campaign&dir=sideways', columns)).toEqual({ column: 'campaign', direction: 'ascending' });
    expect(sortFromSearch('?sort=likes', columns)).toBeUndefined();
    expect(sortFromSearch('', columns)).toBeUndefined();
  });
  it('writes the order, keeping the selection as written and the hash, replacing an earlier order', () => {
    expect(sortUrl('https://x.test/compare/?c=a,b#charts', { column: 'views', direction: 'descending' })).toBe(
      '/compare/?c=a,b&sort=views&dir=descending#charts',
    );
    expect(sortUrl('https://x.test/compare/?sort=views&dir=descending&c=a', { column: 'campaign', direction: 'ascending' })).toBe(
      '/compare/?c=a&sort=campaign&dir=ascending',
    );
    expect(sortUrl('https://x.test/compare/', { column: 'views', direction: 'ascending' })).toBe('/compare/?sort=views&dir=ascending');
  });
});
