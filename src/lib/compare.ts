/**
 * What the compare page sets side by side: for each campaign, one figure per metric kind, and
 * the chart series built from those figures. Pure, so the choices are unit-tested.
 */
import type { MetricKind } from '../schemas/vocabulary.ts';
import type { Scope } from '../schemas/vocabulary.ts';
import { metricRows, type Claim, type MetricRow } from './metrics.ts';

/** The kinds compared, in column order. Others (followers, languages…) stay on the case-study pages. */
export const COMPARE_KINDS = ['views', 'videos', 'likes', 'shares', 'countries', 'donations'] as const satisfies readonly MetricKind[];
export type CompareKind = (typeof COMPARE_KINDS)[number];

/**
 * The figure of a kind and scope that stands for the campaign: the whole count of that scope
 * (never a partial one such as a first day). Undefined when no source reports one, so a
 * campaign with only a hashtag total has no campaign-scope figure, rather than a borrowed one.
 */
export function headlineRow<C extends Claim>(rows: readonly MetricRow<C>[], kind: MetricKind, scope: Scope = 'campaign'): MetricRow<C> | undefined {
  return rows.find((r) => r.kind === kind && r.scope === scope && r.part === undefined);
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
  cells: Record<CompareKind, MetricRow<C> | undefined>;
}

export function compareCampaign<C extends Claim>(campaign: { id: string; title: string; metrics: readonly C[] }): Compared<C> {
  const rows = metricRows(campaign.metrics);
  const cells = Object.fromEntries(COMPARE_KINDS.map((kind) => [kind, headlineRow(rows, kind)])) as Compared<C>['cells'];
  return { id: campaign.id, title: campaign.title, cells };
}

/** One chart: a kind (and, for money, a currency, since dollars and euros share no axis). */
export interface ChartSeries<C extends Claim = Claim> {
  key: string;
  kind: CompareKind;
  currency: string | undefined;
  /** Largest figure first. */
  bars: { id: string; title: string; row: MetricRow<C> }[];
}

/** The charts for a set of campaigns, in column order; kinds no campaign reports are left out. */
export function chartSeries<C extends Claim>(campaigns: readonly Compared<C>[]): ChartSeries<C>[] {
  const series = new Map<string, ChartSeries<C>>();
  for (const kind of COMPARE_KINDS) {
    for (const campaign of campaigns) {
      const row = campaign.cells[kind];
      if (!row) continue;
      const key = row.currency ? `${kind}-${row.currency.toLowerCase()}` : kind;
      if (!series.has(key)) series.set(key, { key, kind, currency: row.currency, bars: [] });
      series.get(key)!.bars.push({ id: campaign.id, title: campaign.title, row });
    }
  }
  for (const s of series.values()) s.bars.sort((a, b) => b.row.max - a.row.max || b.row.min - a.row.min);
  return [...series.values()];
}
