/**
 * What the compare page sets side by side: for each campaign, one figure per metric kind, and
 * the chart series built from those figures. Pure, so the choices are unit-tested.
 */
import type { MetricKind, Scope } from '../../schemas/vocabulary.ts';
import { countsWhole, largest, metricRows, type Claim, type MetricRow } from '../figures/metrics.ts';

/**
 * The columns compared, in order: a kind counted over one scope. Campaign-scope figures come
 * first, and a hashtag's total gets its own column (and chart) beside the campaign's views,
 * never the same one. Platform-wide totals are not compared at all: they are no campaign's
 * result. Other kinds (followers, languages…) stay on the case-study pages.
 */
export const COMPARE_COLUMNS = [
  { key: 'views', kind: 'views', scope: 'campaign' },
  { key: 'views-hashtag', kind: 'views', scope: 'hashtag' },
  { key: 'videos', kind: 'videos', scope: 'campaign' },
  { key: 'likes', kind: 'likes', scope: 'campaign' },
  { key: 'shares', kind: 'shares', scope: 'campaign' },
  { key: 'countries', kind: 'countries', scope: 'campaign' },
  { key: 'donations', kind: 'donations', scope: 'campaign' },
] as const satisfies readonly { key: string; kind: MetricKind; scope: Exclude<Scope, 'platform'> }[];
export type CompareColumn = (typeof COMPARE_COLUMNS)[number];
export type CompareKey = CompareColumn['key'];

/**
 * The figure of a kind and scope that stands for the campaign: the whole count of that scope on
 * TikTok, not doubted (never one video, a first day, an Instagram count or a doubted figure;
 * see countsWhole). Undefined when no source reports one, so a campaign with only a hashtag
 * total has no campaign-scope figure, rather than a borrowed one.
 */
export function headlineRow<C extends Claim>(
  rows: readonly MetricRow<C>[],
  kind: MetricKind,
  scope: Scope = 'campaign',
): MetricRow<C> | undefined {
  return rows.find((r) => r.kind === kind && r.scope === scope && r.claims.every(countsWhole));
}

/**
 * The one figure a card may show for a campaign: its campaign-scope view count. A hashtag's or
 * the platform's total, such as TikTok's figure for every kindness video, would read as the
 * campaign's own result out of context, so a card shows none instead.
 */
export const cardHeadline = <C extends Claim>(rows: readonly MetricRow<C>[]): MetricRow<C> | undefined => headlineRow(rows, 'views');

/** A campaign as the compare page needs it. */
export interface Compared<C extends Claim = Claim> {
  id: string;
  title: string;
  cells: Record<CompareKey, MetricRow<C> | undefined>;
}

export function compareCampaign<C extends Claim>(campaign: { id: string; title: string; metrics: readonly C[] }): Compared<C> {
  const rows = metricRows(campaign.metrics);
  const cells = Object.fromEntries(COMPARE_COLUMNS.map((c) => [c.key, headlineRow(rows, c.kind, c.scope)])) as Compared<C>['cells'];
  return { id: campaign.id, title: campaign.title, cells };
}

/** One chart: a column (and, for money, a currency, since dollars and euros share no axis). */
export interface ChartSeries<C extends Claim = Claim> {
  key: string;
  column: CompareColumn;
  currency: string | undefined;
  /** Largest figure first. */
  bars: { id: string; title: string; row: MetricRow<C> }[];
}

/**
 * The charts for a set of campaigns, one per column (so like is only ever charted with like),
 * in column order; columns no campaign reports are left out.
 */
export function chartSeries<C extends Claim>(campaigns: readonly Compared<C>[]): ChartSeries<C>[] {
  const series = new Map<string, ChartSeries<C>>();
  for (const column of COMPARE_COLUMNS) {
    for (const campaign of campaigns) {
      const row = campaign.cells[column.key];
      if (!row) continue;
      const key = row.currency ? `${column.key}-${row.currency.toLowerCase()}` : column.key;
      if (!series.has(key)) series.set(key, { key, column, currency: row.currency, bars: [] });
      series.get(key)!.bars.push({ id: campaign.id, title: campaign.title, row });
    }
  }
  for (const s of series.values()) s.bars.sort((a, b) => b.row.max - a.row.max || b.row.min - a.row.min);
  return [...series.values()];
}

/** How many case studies /compare/ sets side by side, so the page stays the same size as the catalogue grows. */
export const COMPARED_AT_MOST = 12;

/**
 * The case studies /compare/ shows: the ones with the largest campaign-scope view counts (the
 * figure readers compare first), then the newest of the rest, at most `limit`. Input order is
 * the catalogue's, newest first.
 */
export function compareSelection<T extends { metrics: readonly Claim[] }>(campaigns: readonly T[], limit = COMPARED_AT_MOST): T[] {
  const views = (c: T) => largest(c.metrics, 'views');
  const withViews = campaigns.filter((c) => views(c) !== undefined).sort((a, b) => views(b)! - views(a)!);
  const rest = campaigns.filter((c) => views(c) === undefined);
  return [...withViews, ...rest].slice(0, limit);
}
