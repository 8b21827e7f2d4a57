import { describe, expect, it } from 'vitest';
import {
  figureCount,
  formatClaim,
  formatCompact,
  formatNumber,
  formatRow,
  isCampaignTotal,
  largest,
  metricRows,
  partText,
  sourceCount,
  type Claim,
} from '../../../src/lib/figures/metrics.ts';
import { PART_LABELS } from '../../../src/schemas/vocabulary.ts';

const claim = (value: number, source: string, extra: Partial<Claim<string>> = {}): Claim<string> => ({
  kind: 'views',
  value,
  qualifier: 'rounded',
  scope: { type: 'campaign' },
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
  it('keeps every digit of an exact count, so it never reads as rounded', () => {
    expect(formatClaim({ value: 970_839_700, qualifier: 'exact' })).toBe('970,839,700');
    expect(formatClaim({ value: 970_000_000, qualifier: 'rounded' })).toBe('970 million');
  });
  it('never tidies the decimals of a rounded headline figure', () => {
    expect(formatClaim({ value: 826_100_000, qualifier: 'rounded' })).toBe('826.1 million');
    expect(formatClaim({ value: 1_250_000_000, qualifier: 'about' })).toBe('about 1.25 billion');
    expect(formatClaim({ value: 887_500_000, qualifier: 'over' })).toBe('over 887.5 million');
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
  it('keeps scope types and partial counts apart, and orders rows by kind, then scope, totals first', () => {
    const rows = metricRows([
      claim(70e6, 'a', { scope: { type: 'campaign', part: { type: 'period', detail: 'one day' } }, qualifier: 'over' }),
      claim(400e9, 'b', { scope: { type: 'platform', detail: 'kindness hashtags' } }),
      claim(282e6, 'c', { scope: { type: 'hashtag' } }),
      claim(300e6, 'a', { scope: { type: 'campaign', detail: 'the videos' } }),
      claim(230e6, 'd', { scope: { type: 'campaign', detail: 'views so far' } }),
      claim(250e3, 'a', { kind: 'videos' }),
    ]);
    expect(rows.map((r) => [r.kind, r.scope, r.part, r.min, r.max])).toEqual([
      ['views', 'campaign', undefined, 230e6, 300e6],
      ['views', 'campaign', { type: 'period', detail: 'one day' }, 70e6, 70e6],
      ['views', 'hashtag', undefined, 282e6, 282e6],
      ['views', 'platform', undefined, 400e9, 400e9],
      ['videos', 'campaign', undefined, 250e3, 250e3],
    ]);
  });
  it('finds the largest campaign-scope total of a kind, never a hashtag, platform or partial figure', () => {
    expect(largest([claim(1, 'a'), claim(5, 'b'), claim(9, 'c', { kind: 'likes' })], 'views')).toBe(5);
    expect(
      largest(
        [
          claim(5, 'a'),
          claim(4e11, 'b', { scope: { type: 'platform' } }),
          claim(9e8, 'c', { scope: { type: 'hashtag' } }),
          claim(7, 'd', { scope: { type: 'campaign', part: { type: 'period', detail: 'one day' } } }),
          claim(8, 'e', { scope: { type: 'campaign', part: { type: 'one-video' } } }),
          claim(9, 'f', { platform: 'instagram' }),
          claim(10, 'g', { platform: 'all' }),
          claim(11, 'h', { doubt: 'probably a slip' }),
        ],
        'views',
      ),
    ).toBe(5);
    expect(largest([claim(9e8, 'c', { scope: { type: 'hashtag' } })], 'views')).toBeUndefined();
    expect(largest([], 'views')).toBeUndefined();
  });
});

describe('isCampaignTotal', () => {
  const base = claim(1, 'a');
  it('is the campaign scope, counted whole, on TikTok, and not doubted', () => {
    expect(isCampaignTotal(base)).toBe(true);
    expect(isCampaignTotal({ ...base, platform: 'tiktok' })).toBe(true);
  });
  it('is never a part: one video, one post, one live session or a window of time', () => {
    for (const type of ['one-video', 'one-post', 'one-live', 'period'] as const)
      expect(isCampaignTotal({ ...base, scope: { type: 'campaign', part: { type, detail: 'first hours' } } }), type).toBe(false);
  });
  it('is never counted on another platform, or on all platforms together', () => {
    for (const platform of ['instagram', 'youtube', 'facebook', 'all'] as const)
      expect(isCampaignTotal({ ...base, platform }), platform).toBe(false);
  });
  it('is never a figure the case study doubts, nor another scope', () => {
    expect(isCampaignTotal({ ...base, doubt: 'probably a slip for 51,000' })).toBe(false);
    expect(isCampaignTotal({ ...base, scope: { type: 'hashtag' } })).toBe(false);
  });
});

describe('rows of parts, platforms and doubted figures', () => {
  it("keeps one video's first minutes, the same video to date, another platform and a doubted figure out of the total's row", () => {
    const rows = metricRows([
      claim(9.9e9, 'a'),
      claim(95e3, 'b', { scope: { type: 'campaign', part: { type: 'one-video', detail: 'first 10 minutes' } } }),
      claim(6e6, 'b', { scope: { type: 'campaign', part: { type: 'one-video' } } }),
      claim(71e3, 'c', { platform: 'instagram', scope: { type: 'campaign', part: { type: 'one-post' } } }),
      claim(51e6, 'd', { doubt: 'probably a slip for 51,000' }),
    ]);
    expect(rows.map((r) => [r.max, r.part?.type, r.platform, r.doubted])).toEqual([
      [9.9e9, undefined, 'tiktok', false],
      [51e6, undefined, 'tiktok', true],
      [95e3, 'one-video', 'tiktok', false],
      [6e6, 'one-video', 'tiktok', false],
      [71e3, 'one-post', 'instagram', false],
    ]);
    expect(rows.every((r) => r.agree)).toBe(true);
  });
  it('says a part in words: a period by its detail, anything else by its type and detail', () => {
    expect(partText({ type: 'period', detail: 'one day' }, PART_LABELS)).toBe('one day');
    expect(partText({ type: 'one-video', detail: 'first 10 minutes' }, PART_LABELS)).toBe('one video, first 10 minutes');
    expect(partText({ type: 'one-live' }, PART_LABELS)).toBe('one live session');
  });
});
