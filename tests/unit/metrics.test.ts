import { describe, expect, it } from 'vitest';
import {
  figureCount,
  formatClaim,
  formatCompact,
  formatNumber,
  formatRow,
  largest,
  metricRows,
  sourceCount,
  type Claim,
} from '../../src/lib/metrics.ts';

const claim = (value: number, source: string, extra: Partial<Claim<string>> = {}): Claim<string> => ({
  kind: 'views',
  value,
  qualifier: 'exact',
  source,
  ...extra,
});

describe('formatNumber', () => {
  it('writes large numbers in words and small ones in full', () => {
    expect(formatNumber(2_600_000_000)).toBe('2.6 billion');
    expect(formatNumber(81_000_000)).toBe('81 million');
    expect(formatNumber(51_000)).toBe('51,000');
    expect(formatNumber(100_000, 'USD')).toBe('$100,000');
    expect(formatNumber(10_000, 'GBP')).toBe('£10,000');
  });
  it('has a compact form for ranges', () => {
    expect(formatCompact(230_000_000)).toBe('230M');
    expect(formatCompact(2_600_000_000)).toBe('2.6B');
    expect(formatCompact(51_000)).toBe('51K');
    expect(formatCompact(41)).toBe('41');
  });
  it('says the qualifier', () => {
    expect(formatClaim({ value: 300_000_000, qualifier: 'over' })).toBe('over 300 million');
    expect(formatClaim({ value: 100_000, qualifier: 'up-to', currency: 'USD' })).toBe('up to $100,000');
  });
});

describe('metricRows', () => {
  it('shows a range when sources disagree, and counts them', () => {
    const rows = metricRows([claim(300e6, 'a'), claim(230e6, 'b'), claim(380e6, 'c'), claim(230e6, 'd')]);
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row!.agree).toBe(false);
    expect(formatRow(row!)).toBe('230M–380M');
    expect(sourceCount(row!)).toBe(4);
    expect(figureCount(row!)).toBe(3);
    expect(row!.claims.map((c) => c.value)).toEqual([230e6, 230e6, 300e6, 380e6]);
  });
  it('shows one figure when sources agree', () => {
    const [row] = metricRows([claim(1.2e6, 'a', { kind: 'shares' }), claim(1.2e6, 'b', { kind: 'shares' })]);
    expect(row!.agree).toBe(true);
    expect(formatRow(row!)).toBe('1.2 million');
  });
  it('keeps different scopes apart, and orders rows by kind', () => {
    const rows = metricRows([
      claim(70e6, 'a', { scope: 'first day', qualifier: 'over' }),
      claim(300e6, 'a'),
      claim(250e3, 'a', { kind: 'videos' }),
    ]);
    expect(rows.map((r) => [r.kind, r.scope])).toEqual([
      ['views', 'first day'],
      ['views', undefined],
      ['videos', undefined],
    ]);
  });
  it('finds the largest value of a kind', () => {
    expect(largest([claim(1, 'a'), claim(5, 'b'), claim(9, 'c', { kind: 'likes' })], 'views')).toBe(5);
    expect(largest([], 'views')).toBeUndefined();
  });
});
