import { describe, expect, it } from 'vitest';
import { compareSortValues, nextDirection } from '../../../src/lib/compare/table-sort.ts';

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
