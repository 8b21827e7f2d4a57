import { describe, expect, it } from 'vitest';
import { cardHeadline, chartSeries, compareCampaign, compareSelection, headlineRow } from '../../../src/lib/compare/columns.ts';
import { metricRows, type Claim } from '../../../src/lib/figures/metrics.ts';

const claim = (kind: Claim['kind'], value: number, extra: Partial<Claim<string>> = {}): Claim<string> => ({
  kind,
  value,
  qualifier: 'rounded',
  scope: { type: 'campaign' },
  source: 's',
  ...extra,
});
const hashtag = { scope: { type: 'hashtag' as const } };
const platform = { scope: { type: 'platform' as const } };
const firstDay = { scope: { type: 'campaign' as const, part: { type: 'period' as const, detail: 'first day' } } };
const oneVideo = { scope: { type: 'campaign' as const, part: { type: 'one-video' as const } } };
const instagram = { platform: 'instagram' as const };
const allPlatforms = { platform: 'all' as const };
const doubted = { doubt: 'probably a slip for 51,000' };

describe('headlineRow', () => {
  it('takes the campaign total, never a larger partial, hashtag or platform figure', () => {
    const rows = metricRows([
      claim('views', 5e6, firstDay),
      claim('views', 9e8, hashtag),
      claim('views', 4e11, platform),
      claim('views', 2e6),
      claim('views', 3e6),
    ]);
    const row = headlineRow(rows, 'views');
    expect([row?.scope, row?.part, row?.min, row?.max]).toEqual(['campaign', undefined, 2e6, 3e6]);
  });
  it('never takes one video, another platform or a doubted figure, however large', () => {
    const rows = metricRows([
      claim('views', 9e9, oneVideo),
      claim('views', 8e9, instagram),
      claim('views', 7e9, allPlatforms),
      claim('views', 6e9, doubted),
      claim('views', 1e6),
    ]);
    const row = headlineRow(rows, 'views');
    expect([row?.min, row?.max, row?.claims.length]).toEqual([1e6, 1e6, 1]);
    expect(
      headlineRow(metricRows([claim('views', 9e9, oneVideo), claim('views', 8e9, instagram), claim('views', 6e9, doubted)]), 'views'),
    ).toBe(undefined);
  });
  it('never borrows another scope: with only a hashtag total there is no campaign figure', () => {
    const rows = metricRows([claim('views', 1e6, firstDay), claim('views', 9e6, hashtag)]);
    expect(headlineRow(rows, 'views')).toBeUndefined();
    expect(headlineRow(rows, 'views', 'hashtag')?.max).toBe(9e6);
  });
  it('is undefined when nobody reports the kind', () => {
    expect(headlineRow(metricRows([claim('likes', 1)]), 'views')).toBeUndefined();
  });
});

describe('cardHeadline', () => {
  it('shows the campaign-wide view count', () => {
    const rows = metricRows([claim('views', 5e6, firstDay), claim('views', 2e6)]);
    expect(cardHeadline(rows)?.max).toBe(2e6);
  });
  it('shows nothing rather than a scoped count out of context (a platform-wide hashtag total, say)', () => {
    expect(cardHeadline(metricRows([claim('views', 4e11, platform)]))).toBeUndefined();
    expect(cardHeadline(metricRows([claim('views', 8e8, hashtag)]))).toBeUndefined();
    expect(cardHeadline(metricRows([claim('videos', 5e4)]))).toBeUndefined();
  });
  it('is the campaign total alone, never a range stretched by one video or a first-minutes count (#DistanceDance)', () => {
    const rows = metricRows([
      claim('views', 95_000, { scope: { type: 'campaign', part: { type: 'one-video', detail: 'first 10 minutes' } } }),
      claim('views', 6e6, oneVideo),
      claim('views', 9.9e9, { qualifier: 'about' }),
    ]);
    const row = cardHeadline(rows);
    expect([row?.min, row?.max]).toEqual([9.9e9, 9.9e9]);
  });
  it('shows nothing for a campaign whose only views are one post on Instagram', () => {
    expect(
      cardHeadline(metricRows([claim('views', 71_000, { ...instagram, scope: { type: 'campaign', part: { type: 'one-post' } } })])),
    ).toBe(undefined);
  });
});

describe('chartSeries', () => {
  const a = compareCampaign({ id: 'a', title: 'A', metrics: [claim('views', 1e6), claim('donations', 10, { currency: 'USD' })] });
  const b = compareCampaign({
    id: 'b',
    title: 'B',
    metrics: [claim('views', 2e6), claim('views', 3e6), claim('donations', 5, { currency: 'EUR' })],
  });

  it('makes one chart per kind, largest bar first, and leaves out kinds nobody reports', () => {
    const series = chartSeries([a, b]);
    expect(series.map((s) => s.key)).toEqual(['views', 'donations-usd', 'donations-eur']);
    expect(series[0]!.bars.map((bar) => bar.id)).toEqual(['b', 'a']);
  });
  it('charts like with like: hashtag totals apart from campaign results, platform totals never', () => {
    const kindness = compareCampaign({ id: 'k', title: 'K', metrics: [claim('views', 4e11, platform)] });
    const movember = compareCampaign({ id: 'm', title: 'M', metrics: [claim('views', 8.261e8, hashtag)] });
    const series = chartSeries([a, b, kindness, movember]);
    expect(series.map((s) => s.key)).toEqual(['views', 'views-hashtag', 'donations-usd', 'donations-eur']);
    expect(series[0]!.bars.map((bar) => bar.id)).toEqual(['b', 'a']);
    expect(series[1]!.bars.map((bar) => bar.id)).toEqual(['m']);
    expect(series.flatMap((s) => s.bars.map((bar) => bar.id))).not.toContain('k');
  });
  it('never draws a bar for a doubted, partial or non-TikTok figure, nor puts a pledge among donations', () => {
    const odd = compareCampaign({
      id: 'o',
      title: 'O',
      metrics: [
        claim('views', 9e9, doubted),
        claim('views', 8e9, instagram),
        claim('views', 7e9, oneVideo),
        claim('pledged', 100_000, { currency: 'USD', qualifier: 'up-to' }),
      ],
    });
    expect(chartSeries([odd])).toEqual([]);
    expect(Object.values(odd.cells).every((cell) => cell === undefined)).toBe(true);
  });
  it('keeps currencies apart', () => {
    const [, usd, eur] = chartSeries([a, b]);
    expect(usd!.bars.map((bar) => bar.id)).toEqual(['a']);
    expect(eur!.currency).toBe('EUR');
  });
});

describe('compareSelection', () => {
  const c = (id: string, views?: number) => ({ id, metrics: views === undefined ? [] : [claim('views', views)] });
  it('takes the largest campaign-scope view counts first, then the newest of the rest, at most the limit', () => {
    const all = [c('new-none'), c('a', 5), c('b', 9), c('old-none'), c('hashtag-only'), c('c', 1)];
    all[4]!.metrics = [claim('views', 1e9, { scope: { type: 'hashtag' } })];
    expect(compareSelection(all, 4).map((x) => x.id)).toEqual(['b', 'a', 'c', 'new-none']);
    expect(compareSelection(all, 100)).toHaveLength(all.length);
  });
  it('ranks by the campaign total, never by one video, another platform or a doubted figure', () => {
    const big = { id: 'big', metrics: [claim('views', 9e9, oneVideo), claim('views', 8e9, instagram), claim('views', 7e9, doubted)] };
    expect(compareSelection([big, c('small', 5)], 2).map((x) => x.id)).toEqual(['small', 'big']);
  });
});
