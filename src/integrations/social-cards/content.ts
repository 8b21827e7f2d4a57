/**
 * What social cards say. Kept apart from the renderer (render.ts) so pages can describe a
 * card without loading satori and sharp. The words come in as `CardLabels`, so this stays
 * logic without Astro or the interface strings; the card route passes them in.
 */
import type { ResolvedCampaign, SourcedMetric } from '../../lib/model/entries.ts';
import type { MetricRow } from '../../lib/figures/metrics.ts';
import type { MetricKind } from '../../schemas/vocabulary.ts';
import { cardHeadline } from '../../lib/compare/columns.ts';
import { formatRow, metricRows, sourceCount } from '../../lib/figures/metrics.ts';
import { orgLabel } from '../../lib/model/organisations.ts';
import { printedAddress, type SiteAddress } from '../../lib/site/address.ts';
import type { CardContent } from './render.ts';

/** The interface words a card needs. */
export interface CardLabels {
  siteName: string;
  caseStudy: string;
  footer: string;
  /** The site's title and tagline, for the card of every page that is not a case study. */
  title: string;
  tagline: string;
  metricKind: (kind: MetricKind) => string;
  sources: (n: number) => string;
}

/** The words a headline figure needs: the kind's name, "reported by", and a count of sources. */
export interface FigureLabels {
  metricKind: (kind: MetricKind) => string;
  reportedBy: string;
  sources: (n: number) => string;
}

/**
 * The one figure a card shows for a campaign, in words, with who reports it: the publisher when
 * one source does, else how many. Undefined when it has no campaign-scope view count (see
 * cardHeadline). The listing cards, the explorer's results and the social cards all use it.
 */
export function headlineFigure(
  metrics: ResolvedCampaign['metrics'],
  t: FigureLabels,
): { text: string; source: string; row: MetricRow<SourcedMetric> } | undefined {
  const row = cardHeadline(metricRows(metrics));
  if (!row) return undefined;
  const n = sourceCount(row);
  return {
    text: `${formatRow(row)} ${t.metricKind(row.kind).toLowerCase()}`,
    source: n === 1 ? `${t.reportedBy} ${row.claims[0]!.source.data.publisher}` : t.sources(n),
    row,
  };
}

/** The card's last line: the label and the site's address, its base path included (see printedAddress). */
const footer = (address: SiteAddress, t: CardLabels) => `${t.footer} · ${printedAddress(address)}`;

export function campaignCard(
  campaign: Pick<ResolvedCampaign, 'data' | 'leads' | 'year' | 'metrics'>,
  address: SiteAddress,
  t: CardLabels,
): CardContent {
  const row = cardHeadline(metricRows(campaign.metrics));
  return {
    kicker: `${t.siteName} · ${t.caseStudy}`,
    title: campaign.data.title,
    byline: [campaign.leads.map(orgLabel).join(' × '), campaign.year].filter(Boolean).join(' · '),
    figure: row && `${formatRow(row)} ${t.metricKind(row.kind).toLowerCase()}`,
    figureNote: row && t.sources(sourceCount(row)),
    footer: footer(address, t),
  };
}

export function siteCard(address: SiteAddress, t: CardLabels): CardContent {
  return { kicker: t.siteName, title: t.title, byline: t.tagline, footer: footer(address, t) };
}
