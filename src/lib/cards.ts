/**
 * What social cards say. Kept apart from the renderer (social-card.ts) so pages can describe a
 * card without loading satori and sharp. The words come in as `CardLabels`, so this stays
 * logic without Astro or the interface strings; the card route passes them in.
 */
import type { ResolvedCampaign } from './entries.ts';
import type { MetricKind } from '../schemas/vocabulary.ts';
import { cardHeadline } from './compare.ts';
import { formatRow, metricRows, sourceCount } from './metrics.ts';
import { orgLabel } from './organisations.ts';
import type { CardContent } from './social-card.ts';

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

export function campaignCard(
  campaign: Pick<ResolvedCampaign, 'data' | 'leads' | 'year' | 'metrics'>,
  host: string,
  t: CardLabels,
): CardContent {
  const row = cardHeadline(metricRows(campaign.metrics));
  return {
    kicker: `${t.siteName} · ${t.caseStudy}`,
    title: campaign.data.title,
    byline: [campaign.leads.map(orgLabel).join(' × '), campaign.year].filter(Boolean).join(' · '),
    figure: row && `${formatRow(row)} ${t.metricKind(row.kind).toLowerCase()}`,
    figureNote: row && t.sources(sourceCount(row)),
    footer: `${t.footer} · ${host}`,
  };
}

export function siteCard(host: string, t: CardLabels): CardContent {
  return { kicker: t.siteName, title: t.title, byline: t.tagline, footer: `${t.footer} · ${host}` };
}
